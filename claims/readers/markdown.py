"""Markdown through markdown-it-py (CommonMark plus tables).

Code blocks, inline code, HTML blocks and comments, and front matter are
skipped. Text pieces are located in the original file so that sentences keep
their real line and column. A document in the plain subset most articles use
is tokenized by `claims.readers.markdown_light` instead, with the same tokens
and so the same blocks, several times faster and without importing markdown-it.
"""
from __future__ import annotations

import re
from functools import cache

from claims.blocks import Block
from claims.location import LineIndex
from claims.readers.markdown_light import tokens as light_tokens

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n.*?^(?:\1|\.\.\.)[ \t]*$", re.S | re.M)
# How far past the cursor a piece of text is looked for: markup between two pieces is short, and an unbounded
# search that fails (markdown-it replaces NUL, for one) would make a long paragraph quadratic.
_SLACK = 4096


@cache
def parser():
    """markdown-it, built on first use: a document the light reader reads never needs it."""
    from markdown_it import MarkdownIt

    # text_join off: entities and backslash escapes stay separate tokens carrying their source markup ("&amp;",
    # "\\*"), so the decoded text can be placed at its exact source offset.
    return MarkdownIt("commonmark", {"html": True}).enable("table").disable("text_join")


def mask_front_matter(text: str) -> str:
    """Blank out YAML/TOML front matter, keeping every offset and line number."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    masked = re.sub(r"[^\n]", " ", match.group(0))
    return masked + text[match.end():]


def read_markdown(text: str, light: bool = True) -> list[Block]:
    """The document's blocks; `light=False` always takes markdown-it's full parse (the tests compare the two)."""
    source = mask_front_matter(text)
    stream = light_tokens(source) if light else None
    if stream is None:
        stream = parser().parse(source)
    line_starts = LineIndex(source).starts
    blocks: list[Block] = []
    list_leads: list[int | None] = []
    open_items: list[int | None] = []  # per open list item: the block of its first paragraph
    role = "paragraph"
    quote_depth = 0
    for token in stream:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_leads.append(_lead_in(blocks, open_items))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_leads.pop()
        elif kind == "list_item_open":
            open_items.append(None)
        elif kind == "list_item_close":
            open_items.pop()
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "heading_open":
            role = "heading"
        elif kind in ("th_open", "td_open"):
            role = "cell"
        elif kind == "paragraph_open":
            if open_items and open_items[-1] is None:
                role = "item"
            else:
                role = "quote" if quote_depth else "paragraph"
        elif kind == "inline" and token.map:
            block = Block(role, depth=max(len(list_leads) - 1, 0))
            if role == "item":
                block.lead_in = list_leads[-1] if list_leads else None
            start = line_starts[token.map[0]]
            end = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(source)
            _fill(block, token.children or [], source, start, end)
            if block.text.strip():
                blocks.append(block)
                if role == "item" and open_items and open_items[-1] is None:
                    open_items[-1] = len(blocks) - 1
            role = "quote" if quote_depth else "paragraph"
    return blocks


def _lead_in(blocks: list[Block], open_items: list[int | None]) -> int | None:
    if open_items and open_items[-1] is not None:
        return open_items[-1]  # a nested list continues its parent item
    if blocks and blocks[-1].role in ("paragraph", "quote") and blocks[-1].text.rstrip().endswith(":"):
        return len(blocks) - 1
    return None


def _fill(block: Block, children, source: str, start: int, end: int) -> None:
    cursor = start
    for child in children:
        if child.type in ("text", "text_special"):
            written = child.markup if child.type == "text_special" else child.content  # "&amp;" for "&"
            found = _find(source, written, cursor, end)
            block.add(child.content, found if found >= 0 else cursor)
            if found >= 0:
                cursor = found + len(written)
        elif child.type in ("code_inline", "html_inline"):
            found = _find(source, child.content, cursor, end)  # no prose, but the cursor moves past it
            if found >= 0:
                cursor = found + len(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            block.add(" ", cursor)
        elif child.type == "link_open":
            href = child.attrs.get("href")
            if href:
                block.link(str(href))
        # images carry no prose


def _find(source: str, piece: str, cursor: int, end: int) -> int:
    return source.find(piece, cursor, min(end, cursor + len(piece) + _SLACK)) if piece else -1
