"""A readable, coloured table for the terminal, with a summary of verdicts and the sources cited."""
from __future__ import annotations

import io

from checker.models import Report, Verdict

STYLES = {Verdict.SUPPORTED: "green", Verdict.UNSUPPORTED: "yellow", Verdict.PROMOTION: "magenta"}


def render(report: Report, color: bool | None = None, width: int | None = None) -> str:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=color is False, width=width or 160, highlight=False)
    table = Table(show_lines=False, expand=True)
    table.add_column("where", no_wrap=True, ratio=2)
    table.add_column("verdict", no_wrap=True, ratio=2)
    table.add_column("claim", ratio=6)
    table.add_column("evidence", ratio=5)
    for finding in report.findings:
        style = STYLES[finding.verdict]
        verdict = f"[{style}]{finding.verdict.value}[/]"
        if finding.evidence.value != "none":
            verdict += f"\n[dim]{finding.evidence.value} {finding.score:.0f}[/]"
        evidence = escape(finding.citation) if finding.citation else "[dim]no matching reference claim[/]"
        if finding.promotion_signals:
            evidence += f"\n[magenta]{escape(finding.promotion_signals)}[/]"
        if finding.notes:
            evidence += f"\n[dim]{escape(finding.notes)}[/]"
        table.add_row(f"{escape(finding.path)}:{finding.line}:{finding.column}", verdict, escape(finding.claim), evidence)
    console.print(table)
    summary = report.summary()
    counts = ", ".join(f"[{STYLES[Verdict(v)]}]{n} {v}[/]" for v, n in summary["verdicts"].items())
    console.print(f"{summary['documents']} document(s), {summary['sentences']} sentences, {summary['findings']} findings: {counts}")
    evidence = summary["evidence"]
    console.print(f"evidence: {evidence['supports']} supports, {evidence['contradicts']} contradicts, {evidence['none']} none")
    if summary["sources_cited"]:
        console.print("sources cited: " + ", ".join(f"{escape(s)} ({n})" for s, n in summary["sources_cited"].items()))
    if report.skipped:
        for skipped in report.skipped:
            console.print(f"[red]skipped[/] {escape(skipped.reason)}")
    return buffer.getvalue()
