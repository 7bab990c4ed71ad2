"""A whole run as the command line does it: discovery, configuration, suppressions, baseline, changed lines."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from checker.run import suppressions
from checker.run.baseline import key as baseline_key
from checker.run.config import Settings
from checker.engine import Checker
from checker.models import DirectiveProblem, Report, Skipped, UnusedSuppression
from claims import InputError, find_documents, read_path
from claims.directives import UNKNOWN
from claims.discovery import no_documents_message


def _nothing() -> None:
    """A named function, not a lambda: the options go to worker processes, which may unpickle them."""


@dataclass
class RunOptions:
    paths: list[str]
    settings: Settings
    baseline: set[tuple[str, str, str]] | None = None
    changed: dict[Path, set[int] | None] | None = None  # from --diff
    progress: bool = False
    jobs: int = 1
    extra_excludes: list[str] = field(default_factory=list)
    keep_views: bool = True  # every sentence of every document, for the HTML report only: large on a big run
    discovered: list[str] = field(default_factory=list)  # filled by run(): every document found, before --diff
    root: Path | None = None  # the repository's root (checker/run/repository.py); baseline paths are relative to it
    # Called once, when what the whole run keeps is loaded and before the first file is judged: the command line
    # resumes the cyclic garbage collector there, so that it never walks the index again and again.
    before_checking: Callable[[], None] = field(default=_nothing, compare=False)


def run(options: RunOptions, checker: Checker) -> Report:
    report = _run(options, checker)
    report.root = str(options.root) if options.root else ""
    return report


def _run(options: RunOptions, checker: Checker) -> Report:
    config = options.settings.config
    files = list(find_documents(options.paths, config.include, [*config.exclude, *options.extra_excludes]))
    options.discovered = files
    if not files:
        raise InputError(no_documents_message(options.paths))
    if options.changed is not None:
        files = [f for f in files if f == "-" or _resolved(f) in options.changed]
    single = len(options.paths) == 1 and len(files) == 1 and not Path(options.paths[0]).is_dir()
    report = Report()
    if single:
        document = read_path(files[0], max_bytes=config.max_file_size)  # a lone file's error is the run's error
        _ready(checker, options)
        _merge(report, _judge(document, options, checker))
        return report
    if options.jobs > 1 and len(files) >= PARALLEL_FROM and "-" not in files:
        from concurrent.futures import ProcessPoolExecutor

        options.before_checking()  # the workers build their own index; this process needs none
        pool = ProcessPoolExecutor(options.jobs, initializer=_start_worker, initargs=(options, checker.table, checker.thresholds))
        try:
            # map keeps the input order, so the report is the same as a single-process run's
            for part in _progress(pool.map(_worker_check, files, chunksize=8), options.progress, len(files)):
                _merge(report, part)
        except BaseException:  # Ctrl-C, SIGTERM or a failure: stop the workers now rather than wait for them
            _abandon(pool)
            raise
        pool.shutdown()
        return report
    _ready(checker, options)
    for file in _progress(files, options.progress, len(files)):
        _merge(report, _check_file(file, options, checker))
    return report


def _ready(checker: Checker, options: RunOptions) -> None:
    checker.matcher  # the index, built or loaded from the cache: it lives as long as the run
    options.before_checking()


PARALLEL_FROM = 16  # below this many files, starting worker processes costs more than it saves
_WORKER: tuple[RunOptions, Checker] | None = None


def _abandon(pool) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())  # shutdown forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()  # workers hold nothing that needs cleaning up


def _start_worker(options: RunOptions, table, thresholds) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the main process handles it
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the command line's handler, inherited through fork
    global _WORKER
    checker = Checker(table, thresholds)
    checker.matcher  # built now rather than for the first file, so that it is frozen with the rest
    # Everything a worker holds by now lives as long as it does: the garbage collector need not walk it again.
    import gc

    gc.freeze()
    _WORKER = (options, checker)


def _worker_check(file: str) -> Report:
    options, checker = _WORKER
    return _check_file(file, options, checker)


def _check_file(file: str, options: RunOptions, checker: Checker) -> Report:
    try:
        document = read_path(file, max_bytes=options.settings.config.max_file_size)
    except InputError as error:
        return Report(skipped=[Skipped(path=file, reason=str(error))])
    return _judge(document, options, checker)


def _judge(document, options: RunOptions, checker: Checker) -> Report:
    part = Report()
    judge = checker.with_thresholds(options.settings.thresholds_for(document.path))
    found = judge.check_document(document)
    kept, unused = suppressions.apply(found, document)
    part.suppressed = len(found) - len(kept)
    part.unused_suppressions = [
        UnusedSuppression(path=document.path, line=d.line, column=d.column, action=d.action, reason=d.reason) for d in unused
    ]
    part.directive_problems = [
        DirectiveProblem(path=document.path, line=d.line, column=d.column, message=d.reason)
        for d in document.directives if d.action == UNKNOWN
    ]
    if options.changed is not None and document.path != "<stdin>":
        lines = options.changed.get(_resolved(document.path))
        if lines is not None:
            kept = [f for f in kept if f.line in lines]
    if options.baseline is not None:
        fresh = [f for f in kept if baseline_key(f, options.root) not in options.baseline]
        part.baselined = len(kept) - len(fresh)
        kept = fresh
    part.findings = kept
    part.views = [checker.view(document)] if options.keep_views else []
    part.documents = 1
    part.sentences = len(document.sentences)
    return part


def _resolved(path: str) -> Path | None:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return None


def _merge(report: Report, part: Report) -> None:
    report.findings.extend(part.findings)
    report.views.extend(part.views)
    report.skipped.extend(part.skipped)
    report.unused_suppressions.extend(part.unused_suppressions)
    report.directive_problems.extend(part.directive_problems)
    report.documents += part.documents
    report.sentences += part.sentences
    report.suppressed += part.suppressed
    report.baselined += part.baselined


def failing(report: Report, settings: Settings) -> bool:
    per_path: dict[str, set[str]] = {}  # a file's findings share one setting: parse it once per file
    for finding in report.findings:
        fail_on = per_path.get(finding.path)
        if fail_on is None:
            fail_on = per_path[finding.path] = settings.fail_on_for(finding.path)
        if "promotion" in fail_on and finding.verdict.value == "promotion":
            return True
        if "contradicted" in fail_on and finding.evidence.value == "contradicts":
            return True
        if "unsupported" in fail_on and finding.verdict.value == "unsupported":
            return True
    return False


def shown(report: Report, levels: set[str] | None) -> Report:
    """The report with only the findings of the severities asked for (`--show`); the exit status is decided before."""
    if not levels:
        return report
    kept = [f for f in report.findings if f.severity.value in levels]
    return report.model_copy(update={"findings": kept, "not_shown": len(report.findings) - len(kept)})


def show_progress() -> bool:
    """A progress bar on an interactive terminal only: nothing extra in CI logs."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _progress(items, enabled: bool, total: int):
    if not enabled or total < 2:
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("checking", total=total)
        for item in items:
            yield item
            bar.advance(task)
