"""GitHub Actions workflow commands: one annotation per error or warning, on the file, line and column."""
from __future__ import annotations

from checker.formats.messages import message, title
from checker.models import Report

LEVELS = {"error": "error", "warning": "warning"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    lines = []
    for finding in report.findings:
        level = LEVELS.get(finding.severity.value)
        if level is None:
            continue
        properties = ",".join([
            f"file={_property(finding.path)}", f"line={finding.line}", f"col={finding.column}", f"title={_property(title(finding))}",
        ])
        lines.append(f"::{level} {properties}::{_data(finding.claim + ' — ' + message(finding))}")
    for unused in report.unused_suppressions:
        properties = f"file={_property(unused.path)},line={unused.line},col={unused.column},title={_property('claimsift: unused suppression')}"
        lines.append(f"::warning {properties}::{_data(f'claimsift: {unused.action} suppressed nothing')}")
    for skipped in report.skipped:
        lines.append(f"::warning ::{_data('claimsift skipped ' + skipped.reason)}")
    summary = report.summary()
    counts = ", ".join(f"{n} {v}" for v, n in summary["verdicts"].items())
    lines.append(f"claimsift: {summary['documents']} document(s), {counts}")
    return "\n".join(lines) + "\n"
