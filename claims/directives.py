"""Suppression comments: `<!-- claimsift: ignore [reason] -->` in Markdown and HTML, `claimsift: ignore` lines in text.

The reader only finds them and says where they are; the checker applies them and reports the unused ones.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from claims.location import LineIndex
from claims.models import Directive

ACTIONS = ("ignore-start", "ignore-end", "ignore-file", "ignore")
# Bounded repetitions only: an unclosed "<!-- claimsift: ignore" followed by a megabyte of spaces stays linear.
_COMMENT = re.compile(r"<!--[ \t]{0,40}claimsift:[ \t]{0,40}(ignore-start|ignore-end|ignore-file|ignore)\b(.{0,300}?)-->", re.I | re.S)
_LINE = re.compile(
    r"^[ \t]*(?:#|//|%|;)?[ \t]*\[?[ \t]*claimsift:[ \t]*(ignore-start|ignore-end|ignore-file|ignore)\b[ \t]*([^\]\n]{0,300}?)[ \t]*\]?[ \t]*$",
    re.I | re.M,
)


def find_directives(text: str, fmt: str) -> list[Directive]:
    """Directives in real comments only (Markdown and HTML), or on lines of their own (plain text)."""
    if "claimsift:" not in text:
        return []
    from claims.comments import comment_spans

    comments = comment_spans(text, fmt)
    lines = LineIndex(text)
    found = []
    patterns = (_COMMENT, _LINE) if fmt == "text" else (_COMMENT,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if comments is not None and not _inside(match.start(), match.end(), comments):
                continue
            start = match.start(1) if pattern is _LINE else match.start()
            line, column = lines.position(start)
            end_line, end_column = lines.position(match.end())
            found.append(
                Directive(line=line, column=column, end_line=end_line, end_column=end_column,
                          action=match.group(1).lower(), reason=match.group(2).strip())
            )
    return sorted(found, key=lambda d: (d.line, d.column))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies within one of the sorted, non-overlapping spans."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]
