"""HTML through the standard library's tokenizer, which reports source positions.

Block elements end sentences; script, style, template, code and hidden
elements are skipped; link targets are kept. The tokenizer never fetches
anything (no DTDs, no external entities) and does not recurse, so deep
nesting cannot exhaust the stack.
"""
from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from claims.blocks import Block
from claims.location import LineIndex

SKIPPED = frozenset({"script", "style", "template", "noscript", "code", "pre", "svg", "math", "head", "iframe", "object"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"})
BLOCKS = frozenset(
    """address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead title tr ul
    br caption button label option select textarea""".split()
)
FURNITURE = frozenset({"nav", "footer", "aside", "header", "form", "button", "label", "select", "option"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def read_html(text: str) -> list[Block]:
    reader = _BlockReader(text)
    reader.feed(text)
    reader.close()
    reader.flush()
    return reader.blocks


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    values = {name.lower(): (value or "") for name, value in attrs}
    style = values.get("style", "").replace(" ", "").lower()
    return (
        "hidden" in values
        or values.get("aria-hidden", "").lower() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


class _BlockReader(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.lines = LineIndex(text, newline_only=True)  # html.parser counts lines by "\n" alone
        self.blocks: list[Block] = []
        self.stack: list[str] = []
        self.open_counts: Counter[str] = Counter()  # so that "is this tag open?" does not scan a deep stack
        self.skip_depth = 0  # open elements whose content is not prose
        self.current = Block("paragraph")
        self.list_leads: list[int | None] = []
        self.open_items: list[int | None] = []

    # -- structure
    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in VOID:
            if tag == "br" and not self.skip_depth:
                self.current.add(" ", self._offset())
            return
        if self.skip_depth or tag in SKIPPED or _hidden(attrs):
            self._push(tag)
            self.skip_depth += 1
            return
        self._push(tag)
        if tag in BLOCKS:
            self.flush()
        if tag == "li":
            self.open_items.append(None)
        elif tag in ("ul", "ol"):
            self.list_leads.append(self._lead_in())
        if tag in BLOCKS:
            self.current = Block(self._role())
            if tag == "li":
                self.current.lead_in = self.list_leads[-1] if self.list_leads else None
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.current.link(href)

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in VOID or not self.open_counts[tag]:
            return
        while self.stack:
            open_tag = self.stack.pop()
            self.open_counts[open_tag] -= 1
            if self.skip_depth:
                self.skip_depth -= 1
            else:
                self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if tag in BLOCKS:
            self.flush()
            self.current = Block(self._role())
        if tag in ("ul", "ol") and self.list_leads:
            self.list_leads.pop()
        elif tag == "li" and self.open_items:
            self.open_items.pop()

    def handle_data(self, data):
        if self.skip_depth:
            return
        self.current.add(data, self._offset())

    # -- helpers
    def _push(self, tag: str) -> None:
        self.stack.append(tag)
        self.open_counts[tag] += 1

    def _open(self, tags) -> bool:
        return any(self.open_counts[t] for t in tags)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines.offset(line, column)

    def _role(self) -> str:
        if self._open(FURNITURE):
            return "furniture"
        if self._open(HEADINGS):
            return "heading"
        if self.open_counts["li"] and self.open_items and self.open_items[-1] is None:
            return "item"
        if self._open(("td", "th")):
            return "cell"
        if self.open_counts["blockquote"]:
            return "quote"
        return "paragraph"

    def _lead_in(self) -> int | None:
        if self.open_items and self.open_items[-1] is not None:
            return self.open_items[-1]
        if self.blocks and self.blocks[-1].role in ("paragraph", "quote") and self.blocks[-1].text.rstrip().endswith(":"):
            return len(self.blocks) - 1
        return None

    def flush(self) -> None:
        block = self.current
        if not block.text.strip():
            self.current = Block(block.role, lead_in=block.lead_in)
            return
        self.blocks.append(block)
        if block.role == "item" and self.open_items and self.open_items[-1] is None:
            self.open_items[-1] = len(self.blocks) - 1
        self.current = Block(self._role())
