"""A Markdown summary for a pull-request comment. Document text is escaped: it renders as text, never as markup."""
from __future__ import annotations

import html
import re
from collections import Counter

from checker.formats.limits import COMMENT_CHARACTERS, errors_first, plural
from checker.formats.messages import LABELS, label, long_label
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
    severities = summary["severities"]
    labels = Counter(label(f) for f in report.findings)
    head = [
        "## claimsift",
        "",
        f"{plural(summary['documents'], 'document')}, {plural(summary['findings'], 'finding')}: "
        f"{plural(severities['error'], 'error')}, {plural(severities['warning'], 'warning')}, {plural(severities['note'], 'note')} "
        f"({', '.join(f'{labels.get(name, 0)} {name}' for name in LABELS)})."
        + (f" {summary['not_shown']} more not shown (--show)." if summary["not_shown"] else ""),
        "",
    ]
    shown = errors_first([f for f in report.findings if f.severity.value in ("error", "warning")])
    rows = [_row(f) for f in shown]
    tail = []
    if report.unused_suppressions:
        tail += ["", "Unused suppressions:"]
        tail += [f"- {cell(u.path)}:{u.line} `{u.action}`" for u in report.unused_suppressions]
    if report.directive_problems:
        tail += ["", "Unknown directives:"]
        tail += [f"- {cell(p.path)}:{p.line} {cell(p.message)}" for p in report.directive_problems]
    if report.skipped:
        tail += ["", "Skipped files:"]
        tail += [f"- {cell(s.reason)}" for s in report.skipped]
    table = ["| | where | verdict | claim | evidence |", "|---|---|---|---|---|"] if rows else ["No errors or warnings."]
    return _within(head + table, rows, shown, tail)


def _row(f) -> str:
    evidence = f.citation or "no matching reference claim"
    if f.promotion_signals:
        evidence += f"; {f.promotion_signals}"
    return (f"| {ICONS[f.severity.value]} | {cell(f.path)}:{f.line} | {long_label(f)} "
            f"| {cell(f.claim)} | {cell(evidence)} |")


def _within(head: list[str], rows: list[str], shown, tail: list[str]) -> str:
    """As many rows and trailing lines as fit in a pull-request comment, then how many more there are."""
    budget = COMMENT_CHARACTERS - 400  # room for the "and N more" line
    used = sum(len(line) + 1 for line in head)
    lines = list(head)
    kept = 0
    for row in rows:
        if used + len(row) + 1 > budget:
            break
        lines.append(row)
        used += len(row) + 1
        kept += 1
    if kept < len(rows):
        rest = shown[kept:]
        errors = sum(f.severity.value == "error" for f in rest)
        lines += ["", f"… and {plural(len(rest), 'more finding')} ({plural(errors, 'error')}, "
                      f"{plural(len(rest) - errors, 'warning')}) not listed: a comment holds at most "
                      f"{COMMENT_CHARACTERS:,} characters. The CSV or SARIF report has them all."]
        used += len(lines[-1]) + 2
    omitted = 0
    for line in tail:
        if used + len(line) + 1 > budget:
            omitted += 1
            continue
        lines.append(line)
        used += len(line) + 1
    if omitted:
        lines += ["", f"… and {plural(omitted, 'more line')} of suppressions and skipped files not listed."]
    return "\n".join(lines) + "\n"
