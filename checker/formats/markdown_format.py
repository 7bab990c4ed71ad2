"""A Markdown summary for a pull-request comment. Document text is escaped: it renders as text, never as markup."""
from __future__ import annotations

import html

from checker.models import Report

ICONS = {"error": "❌", "warning": "⚠️", "note": "✅"}


def cell(text: str) -> str:
    escaped = html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")
    for mark in ("*", "_", "`", "[", "]", "#", "~"):
        escaped = escaped.replace(mark, "\\" + mark)
    return escaped


def render(report: Report) -> str:
    summary = report.summary()
    verdicts = summary["verdicts"]
    lines = [
        "## claimsift",
        "",
        f"{summary['documents']} document(s), {summary['findings']} findings: "
        f"{verdicts['supported']} supported, {verdicts['unsupported']} unsupported, {verdicts['promotion']} promotion "
        f"({summary['evidence']['contradicts']} contradicted).",
        "",
    ]
    shown = [f for f in report.findings if f.severity.value in ("error", "warning")]
    if shown:
        lines += ["| | where | verdict | claim | evidence |", "|---|---|---|---|---|"]
        for f in shown:
            evidence = f.citation or "no matching reference claim"
            if f.promotion_signals:
                evidence += f"; {f.promotion_signals}"
            lines.append(
                f"| {ICONS[f.severity.value]} | {cell(f.path)}:{f.line} | {f.verdict.value} ({f.evidence.value}) "
                f"| {cell(f.claim)} | {cell(evidence)} |"
            )
    else:
        lines.append("No errors or warnings.")
    if report.unused_suppressions:
        lines += ["", "Unused suppressions:"]
        lines += [f"- {cell(u.path)}:{u.line} `{u.action}`" for u in report.unused_suppressions]
    if report.skipped:
        lines += ["", "Skipped files:"]
        lines += [f"- {cell(s.reason)}" for s in report.skipped]
    return "\n".join(lines) + "\n"
