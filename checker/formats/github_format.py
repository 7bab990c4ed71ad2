"""GitHub Actions workflow commands: annotations on the file, line and column, within GitHub's limits.

GitHub shows at most 10 error and 10 warning annotations per step, so the first 10 of each (errors first, in
document order) are annotations; every further finding is a plain `path:line:column: level: …` line in the log,
and the last line sums up what was annotated and how many more there are.
"""
from __future__ import annotations

from collections import Counter

from checker.formats.limits import GITHUB_ANNOTATIONS_PER_LEVEL, errors_first, plural
from checker.formats.messages import message, title
from checker.models import Report
from checker.run.repository import relative_path

LEVELS = {"error": "error", "warning": "warning"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    annotations, log = [], []
    left = dict.fromkeys(LEVELS.values(), GITHUB_ANNOTATIONS_PER_LEVEL)
    more: Counter[str] = Counter()

    def emit(level: str, path: str, line: int, column: int, heading: str, text: str) -> None:
        if left[level] > 0:
            left[level] -= 1
            where = f"file={_property(path)},line={line},col={column}," if path else ""
            annotations.append(f"::{level} {where}title={_property(heading)}::{_data(text)}")
        else:
            more[level] += 1
            place = f"{path}:{line}:{column}: " if path else ""
            log.append(f"{place}{level}: {heading}: {' '.join(text.split())}")

    for finding in errors_first(report.findings):
        level = LEVELS.get(finding.severity.value)
        if level is not None:
            path = relative_path(finding.path, report.root or None)
            emit(level, path, finding.line, finding.column, title(finding), finding.claim + " — " + message(finding))
    for unused in report.unused_suppressions:
        path = relative_path(unused.path, report.root or None)
        emit("warning", path, unused.line, unused.column, "claimsift: unused suppression", f"claimsift: {unused.action} suppressed nothing")
    for problem in report.directive_problems:
        path = relative_path(problem.path, report.root or None)
        emit("warning", path, problem.line, problem.column, "claimsift: unknown directive", problem.message)
    for skipped in report.skipped:
        emit("warning", "", 0, 0, "claimsift: skipped", "claimsift skipped " + skipped.reason)
    return "\n".join([*annotations, *log, _summary(report, more)]) + "\n"


def _summary(report: Report, more: Counter) -> str:
    summary = report.summary()
    severities = summary["severities"]
    counts = ", ".join(f"{n} {v}" for v, n in summary["verdicts"].items())
    line = (f"claimsift: {plural(summary['documents'], 'document')}, {plural(summary['findings'], 'finding')} "
            f"({plural(severities['error'], 'error')}, {plural(severities['warning'], 'warning')}, "
            f"{plural(severities['note'], 'note')}; {counts})")
    if summary["not_shown"]:
        line += f"; {summary['not_shown']} more not shown (--show)"
    if more:
        extra = " and ".join(plural(more[level], f"more {level}") for level in LEVELS if more[level])
        line += (f"; and {extra} listed above without an annotation "
                 f"(GitHub shows {GITHUB_ANNOTATIONS_PER_LEVEL} errors and {GITHUB_ANNOTATIONS_PER_LEVEL} warnings per step)")
    return line
