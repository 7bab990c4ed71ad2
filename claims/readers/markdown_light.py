"""The plain Markdown most articles are written in, read without markdown-it's full parse.

It knows a small part of CommonMark: ATX headings, paragraphs, fenced code, one level of block quote, bullet
and ordered lists nested at their items' content column, and inline links, images, code spans and simple
emphasis. For those it gives the tokens markdown-it gives (the types, line maps and inline children that
`claims.readers.markdown` reads); for a document with anything else (HTML, tables, setext headings, escapes,
entities, reference links, indented code, tabs, …) it gives None, and markdown-it reads the whole document.
`tests/claims/test_markdown_light.py` holds the two to the same blocks.
"""
from __future__ import annotations

import re
import string
from bisect import bisect_right

# Characters and sequences only the full parse reads correctly (outside fenced code).
_REFUSED = re.compile(r"[\t\v\f\\]|&(?:#|[A-Za-z][A-Za-z0-9]{1,31};)|<(?! |$)|\]:", re.M)
# Thematic breaks, setext underlines and table delimiter rows are made of these alone (tested with str.strip:
# a pattern for "only these characters" backtracks quadratically when searched through a long line).
_RULE_CHARACTERS = "-=*_:| "
_HEADING = re.compile(r"(#{1,6})(?: |$)")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$")
_MARKER = re.compile(r"([-*+]|([0-9]{1,9})[.)])( +|$)")
_QUOTE = re.compile(r" {0,3}> ?")
_LINK = re.compile(r"\[([^\[\]`<*_\n]*)\]\(([^\s()<>]+)\)")
_SAFE_URL = re.compile(r"(?:[A-Za-z0-9\-._~:/?#@!$&'*+,;=]|%[0-9A-Fa-f]{2})+")
_UNSAFE_SCHEME = re.compile(r"(?:javascript|vbscript|file|data):", re.I)
_BACKTICKS = re.compile(r"`+")
_RUN = re.compile(r"`+|\*+|_+")
_SPECIAL = re.compile(r"[\n`*_\[\]!]")  # where inline markup may start; the text between is read in one step
_SPACE = (None, " ", "\n")
_ALNUM = frozenset(string.ascii_letters + string.digits)
_PUNCT = frozenset(string.punctuation) - {"*", "_"}
_AFTER_CLOSER = frozenset(".,;:!?)\"'")


class Token:
    """The attributes of a markdown-it token that the reader looks at."""

    __slots__ = ("type", "map", "children", "content", "markup", "attrs")

    def __init__(self, kind: str, line_map=None, children=None, content: str = "", attrs=None):
        self.type = kind
        self.map = line_map
        self.children = children
        self.content = content
        self.markup = ""
        self.attrs = attrs or {}


class _Refused(Exception):
    """The document uses something this reader leaves to markdown-it."""


def tokens(source: str) -> list[Token] | None:
    """markdown-it's tokens for a document in the subset above, or None."""
    if "\r" in source or "\0" in source:
        return None  # markdown-it rewrites these before parsing
    try:
        return _Blocks(source.split("\n")).read()
    except _Refused:
        return None


class _List:
    __slots__ = ("marker", "indent", "column")

    def __init__(self, marker: str, indent: int, column: int):
        self.marker, self.indent, self.column = marker, indent, column


class _Paragraph:
    __slots__ = ("start", "base", "quoted", "lines")

    def __init__(self, start: int, base: int, quoted: bool, first: str):
        self.start, self.base, self.quoted, self.lines = start, base, quoted, [first]


class _Blocks:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.out: list[Token] = []
        self.lists: list[_List] = []
        self.paragraph: _Paragraph | None = None
        self.quoted = False

    def read(self) -> list[Token]:
        fence: tuple[str, int] | None = None
        for number, line in enumerate(self.lines):
            if fence is not None:
                if _closes(line, fence):
                    fence = None
                continue
            if not line.strip(" "):
                self.end_paragraph(number)
                self.end_quote()
                continue
            if _REFUSED.search(line) or not line.strip(_RULE_CHARACTERS):
                raise _Refused
            fence = self.line(number, line)
        self.end_paragraph(len(self.lines))
        self.end_quote()
        self.end_lists(0)
        return self.out

    def line(self, number: int, line: str) -> tuple[str, int] | None:
        """Read one non-blank line; the fence it opens, if it opens one."""
        indent = len(line) - len(line.lstrip(" "))
        depth = sum(1 for item in self.lists if item.column <= indent)  # the open items this line is inside
        base = self.lists[depth - 1].column if depth else 0
        text = line[indent:]
        paragraph = self.paragraph
        if indent - base >= 4:
            if paragraph is None:
                raise _Refused  # indented code
            return self.continue_paragraph(line)
        quote, heading, fence = _QUOTE.match(line), _HEADING.match(text), _FENCE.match(text)
        if quote or heading or fence:
            if depth or indent > 3:
                raise _Refused  # only at the top level here
            if quote:
                if not self.quoted:
                    self.end_paragraph(number)
                    self.end_lists(0)
                return self.quote_line(number, line[quote.end():])
            self.end_paragraph(number)
            self.end_lists(0)
            self.end_quote()
            if heading:
                self.heading(number, text[heading.end():])
                return None
            if fence.group(1)[0] == "`" and "`" in fence.group(2):
                raise _Refused  # not a fence but inline code
            return fence.group(1)[0], len(fence.group(1))
        marker = _MARKER.match(text)
        if marker:
            if paragraph is not None and paragraph.quoted:
                raise _Refused  # markdown-it ends the quote here whatever the number
            if paragraph is not None and indent >= paragraph.base and not _interrupts(marker):
                return self.continue_paragraph(line)
            self.list_item(number, indent, depth, base, marker, text)
            return None
        if paragraph is not None:
            return self.continue_paragraph(line)  # a lazy continuation line, or one inside its item
        self.end_lists(depth)
        self.end_quote()
        self.paragraph = _Paragraph(number, base, False, line.strip(" "))
        return None

    def continue_paragraph(self, line: str) -> None:
        self.paragraph.lines.append(line.strip(" "))
        return None

    def quote_line(self, number: int, inner: str) -> None:
        if not self.quoted:
            self.out.append(Token("blockquote_open"))
            self.quoted = True
        if not inner.strip(" "):
            self.end_paragraph(number)
            return None
        bare = inner.lstrip(" ")
        if len(inner) - len(bare) >= 4 or _HEADING.match(bare) or _FENCE.match(bare) or _MARKER.match(bare) \
                or bare.startswith(">"):
            raise _Refused  # a block inside the quote
        if self.paragraph is None:
            self.paragraph = _Paragraph(number, 0, True, bare.rstrip(" "))
        else:
            self.paragraph.lines.append(bare.rstrip(" "))
        return None

    def heading(self, number: int, content: str) -> None:
        content = content.strip()
        if content.endswith("#"):
            raise _Refused  # a closing sequence, or a "#" that might be one
        self.out.append(Token("heading_open"))
        self.out.append(Token("inline", [number, number + 1], _inline(content), content))
        self.out.append(Token("heading_close"))

    def list_item(self, number: int, indent: int, depth: int, base: int, marker, text: str) -> None:
        if indent != base or not marker.group(3) or len(marker.group(3)) > 4:
            raise _Refused  # an item off its parent's content column, an empty item, or indented code in one
        content = text[marker.end():]
        if not content.strip(" "):
            raise _Refused  # an empty item
        if _HEADING.match(content) or _FENCE.match(content) or _MARKER.match(content) or content.startswith(">"):
            raise _Refused  # a block on the item's first line
        self.end_paragraph(number)
        self.end_quote()
        kind = marker.group(1)[-1]  # "-", "*", "+", "." or ")"
        if depth < len(self.lists) and self.lists[depth].marker == kind:
            self.end_lists(depth + 1)
            self.out.append(Token("list_item_close"))
        else:
            self.end_lists(depth)
            self.out.append(Token("ordered_list_open" if kind in ".)" else "bullet_list_open"))
            self.lists.append(_List(kind, indent, 0))
        column = indent + len(marker.group(1)) + len(marker.group(3))
        self.lists[-1].column = column
        self.out.append(Token("list_item_open"))
        self.paragraph = _Paragraph(number, column, False, content.strip(" "))

    def end_paragraph(self, number: int) -> None:
        paragraph = self.paragraph
        if paragraph is None:
            return
        self.paragraph = None
        content = "\n".join(paragraph.lines).strip()
        self.out.append(Token("paragraph_open"))
        self.out.append(Token("inline", [paragraph.start, number], _inline(content), content))
        self.out.append(Token("paragraph_close"))

    def end_quote(self) -> None:
        if self.quoted:
            self.out.append(Token("blockquote_close"))
            self.quoted = False

    def end_lists(self, depth: int) -> None:
        while len(self.lists) > depth:
            kind = self.lists.pop().marker
            self.out.append(Token("list_item_close"))
            self.out.append(Token("ordered_list_close" if kind in ".)" else "bullet_list_close"))


def _closes(line: str, fence: tuple[str, int]) -> bool:
    bare = line.lstrip(" ")
    if len(line) - len(bare) > 3:
        return False
    run = len(bare) - len(bare.lstrip(fence[0]))
    return run >= fence[1] and not bare[run:].strip(" ")


def _interrupts(marker) -> bool:
    """Whether a list item may start right below a paragraph line: a bullet, or a list numbered from 1."""
    return marker.group(2) is None or int(marker.group(2)) == 1


def _inline(content: str) -> list[Token]:
    """markdown-it's inline children of `content` (text_join off): maximal text runs, code spans, breaks, links."""
    children: list[Token] = []
    closers = _code_closers(content)
    text_start = 0
    position = 0
    emphasis: str | None = None  # the delimiter run of the open emphasis (nested emphasis is refused)
    length = len(content)

    def flush(end: int) -> None:
        if end > text_start:
            children.append(Token("text", content=content[text_start:end]))

    special = _SPECIAL.search(content)
    position = special.start() if special else length
    while position < length:
        char = content[position]
        if char == "\n":
            flush(len(content[text_start:position].rstrip(" ")) + text_start)
            children.append(Token("softbreak"))
            position += 1
            text_start = position
        elif char == "`":
            run = _RUN.match(content, position).end() - position
            close = closers.get((position, run))
            if close is None:
                position += run  # no closing run of the same length: the backticks are text
            else:
                position = _code_span(content, position, run, close, children, flush)
                text_start = position
        elif char in "*_":
            run = _RUN.match(content, position).end() - position
            delimiter = char * run
            before = content[position - 1] if position else None
            after = content[position + run] if position + run < length else None
            if emphasis is None and _opens(before, after):
                emphasis = delimiter
            elif emphasis == delimiter and _closes_emphasis(before, after):
                emphasis = None
            else:
                raise _Refused
            flush(position)
            position += run
            text_start = position
        elif char == "[" or (char == "!" and content.startswith("[", position + 1)):
            image = char == "!"
            link = _LINK.match(content, position + image)
            if link is None or emphasis is not None or _href(link.group(2)) is None:
                raise _Refused
            flush(position)
            if not image:
                children.append(Token("link_open", attrs={"href": link.group(2)}))
                if link.group(1):
                    children.append(Token("text", content=link.group(1)))
                children.append(Token("link_close"))
            position = link.end()
            text_start = position
        elif char == "]":
            raise _Refused
        else:  # "!" before anything but "[": text, up to the next character that may be markup
            position += 1
        special = _SPECIAL.search(content, position)
        position = special.start() if special else length
    if emphasis is not None:
        raise _Refused
    flush(length)
    return children


def _code_span(content: str, position: int, run: int, close: int, children: list[Token], flush) -> int:
    """Add the code span whose backticks open at `position`; where the text after it starts."""
    code = content[position + run:close]
    if "\n" in code:
        raise _Refused  # a span over lines: markdown-it's content keeps indentation this reader drops
    if code.startswith(" ") and code.endswith(" ") and code.strip(" "):
        code = code[1:-1]
    flush(position)
    children.append(Token("code_inline", content=code))
    return close + run


def _code_closers(content: str) -> dict[tuple[int, int], int]:
    """For each run of backticks that opens a code span: where its closing run (of the same length) starts."""
    runs = [(match.start(), match.end() - match.start()) for match in _BACKTICKS.finditer(content)]
    by_length: dict[int, list[int]] = {}
    for start, run in runs:
        by_length.setdefault(run, []).append(start)
    closers: dict[tuple[int, int], int] = {}
    position = 0
    for start, run in runs:
        if start < position:
            continue  # inside a code span already found
        starts = by_length[run]
        after = bisect_right(starts, start)
        if after < len(starts):
            closers[(start, run)] = starts[after]
            position = starts[after] + run
        else:
            position = start + run
    return closers


def _opens(before: str | None, after: str | None) -> bool:
    """A delimiter run that can only open emphasis (left-flanking and not right-flanking)."""
    if before in _SPACE:
        return after is not None and not after.isspace() and after not in "*_"
    return before in "(\"" and after is not None and after in _ALNUM


def _closes_emphasis(before: str | None, after: str | None) -> bool:
    """A delimiter run that can only close emphasis (right-flanking and not left-flanking)."""
    if before is None:
        return False
    if before in _ALNUM:
        return after in _SPACE or after in _AFTER_CLOSER
    return before in _PUNCT and after in _SPACE


def _href(url: str) -> str | None:
    """The link target as markdown-it writes it, for targets it leaves unchanged (plain ASCII); None otherwise."""
    if _SAFE_URL.fullmatch(url) and not _UNSAFE_SCHEME.match(url):
        return url
    return None
