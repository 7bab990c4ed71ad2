"""A Markdown summary for a pull-request comment. Document text is escaped: it renders as text, never as markup."""
from __future__ import annotations

import html
import re

from checker.models import Report

ICONS = {"error": "❌", "warning": "⚠️", "note": "✅"}


# A word joiner (U+2060) is invisible but breaks what GitHub would turn live in a comment: "@team" would notify,
# "https://…" and "www.…" would become links.
_JOINER = "\u2060"
_LIVE = re.compile(r"@(?=\w)|(?<=\w):(?=//)|(?<![\w.])(www)\.", re.I)


def _inert(text: str) -> str:
    return _LIVE.sub(lambda m: f"{m.group(1)}{_JOINER}." if m.group(1) else m.group(0) + _JOINER, text)


def cell(text: str) -> str:
    escaped = html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")
    for mark in ("*", "_", "`", "[", "]", "#", "~"):
        escaped = escaped.replace(mark, "\\" + mark)
    return _inert(escaped)


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
