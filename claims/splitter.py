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
# Only punctuation followed by the start of a sentence (or the end) is a candidate, so that the Python
# check below runs for few positions.
_BOUNDARY = re.compile(r"[.!?…](?![.!?…])[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ]|\s*$)")
_OPENERS = "\"'“‘(["
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
# "Class B." and "Schedule 1." end sentences; "J. Smith" does not.
_LABELS_BEFORE_LETTER = frozenset({"class", "schedule", "type", "phase", "group", "part", "grade", "category", "vitamin", "hepatitis", "plan", "list"})


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
    # Plain string scanning rather than regular expressions: this runs at every full stop of a corpus.
    position, length = end, len(text)
    while position < length and text[position].isspace():
        position += 1
    if position >= length:
        return True
    first = text[position]
    if first in _OPENERS:
        if position + 1 >= length:
            return True
        first = text[position + 1]
    # A sentence starts with a capital, a digit or an opening quote/bracket.
    if not (first.isupper() or first.isdigit() or text[position] in _OPENERS):
        return False
    if text[mark] != ".":
        return True
    token_start = _word_start(text, mark)
    token = text[token_start:mark].lower()
    if not token:
        return True
    if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
        return False
    if len(token) == 1 and token.isalpha():
        # Initials ("J. Smith") do not end a sentence; "Class B." does.
        previous_end = token_start - 1
        previous = text[_word_start(text, previous_end):previous_end].lower() if previous_end > 0 else ""
        return previous in _LABELS_BEFORE_LETTER
    if "." in token and _INITIALISM.fullmatch(token):
        return False  # "U.K." and "e.g." style initialisms
    return True


def _word_start(text: str, end: int) -> int:
    start = end
    limit = max(0, end - 40)
    while start > limit and not text[start - 1].isspace() and text[start - 1] not in "([\"'“‘":
        start -= 1
    return start


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
