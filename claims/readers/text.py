"""Plain text: headings are bare lines, list items start with a bullet or a number.

Paragraphs may be one line each (as web copy pasted into a file usually is) or
hard-wrapped; a wrapped line joins the paragraph above it.
"""
from __future__ import annotations

import re

from claims.blocks import Block
from claims.location import LineIndex

_BULLET = re.compile(r"^[ \t]*(?:[-*•‣◦·]|\d{1,3}[.)])[ \t]+")
_TERMINAL = (".", "!", ":", ";", ",", "…", '"', "”", "’", ")")
MAX_HEADING_WORDS = 14


def read_text(text: str) -> list[Block]:
    blocks: list[Block] = []
    lead_in: int | None = None
    previous_open = False  # the previous line is a paragraph line that did not end a sentence
    starts = LineIndex(text).starts
    lines = [text[start:end].rstrip("\r\n") for start, end in zip(starts, [*starts[1:], len(text)])]
    for number, line in enumerate(lines):
        line_start = starts[number]
        stripped = line.strip()
        if not stripped:
            previous_open = False
            continue
        indent = len(line) - len(line.lstrip())
        bullet = _BULLET.match(line)
        if bullet:
            block = Block("item", lead_in=lead_in, depth=1 if indent else 0)
            block.add(line[bullet.end():].rstrip(), line_start + bullet.end())
            blocks.append(block)
            previous_open = not stripped.endswith(_TERMINAL + ("?",))
            continue
        heading = _is_heading(stripped) and not _continues(lines, number + 1)
        if previous_open and blocks and blocks[-1].role in ("paragraph", "item") and not heading:
            blocks[-1].add(" " + stripped, line_start + indent - 1)
        else:
            role = "heading" if heading else "paragraph"
            block = Block(role)
            block.add(stripped, line_start + indent)
            blocks.append(block)
        last = blocks[-1]
        if last.role == "paragraph":
            lead_in = len(blocks) - 1 if stripped.endswith(":") else None
        elif last.role == "heading":
            lead_in = None
        previous_open = last.role == "paragraph" and not stripped.endswith(_TERMINAL + ("?",))
    return blocks


def _is_heading(line: str) -> bool:
    words = line.split()
    if len(words) > MAX_HEADING_WORDS:
        return False
    if line.endswith("?"):
        return True
    if line.endswith(_TERMINAL):
        return False
    return line[0].isupper() or line[0].isdigit()


def _continues(lines: list[str], number: int) -> bool:
    """Whether the line at `number` carries on a hard-wrapped sentence."""
    if number >= len(lines):
        return False
    following = lines[number].strip()
    return bool(following) and following[0].islower()
