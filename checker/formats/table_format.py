"""A readable, coloured table for the terminal, with a summary of verdicts and the sources cited.

Findings are grouped by file, as Vale's terminal output does: the path stands on a line of its own, never cut,
and each row starts with its line:column, so every location is visible at any terminal width.
"""
from __future__ import annotations

import io
import shutil
from collections import Counter
from itertools import groupby

from checker.formats.messages import LABELS, label
from checker.models import Report

STYLES = {"supported": "green", "unsupported": "yellow", "contradicted": "red", "promotion": "magenta"}


def render(report: Report, color: bool | None = None, width: int | None = None) -> str:
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    width = width or shutil.get_terminal_size(fallback=(100, 24)).columns
    # emoji off: a claim is shown as written (":pill:" stays text), and rich's emoji table is never loaded
    console = Console(file=buffer, force_terminal=color, no_color=color is False, width=max(width, 40), highlight=False,
                      emoji=False)
    for path, findings in groupby(report.findings, key=lambda f: f.path):
        console.print(Text(path, style="bold underline"), soft_wrap=True)
        console.print(_table(list(findings)))
    _summary(report, console)
    return buffer.getvalue()


def _table(findings):
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=False, expand=True, box=None, padding=(0, 1))
    where = max(len(f"{f.line}:{f.column}") for f in findings)
    table.add_column("line", no_wrap=True, min_width=where, max_width=where)
    table.add_column("verdict", no_wrap=True, ratio=2)
    table.add_column("claim", ratio=6)
    table.add_column("evidence", ratio=5)
    for finding in findings:
        name = label(finding)
        verdict = f"[{STYLES[name]}]{name}[/]"
        if finding.evidence.value != "none":
            verdict += f"\n[dim]{finding.evidence.value} {finding.score:.0f}[/]"
        evidence = escape(finding.citation) if finding.citation else "[dim]no matching reference claim[/]"
        if finding.promotion_signals:
            evidence += f"\n[magenta]{escape(finding.promotion_signals)}[/]"
        if finding.notes:
            evidence += f"\n[dim]{escape(finding.notes)}[/]"
        table.add_row(f"{finding.line}:{finding.column}", verdict, escape(finding.claim), evidence)
    return table


def _summary(report: Report, console) -> None:
    from rich.markup import escape

    summary = report.summary()
    labels = Counter(label(f) for f in report.findings)
    counts = ", ".join(f"[{STYLES[name]}]{labels.get(name, 0)} {name}[/]" for name in LABELS)
    severities = summary["severities"]
    console.print(f"{summary['documents']} document(s), {summary['sentences']} sentences, {summary['findings']} findings: {counts} "
                  f"({severities['error']} errors, {severities['warning']} warnings, {severities['note']} notes)")
    if summary["not_shown"]:
        console.print(f"{summary['not_shown']} more not shown (--show)")
    evidence = summary["evidence"]
    console.print(f"evidence: {evidence['supports']} supports, {evidence['contradicts']} contradicts, {evidence['none']} none")
    if summary["sources_cited"]:
        console.print("sources cited: " + ", ".join(f"{escape(s)} ({n})" for s, n in summary["sources_cited"].items()))
    if report.skipped:
        for skipped in report.skipped:
            console.print(f"[red]skipped[/] {escape(skipped.reason)}")
