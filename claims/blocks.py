"""Blocks: what every reader produces, whatever the format.

A block is a run of text that no sentence crosses (a paragraph, a heading, a
list item, a table cell). It keeps `anchors`, pairs of (offset in `text`,
offset in the original file), so a sentence found in the block can be traced
back to its line and column in the file.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class Block:
    role: str  # heading, paragraph, item, cell, quote, furniture
    pieces: list[str] = field(default_factory=list)
    anchors: list[tuple[int, int]] = field(default_factory=list)
    links: list[tuple[int, str]] = field(default_factory=list)  # (offset in text, href)
    lead_in: int | None = None  # index of the block an item continues (the paragraph before its list)
    depth: int = 0  # list nesting
    length: int = 0
    _text: str | None = None

    @property
    def text(self) -> str:
        # Pieces are joined once: adding to a string piece by piece is quadratic on huge blocks.
        if self._text is None:
            self._text = "".join(self.pieces)
        return self._text

    def add(self, piece: str, source_offset: int) -> None:
        if not piece:
            return
        self.anchors.append((self.length, source_offset))
        self.pieces.append(piece)
        self.length += len(piece)
        self._text = None

    def link(self, href: str) -> None:
        self.links.append((self.length, href))

    def source_offset(self, text_offset: int) -> int:
        if not self.anchors:
            return 0
        index = max(bisect_right(self.anchors, (text_offset, float("inf"))) - 1, 0)
        block_offset, source_offset = self.anchors[index]
        return source_offset + max(text_offset - block_offset, 0)
