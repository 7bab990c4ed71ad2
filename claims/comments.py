"""Where a document's real comments are, so that suppression directives count only there.

A directive quoted in inline code or a code block (documentation of the directive itself), in an attribute value
or in a `<script>` string is text, not a comment. HTML comments are found by the standard library's tokenizer;
in Markdown, only HTML blocks and inline HTML outside code spans are searched.
"""
from __future__ import annotations

from html.parser import HTMLParser

from claims.location import LineIndex

Span = tuple[int, int]


class _Comments(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.lines = LineIndex(text, newline_only=True)
        self.spans: list[Span] = []

    def handle_comment(self, data: str) -> None:
        line, column = self.getpos()
        start = self.lines.offset(line, column)
        self.spans.append((start, start + len(data) + len("<!---->")))


def html_comments(text: str) -> list[Span]:
    """Offsets of every `<!-- … -->` the HTML tokenizer reads as a comment (not in scripts, styles or attributes)."""
    parser = _Comments(text)
    parser.feed(text)
    parser.close()
    return parser.spans


def markdown_comments(text: str) -> list[Span]:
    """Offsets of the HTML comments in a Markdown document's HTML blocks and inline HTML, never inside code."""
    from claims.readers.markdown import mask_front_matter, parser

    source = mask_front_matter(text)
    starts = LineIndex(source).starts
    spans: list[Span] = []

    def region(token) -> Span:
        return starts[token.map[0]], starts[token.map[1]] if token.map[1] < len(starts) else len(source)

    for token in parser().parse(source):
        if token.type == "html_block" and token.map:
            begin, end = region(token)
            spans.extend((begin + a, begin + b) for a, b in html_comments(source[begin:end]))
        elif token.type == "inline" and token.map:
            cursor, end = region(token)
            for child in token.children or []:
                if child.type not in ("text", "code_inline", "html_inline") or not child.content:
                    continue
                found = source.find(child.content, cursor, end)
                if found < 0:
                    continue
                cursor = found + len(child.content)
                if child.type == "html_inline" and child.content.startswith("<!--"):
                    spans.append((found, cursor))
    return spans


def comment_spans(text: str, fmt: str) -> list[Span] | None:
    """The comment spans of a Markdown or HTML document; None for plain text, where every line may hold one."""
    if fmt == "html":
        return html_comments(text)
    if fmt == "markdown":
        return markdown_comments(text)
    return None
