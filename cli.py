"""claimsift's command line: a thin layer over the claims, sources and checker packages."""
from __future__ import annotations

import os
import sys
from enum import IntEnum
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Fact-check health content against a curated table of clinical sources.")
sources_app = typer.Typer(no_args_is_help=True, help="Validate, list, show and export the source table.")
app.add_typer(sources_app, name="sources")

FAIL_CHOICES = ("contradicted", "promotion", "unsupported", "none")
DEFAULT_FAIL_ON = "contradicted,promotion"


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1  # findings at or above the fail threshold
    USAGE = 2  # usage, configuration or input error


class UsageError(Exception):
    """A mistake the user can fix; reported as one line."""


def _fail(message: str) -> None:
    typer.echo(f"claimsift: error: {message}", err=True)
    raise typer.Exit(ExitStatus.USAGE)


def _table(sources: Optional[List[str]], extra: Optional[List[str]]):
    from sources import load_table

    return load_table(replace=sources or None, extend=extra or None)


def _format_for(fmt: Optional[str], output: Optional[Path], choices: tuple[str, ...]) -> str:
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in choices else ("table" if output is None and sys.stdout.isatty() else "csv")
    if fmt not in choices:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(choices)}")
    return fmt


def _emit(text: str, output: Optional[Path], inputs: List[str]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from sources.table import write_atomically

    resolved = output.resolve()
    for given in inputs:
        if given != "-" and Path(given).resolve() == resolved:
            raise UsageError(f"output {output} is one of the inputs; refusing to overwrite it")
    if not resolved.parent.is_dir():
        raise UsageError(f"cannot write {output}: directory {output.parent} does not exist")
    write_atomically(resolved, text)


def _fail_on(value: str) -> set[str]:
    chosen = {v.strip().lower() for v in value.split(",") if v.strip()}
    unknown = chosen - set(FAIL_CHOICES)
    if unknown:
        raise UsageError(f"unknown --fail-on value(s) {', '.join(sorted(unknown))}; choose from {', '.join(FAIL_CHOICES)}")
    return chosen - {"none"}


def _failing(report, fail_on: set[str]) -> bool:
    for finding in report.findings:
        if "promotion" in fail_on and finding.verdict.value == "promotion":
            return True
        if "contradicted" in fail_on and finding.evidence.value == "contradicts":
            return True
        if "unsupported" in fail_on and finding.verdict.value == "unsupported":
            return True
    return False


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Files, directories or - for stdin."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", help="A source table (file or folder) to use instead of the built-in one."),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources", help="A source table to add to the built-in one."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table, csv or json (default: table on a terminal, else csv)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report here (whole or not at all)."),
    fail_on: str = typer.Option(DEFAULT_FAIL_ON, "--fail-on", help="Comma-separated: contradicted, promotion, unsupported, or none."),
) -> None:
    """Tag every claim supported, unsupported or promotion, with its evidence."""
    from checker import Checker, check_path
    from checker.formats import NAMES, get

    chosen_format = _format_for(fmt, output, NAMES)
    thresholds = _fail_on(fail_on)
    report = check_path(paths, Checker(_table(sources, extra_sources)))
    _emit(get(chosen_format)(report), output, paths)
    if report.skipped:
        typer.echo(f"claimsift: {len(report.skipped)} file(s) skipped", err=True)
    raise typer.Exit(ExitStatus.FINDINGS if _failing(report, thresholds) else ExitStatus.OK)


@app.command()
def claims(
    paths: List[str] = typer.Argument(..., help="Files, directories or - for stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table, csv or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
) -> None:
    """List every sentence with its location, kind and self-contained form."""
    from claims import find_documents, read_path
    from claims.formats import render

    chosen_format = _format_for(fmt, output, ("table", "csv", "json"))
    documents = [read_path(p) for p in find_documents(paths)]
    _emit(render(documents, chosen_format), output, paths)


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold CSV: line, text, expected, also_ok, evidence, note."),
    document: str = typer.Argument(..., help="The document the gold file describes."),
    sources: Optional[List[str]] = typer.Option(None, "--sources"),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources"),
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


@sources_app.command("validate")
def sources_validate(paths: Optional[List[str]] = typer.Argument(None, help="Table files or folders (default: the built-in table).")) -> None:
    """Check a table; report every bad row with its file, row and field."""
    table = _table(paths, None)
    typer.echo(f"ok: {len(table.sources)} sources, {len(table.claims)} reference claims, {len(table.domains)} domains")


@sources_app.command("list")
def sources_list(
    sources: Optional[List[str]] = typer.Option(None, "--sources"),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources"),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Counts by topic, type, jurisdiction and stance."""
    from sources.listing import counts, render_counts

    if fmt not in ("table", "csv", "json"):
        raise UsageError(f"unknown format {fmt!r}; choose from table, csv, json")
    sys.stdout.write(render_counts(counts(_table(sources, extra_sources)), fmt))


@sources_app.command("show")
def sources_show(
    identifier: str = typer.Argument(..., help="A source id or a reference claim id."),
    sources: Optional[List[str]] = typer.Option(None, "--sources"),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources"),
) -> None:
    """Show one source or reference claim, with what cites it or what it cites."""
    from sources.listing import describe

    text = describe(_table(sources, extra_sources), identifier)
    if text is None:
        raise UsageError(f"no source or reference claim with id {identifier!r}")
    sys.stdout.write(text)


@sources_app.command("export")
def sources_export(
    directory: Path = typer.Argument(..., help="Folder to write sources.csv, claims.csv and domains.csv into."),
    sources: Optional[List[str]] = typer.Option(None, "--sources"),
    extra_sources: Optional[List[str]] = typer.Option(None, "--add-sources"),
) -> None:
    """Write the effective table in the same CSV files it reads."""
    from sources import export_table

    written = export_table(_table(sources, extra_sources), directory)
    typer.echo("wrote " + ", ".join(str(p) for p in written))


def main() -> None:
    from claims import InputError
    from sources import TableError

    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else ExitStatus.OK)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except TableError as error:
        for problem in error.problems:
            typer.echo(f"claimsift: error: {problem}", err=True)
        sys.exit(ExitStatus.USAGE)
    except (InputError, UsageError) as error:
        typer.echo(f"claimsift: error: {error}", err=True)
        sys.exit(ExitStatus.USAGE)
    except KeyboardInterrupt:
        typer.echo("claimsift: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(ExitStatus.OK)
    except Exception as error:  # the promise is one line and exit 2, never a traceback
        import click

        if isinstance(error, click.ClickException):
            typer.echo(f"claimsift: error: {error.format_message()}", err=True)
            sys.exit(ExitStatus.USAGE)
        if os.environ.get("CLAIMSIFT_DEBUG"):
            raise
        typer.echo(f"claimsift: error: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(ExitStatus.USAGE)


if __name__ == "__main__":
    main()
