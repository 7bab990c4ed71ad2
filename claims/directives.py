"""Suppression comments: `<!-- claimsift: ignore [reason] -->` in Markdown and HTML, `claimsift: ignore` lines in text.

Where an `ignore` stands decides what it covers, as markdownlint's `disable-line` and `disable-next-line` do:
after text on the same line (a trailing comment), it covers the sentence that line ends; on a line of its own,
it covers the next block (paragraph, list item, heading) below it.

The reader only finds them and says where they are; the checker applies them and reports the unused ones.
A comment that looks meant for claimsift but is not a directive (`<!-- claimsift: ignroe -->`,
`<!-- claimsift ignore -->`) is returned with the action "unknown" and what is wrong as its reason.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from claims.location import LineIndex
from claims.models import Directive

ACTIONS = ("ignore-start", "ignore-end", "ignore-file", "ignore")
UNKNOWN = "unknown"
# Bounded repetitions only: an unclosed "<!-- claimsift: ignore" followed by a megabyte of spaces stays linear.
_ACTION = r"(ignore-start|ignore-end|ignore-file|ignore)(?![\w-])"


class _Patterns:
    """The patterns below, compiled on first use: `find_directives` returns at once for a document that never
    mentions claimsift (nearly all of them), and compiling these would otherwise be part of every start-up."""

    def __init__(self):
        self.comment = re.compile(r"<!--[ \t]{0,40}claimsift:[ \t]{0,40}" + _ACTION + r"(.{0,300}?)-->", re.I | re.S)
        self.line = re.compile(
            r"^[ \t]*(?:#|//|%|;)?[ \t]*\[?[ \t]*claimsift:[ \t]*" + _ACTION + r"[ \t]*([^\]\n]{0,300}?)[ \t]*\]?[ \t]*$",
            re.I | re.M,
        )
        # anything that starts like a directive, to tell the user about misspellings
        self.comment_like = re.compile(
            r"<!--[ \t]{0,40}claimsift\b[ \t]{0,40}(:?)[ \t]{0,40}([\w-]{0,40})(.{0,300}?)-->", re.I | re.S)
        self.line_like = re.compile(
            r"^[ \t]*(?:#|//|%|;)?[ \t]*\[?[ \t]*claimsift\b[ \t]*(:?)[ \t]*([\w-]{1,40})[^\n]{0,300}$", re.I | re.M)
        self.newline = re.compile(r"\r\n?|\n")  # as LineIndex counts lines
        # a line that starts a new block even without a blank line before it
        self.block_start = {
            "html": re.compile(r"[ \t]*</?[A-Za-z]"),
            "markdown": re.compile(r"[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|>)"),
        }
        self.tags = re.compile(r"<[^<>]{0,500}>")
        self.markers = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)(?=[ \t]|$)")


@cache
def _patterns() -> _Patterns:
    return _Patterns()


def find_directives(text: str, fmt: str) -> list[Directive]:
    """Directives in real comments only (Markdown and HTML), or on lines of their own (plain text)."""
    if "claimsift" not in text.lower():
        return []
    if fmt != "text" and "<!--" not in text:
        # In Markdown and HTML a directive, and a misspelt one, is a comment: a page without one (claimsift named
        # in prose or in a code example) has none, and finding its comments would cost markdown-it's parse.
        return []
    from claims.comments import comment_spans

    p = _patterns()
    comments = comment_spans(text, fmt)
    lines = LineIndex(text)
    blocks = _Blocks(p.newline.split(text), fmt)
    found = []
    valid_starts = set()
    patterns = (p.comment, p.line) if fmt == "text" else (p.comment,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if comments is not None and not _inside(match.start(), match.end(), comments):
                continue
            valid_starts.add(match.start())
            start = match.start(1) if pattern is p.line else match.start()
            line, column = lines.position(start)
            end_line, end_column = lines.position(match.end())
            action = match.group(1).lower()
            trailing = pattern is p.comment and _has_text(text[max(lines.starts[line - 1], match.start() - 2000):match.start()])
            block_end = blocks.next_block_end(end_line, end_column) if action == "ignore" and not trailing else 0
            found.append(
                Directive(line=line, column=column, end_line=end_line, end_column=end_column, action=action,
                          reason=match.group(2).strip(), trailing=trailing, block_end_line=block_end)
            )
    found += _unknown(text, fmt, lines, valid_starts, comments)
    return sorted(found, key=lambda d: (d.line, d.column))


def _has_text(before: str) -> bool:
    """Whether words stand before a comment on its line: tags (`<div>`) and list or heading markers do not count."""
    p = _patterns()
    return bool(p.markers.sub("", p.tags.sub("", before)).strip())


class _Blocks:
    """For every line, the next non-blank line and the last line of its block, found once per document (linear)."""

    def __init__(self, line_texts: list[str], fmt: str):
        self.lines = line_texts
        count = len(line_texts)
        block_start = _patterns().block_start.get(fmt)
        self.next_filled = [0] * (count + 2)  # 1-based; 0: none
        self.block_end = [0] * (count + 2)
        for number in range(count, 0, -1):
            filled = bool(line_texts[number - 1].strip())
            self.next_filled[number] = number if filled else self.next_filled[number + 1]
            following = line_texts[number] if number < count else ""
            ends_here = not following.strip() or (block_start is not None and block_start.match(following))
            self.block_end[number] = number if ends_here else self.block_end[number + 1]

    def next_block_end(self, end_line: int, end_column: int) -> int:
        """The last line of the block after a directive that ends at (end_line, end_column); 0 if there is none."""
        rest = self.lines[end_line - 1][end_column - 1:] if end_line - 1 < len(self.lines) else ""
        first = end_line if rest.strip() else self.next_filled[end_line + 1] if end_line + 1 <= len(self.lines) else 0
        return self.block_end[first] if first else 0


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies within one of the sorted, non-overlapping spans."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def _unknown(text: str, fmt: str, lines: LineIndex, valid_starts: set[int], comments) -> list[Directive]:
    p = _patterns()
    problems = []
    patterns = (p.comment_like, p.line_like) if fmt == "text" else (p.comment_like,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.start() in valid_starts or (pattern is p.line_like and p.line.match(match.group(0))):
                continue
            if pattern is p.comment_like and comments is not None and not _inside(match.start(), match.end(), comments):
                continue  # quoted in code or an attribute: text, not a comment
            colon, word = match.group(1), match.group(2).lower()
            if pattern is p.line_like and not (colon and _close(word)) and not (not colon and word in ACTIONS):
                continue  # plain prose that happens to start with the word claimsift
            line, column = lines.position(match.start())
            end_line, end_column = lines.position(match.end())
            problems.append(Directive(line=line, column=column, end_line=end_line, end_column=end_column,
                                      action=UNKNOWN, reason=_problem(colon, word)))
    return problems


def _close(word: str) -> str:
    import difflib  # only for a misspelt directive

    close = difflib.get_close_matches(word, ACTIONS, n=1, cutoff=0.6)
    return close[0] if close else ""


def _problem(colon: str, word: str) -> str:
    choices = ", ".join(ACTIONS[::-1])
    if not colon and word in ACTIONS:
        return f"'claimsift {word}' is not a directive: write 'claimsift: {word}' (with a colon)"
    if not word:
        return f"'claimsift:' without a directive; use one of {choices}"
    suggestion = _close(word)
    hint = f"; did you mean '{suggestion}'?" if suggestion else f"; use one of {choices}"
    return f"unknown claimsift directive '{word}'{hint}"
