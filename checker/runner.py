"""A whole run as the command line does it: discovery, configuration, suppressions, baseline, changed lines."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from checker import suppressions
from checker.baseline import key as baseline_key
from checker.config import Settings
from checker.engine import Checker
from checker.models import Report, Skipped, UnusedSuppression
from claims import InputError, find_documents, read_path


@dataclass
class RunOptions:
    paths: list[str]
    settings: Settings
    baseline: set[tuple[str, str, str]] | None = None
    changed: dict[Path, set[int] | None] | None = None  # from --diff
    progress: bool = False
    extra_excludes: list[str] = field(default_factory=list)


def run(options: RunOptions, checker: Checker) -> Report:
    config = options.settings.config
    files = list(find_documents(options.paths, config.include, [*config.exclude, *options.extra_excludes]))
    if options.changed is not None:
        files = [f for f in files if f == "-" or Path(f).resolve() in options.changed]
    single = len(options.paths) == 1 and len(files) == 1 and not Path(options.paths[0]).is_dir()
    report = Report()
    for file in _progress(files, options.progress):
        try:
            document = read_path(file, max_bytes=config.max_file_size)
        except InputError as error:
            if single:
                raise
            report.skipped.append(Skipped(path=file, reason=str(error)))
            continue
        judge = checker.with_thresholds(options.settings.thresholds_for(file))
        found = judge.check_document(document)
        kept, unused = suppressions.apply(found, document)
        report.suppressed += len(found) - len(kept)
        report.unused_suppressions.extend(
            UnusedSuppression(path=document.path, line=d.line, column=d.column, action=d.action, reason=d.reason)
            for d in unused
        )
        if options.changed is not None and file != "-":
            lines = options.changed.get(Path(file).resolve())
            if lines is not None:
                kept = [f for f in kept if f.line in lines]
        if options.baseline is not None:
            fresh = [f for f in kept if baseline_key(f) not in options.baseline]
            report.baselined += len(kept) - len(fresh)
            kept = fresh
        report.findings.extend(kept)
        report.views.append(checker.view(document))
        report.documents += 1
        report.sentences += len(document.sentences)
    return report


def failing(report: Report, settings: Settings) -> bool:
    for finding in report.findings:
        fail_on = settings.fail_on_for(finding.path)
        if "promotion" in fail_on and finding.verdict.value == "promotion":
            return True
        if "contradicted" in fail_on and finding.evidence.value == "contradicts":
            return True
        if "unsupported" in fail_on and finding.verdict.value == "unsupported":
            return True
    return False


def show_progress() -> bool:
    """A progress bar on an interactive terminal only: nothing extra in CI logs."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _progress(files: list[str], enabled: bool):
    if not enabled or len(files) < 2:
        yield from files
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("checking", total=len(files))
        for file in files:
            yield file
            bar.advance(task)
