"""Turn character offsets in a file's text into 1-based line and column.

Lines end at "\\n", "\\r\\n" or a lone "\\r", as editors and CommonMark count them.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_UNIVERSAL = re.compile(r"\r\n?|\n")
_NEWLINE = re.compile(r"\n")


class LineIndex:
    def __init__(self, text: str, newline_only: bool = False):
        pattern = _NEWLINE if newline_only else _UNIVERSAL
        self.starts = [0]
        self.starts.extend(match.end() for match in pattern.finditer(text))

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of `position`, for parsers that report (line, 0-based column)."""
        return self.starts[min(max(line, 1), len(self.starts)) - 1] + column
