"""Turn character offsets in a file's text into 1-based line and column."""
from __future__ import annotations

from bisect import bisect_right


class LineIndex:
    def __init__(self, text: str):
        self.starts = [0]
        position = text.find("\n")
        while position != -1:
            self.starts.append(position + 1)
            position = text.find("\n", position + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of `position`, for parsers that report (line, 0-based column)."""
        return self.starts[min(line, len(self.starts)) - 1] + column
