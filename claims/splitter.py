"""Sentence splitting with a regular expression and an abbreviation list.

Chosen by measurement (benchmarks/split_speed.py): about 50 MB/s, against
0.2 MB/s for pysbd, with the same answers on our cases. Readers split
document structure (headings, list items, cells) first, so the splitter only
ever sees running prose.
"""
from __future__ import annotations

import re

# Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    """
    dr mr mrs ms prof st sr jr vs v etc approx al fig figs no nos vol eds ed
    inc ltd co corp dept univ est min max mt ca cf resp jan feb mar apr jun
    jul aug sep sept oct nov dec mg ml kg approx e.g i.e a.m p.m u.k u.s
    u.s.a u.n e.u ph.d m.d b.sc m.sc
    """.split()
)

# A run of terminal punctuation, closing quotes or brackets, then space or the end.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"(?:(\w+)\s+)?([\w.]+)$")
# "Class B." and "Schedule 1." end sentences; "J. Smith" does not.
_LABELS_BEFORE_LETTER = frozenset({"class", "schedule", "type", "phase", "group", "part", "grade", "category", "vitamin", "hepatitis", "plan", "list"})
_NEXT_START = re.compile(r"\s*([\"'“‘(\[]?)(\S)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if not _ends_sentence(text, match.start(), end):
            continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return spans


def _ends_sentence(text: str, mark: int, end: int) -> bool:
    following = _NEXT_START.match(text, end)
    if following is None:
        return True
    first = following.group(2)
    # A sentence starts with a capital, a digit or an opening quote/bracket.
    if not (first.isupper() or first.isdigit() or following.group(1)):
        return False
    if text[mark] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, mark - 40), mark)
    if word is None:
        return True
    token = word.group(2).lower()
    if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
        return False
    # Initials and initialisms: "J. Smith", "U.K. Home Office".
    if len(token) == 1 and token.isalpha():
        return (word.group(1) or "").lower() in _LABELS_BEFORE_LETTER
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return False
    return True


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
