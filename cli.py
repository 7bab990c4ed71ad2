"""claimsift's command line: a thin layer over the claims, sources and checker packages.

The typer app below parses every command line but the plain forms of `check`, which `claimsift.program` runs without
loading typer (see claimsift/quick_argv.py); the shared work, errors and exit statuses live there.
"""
from __future__ import annotations

if __name__ == "__main__":
    # Run as a program, start-up allocates a few hundred thousand objects that live until the process ends
    # (modules, pydantic's schemas, the table); the cyclic collector would walk them again and again, about a
    # tenth of a short run. It waits until they are loaded (`resume_collection`). A test importing cli keeps
    # its collector as it is.
    import gc

    gc.disable()
    # Before typer is imported: a plain `check` never needs it. Anything else imports this file again as the
    # module `cli`, for its app.
    from claimsift.program import finish, main

    try:
        main()
    except SystemExit as done:
        finish(done.code)

from pathlib import Path
from typing import List, Optional

import typer

from claimsift.program import ExitStatus, UsageError, main  # noqa: F401  (cli.main is the program's entry)
from claimsift.program import check as _check, emit as _emit, format_for as _format_for
from claimsift.program import load_sources as _table, report_skipped as _report_skipped
from claimsift.program import resume_collection as _resume_collection, run_files as _run, say as _say
from claimsift.program import settings_for as _settings
from claimsift.usage import Command, version

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, help="Fact-check health content against a curated table of clinical sources.")
sources_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Validate, list, show and export the source table.")
app.add_typer(sources_app, name="sources")
baseline_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Accept existing findings so that only new ones are reported.")
app.add_typer(baseline_app, name="baseline")

SOURCES_HELP = "A source table (file or folder) to use instead of the built-in one (repeatable)."
ADD_SOURCES_HELP = "A source table (file or folder) to add to the built-in one (repeatable)."
CONFIG_HELP = "A .claimsift.toml or pyproject.toml to use instead of searching upward."
INCLUDE_HELP = "Only check files matching this glob (repeatable)."
EXCLUDE_HELP = "Skip files matching this glob (repeatable)."


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"claimsift {version()}")
        raise typer.Exit(0)


@app.callback()
def _program(
    show_version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version, help="Print claimsift's version and exit."),
) -> None:
    """Fact-check health content against a curated table of clinical sources."""


@app.command(cls=Command)
def check(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Files, directories or - for stdin."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", metavar="TABLE", help=SOURCES_HELP),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", metavar="TABLE", help=ADD_SOURCES_HELP),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", metavar="FORMAT", help="table, csv, json, github, sarif, junit, markdown, html or claimreview."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report here (whole or not at all)."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", metavar="VERDICTS", help="Comma-separated: contradicted, promotion, unsupported, or none (default: contradicted,promotion)."),
    config: Optional[Path] = typer.Option(None, "--config", metavar="FILE", help=CONFIG_HELP),
    include: Optional[List[str]] = typer.Option(None, "--include", metavar="GLOB", help=INCLUDE_HELP),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help=EXCLUDE_HELP),
    baseline: Optional[Path] = typer.Option(None, "--baseline", metavar="FILE", help="Report only findings not in this baseline file."),
    diff: Optional[str] = typer.Option(None, "--diff", metavar="REF", help="Check only lines changed since this git ref."),
    max_file_size: Optional[int] = typer.Option(None, "--max-file-size", metavar="BYTES", help="Skip files larger than this many bytes."),
    match: Optional[float] = typer.Option(None, "--match-threshold", metavar="SCORE", help="Lowest match score (0-100)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", help="Worker processes across files (default: all cores)."),
    force_jobs: bool = typer.Option(False, "--force-jobs", help="Allow --jobs above the number of cores."),
    show: Optional[str] = typer.Option(None, "--show", metavar="SEVERITIES", help="Report only these, comma-separated: error, warning, note (default: all)."),
    base_url: Optional[str] = typer.Option(None, "--base-url", metavar="URL", help="Where the checked pages are published, for ClaimReview URLs."),
) -> None:
    """Tag every claim supported, unsupported or promotion, with its evidence."""
    _check(paths, sources=sources, extra_sources=extra_sources, fmt=fmt, output=output, fail_on=fail_on, config=config,
           include=include, exclude=exclude, baseline=baseline, diff=diff, max_file_size=max_file_size, match=match,
           jobs=jobs, force_jobs=force_jobs, show=show, base_url=base_url)


@app.command("config", cls=Command)
def show_config(
    paths: Optional[List[str]] = typer.Argument(None, metavar="PATH", help="The path whose configuration to show (default: the current folder)."),
    config: Optional[Path] = typer.Option(None, "--config", metavar="FILE", help=CONFIG_HELP),
) -> None:
    """Print the effective configuration and where each value came from."""
    settings = _settings(paths or ["."], config, {})
    _emit(settings.describe(), None, {})


@baseline_app.command("create", cls=Command)
def baseline_create(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Files or directories whose current findings to accept."),
    output: Path = typer.Option(Path(".claimsift-baseline.json"), "--output", "-o", metavar="FILE", help="Where to write the baseline."),
    config: Optional[Path] = typer.Option(None, "--config", metavar="FILE", help=CONFIG_HELP),
    sources: Optional[List[str]] = typer.Option(None, "--sources", metavar="TABLE", help=SOURCES_HELP),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", metavar="TABLE", help=ADD_SOURCES_HELP),
    include: Optional[List[str]] = typer.Option(None, "--include", metavar="GLOB", help=INCLUDE_HELP),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help=EXCLUDE_HELP),
) -> None:
    """Write the current findings to a baseline file; `check --baseline FILE` then reports only new ones."""
    from checker.run.baseline import render

    _, report, protected = _run(paths, config, sources, extra_sources, None, include, exclude, None, None, None, None)
    _emit(render(report, report.root), output, protected)
    _say(f"baseline: {len(report.findings)} finding(s) written to {output}")
    _report_skipped(report)


@app.command(cls=Command)
def claims(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Files, directories or - for stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", metavar="FORMAT", help="table, csv or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the list here (whole or not at all)."),
) -> None:
    """List every sentence with its location, kind and self-contained form."""
    from claims import find_documents, read_path
    from claims.formats import render

    chosen_format, _ = _format_for(fmt, output, ("table", "csv", "json"))
    from claims import InputError

    files = list(find_documents(paths))
    if not files:
        from claims.discovery import no_documents_message

        raise UsageError(no_documents_message(paths))
    documents, skipped = [], []
    _resume_collection()
    for file in files:
        try:
            documents.append(read_path(file))
        except InputError as error:
            if len(files) == 1 and not Path(paths[0]).is_dir():
                raise  # a lone file's error is the command's error
            skipped.append(str(error))
    _emit(render(documents, chosen_format), output, {"one of the inputs": [*paths, *files]})
    for reason in skipped:  # as `check` does for a folder
        _say(f"claimsift: skipped {reason}")
    if skipped:
        raise typer.Exit(ExitStatus.USAGE)


@app.command(cls=Command)
def explain(
    location: Optional[str] = typer.Argument(None, metavar="PATH:LINE", help="The sentence(s) starting on this line of a file."),
    text: Optional[str] = typer.Option(None, "--text", metavar="SENTENCE", help="Explain this sentence instead."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", metavar="TABLE", help=SOURCES_HELP),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", metavar="TABLE", help=ADD_SOURCES_HELP),
) -> None:
    """Show how one sentence is judged: subject, place, polarity, each candidate's gates and score, the decision."""
    from checker import Checker
    from checker.judging.explain import explain_document, explain_text
    from claims import read_path

    checker = Checker(_table(sources, extra_sources))
    if text is not None:
        typer.echo(explain_text(checker, text))
        return
    path, _, line = (location or "").rpartition(":")
    if not path or not line.isdigit():
        raise UsageError("give PATH:LINE (for example article.md:12) or --text SENTENCE")
    typer.echo(explain_document(checker, read_path(path), int(line)))


@app.command("eval", cls=Command)
def evaluate(
    gold: Path = typer.Argument(..., metavar="GOLD", help="Gold CSV: line, text, expected, also_ok, evidence, note."),
    document: str = typer.Argument(..., metavar="DOCUMENT", help="The document the gold file describes."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", metavar="TABLE", help=SOURCES_HELP),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", metavar="TABLE", help=ADD_SOURCES_HELP),
) -> None:
    """Score claimsift against a gold file: rows met, precision and recall per verdict, and every miss."""
    from checker import Checker, check_path
    from checker.evaluation import evaluate as score, read_gold

    try:
        rows = read_gold(gold.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, KeyError, ValueError) as error:
        raise UsageError(f"{gold}: not a readable gold file ({error})") from None
    report = check_path(document, Checker(_table(sources, extra_sources)))
    result = score(rows, report)
    typer.echo(f"met {result.met}/{len(result.outcomes)} rows ({result.share_met:.1%})")
    typer.echo(f"{'verdict':<12} {'precision':>9} {'recall':>7} {'predicted':>9} {'expected':>8}")
    for label, s in result.per_label().items():
        typer.echo(f"{label:<12} {s['precision']:>9.2f} {s['recall']:>7.2f} {s['predicted']:>9} {s['expected']:>8}")
    for miss in result.misses():
        accepted = "|".join((miss.gold.expected, *miss.gold.also_ok))
        typer.echo(f"miss line {miss.gold.line}: expected {accepted}, got {miss.got}: {miss.gold.text}")


@sources_app.command("validate", cls=Command)
def sources_validate(paths: Optional[List[str]] = typer.Argument(None, metavar="TABLE...", help="Table files or folders (default: the built-in table).")) -> None:
    """Check a table; report every bad row with its file, row and field."""
    table = _table(paths, None)
    typer.echo(f"ok: {len(table.sources)} sources, {len(table.claims)} reference claims, {len(table.domains)} domains")


@sources_app.command("list", cls=Command)
def sources_list(
    sources: Optional[List[str]] = typer.Option(None, "--sources", metavar="TABLE", help=SOURCES_HELP),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", metavar="TABLE", help=ADD_SOURCES_HELP),
    fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help="table, csv or json."),
) -> None:
    """Counts by topic, type, jurisdiction and stance."""
    from sources.listing import counts, render_counts

    if fmt not in ("table", "csv", "json"):
        raise UsageError(f"unknown format {fmt!r}; choose from table, csv, json")
    _emit(render_counts(counts(_table(sources, extra_sources)), fmt), None, {})


@sources_app.command("show", cls=Command)
def sources_show(
    identifier: str = typer.Argument(..., metavar="ID", help="A source id or a reference claim id."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", metavar="TABLE", help=SOURCES_HELP),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", metavar="TABLE", help=ADD_SOURCES_HELP),
) -> None:
    """Show one source or reference claim, with what cites it or what it cites."""
    from sources.listing import describe

    text = describe(_table(sources, extra_sources), identifier)
    if text is None:
        raise UsageError(f"no source or reference claim with id {identifier!r}")
    _emit(text, None, {})


@sources_app.command("export", cls=Command)
def sources_export(
    directory: Path = typer.Argument(..., metavar="DIR", help="Folder to write sources.csv, claims.csv and domains.csv into."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", metavar="TABLE", help=SOURCES_HELP),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", metavar="TABLE", help=ADD_SOURCES_HELP),
) -> None:
    """Write the effective table in the same CSV files it reads."""
    from sources import export_table

    written = export_table(_table(sources, extra_sources), directory)
    _emit("wrote " + ", ".join(str(p) for p in written) + "\n", None, {})


@app.command("check-corpus", cls=Command)
def check_corpus_command(
    corpus: str = typer.Argument(..., metavar="INPUT", help="A Parquet file or folder, a CSV file or a JSON-lines file with an id and a text column."),
    output: Path = typer.Argument(..., metavar="OUTPUT", help="The folder to write the report into, as part files (whole or not at all)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", metavar="FORMAT", help="parquet or csv (default: csv if OUTPUT ends in .csv, else parquet)."),
    id_column: str = typer.Option("id", "--id-column", metavar="COLUMN", help="The column naming each document; reports use it as the path."),
    text_column: str = typer.Option("text", "--text-column", metavar="COLUMN", help="The column holding each document's text."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="A Dask scheduler's address, or 'synchronous' for no cluster (default: a local cluster)."),
    workers: Optional[int] = typer.Option(None, "--workers", metavar="N", help="Worker processes of the local cluster (default: all cores)."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", metavar="TABLE", help=SOURCES_HELP),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", metavar="TABLE", help=ADD_SOURCES_HELP),
    match: Optional[float] = typer.Option(None, "--match-threshold", metavar="SCORE", help="Lowest match score (0-100)."),
    force: bool = typer.Option(False, "--force", help="Replace OUTPUT if it exists and is not empty."),
) -> None:
    """Check every document of a corpus on Dask and write the CSV report's rows as partitioned Parquet or CSV."""
    from checker.corpus import OUTPUT_FORMATS, check_corpus

    suffix = output.suffix.lower().lstrip(".")
    chosen_format = fmt or (suffix if suffix in OUTPUT_FORMATS else "parquet")
    if chosen_format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown format {chosen_format!r}; choose from {', '.join(OUTPUT_FORMATS)}")
    command_line = {"sources": sources, "add_sources": extra_sources, "thresholds": {"match": match} if match is not None else None}
    settings = _settings([corpus], None, command_line)  # a [tool.claimsift] table and thresholds count, as for check
    _resume_collection()
    result = check_corpus(
        corpus, output, _table(settings.config.sources, settings.config.add_sources), settings.config.thresholds,
        scheduler=scheduler, workers=workers, output_format=chosen_format, force=force,
        id_column=id_column, text_column=text_column,
    )
    _say(result.summary_line())
    # as `check` does for a directory: the report is written, and the status says something was left out
    raise typer.Exit(ExitStatus.USAGE if result.skipped or result.duplicates else ExitStatus.OK)
