"""The copy of a product's label: claims marked with the label's asterisk, and short benefit taglines.

A marketed supplement marks each health claim with an asterisk that points to the label's disclaimer ("Supports
a healthy mood*", "… memory formation.*2"): it is how a seller words a claim it may make without proof. Reputable
pages do not mark their sentences that way (none of the reputable pages of the shared, extra and dev sets does).
A short line in title case that opens with a benefit verb ("Promotes Healthy Brain Function", "Enriches Mood &
Mindset") is a product's tagline, but headings of public pages read like that too ("Help with Prescription
Charges"), so it counts only on a page that sells (`signals.page.PAGE_DEPENDENT`).
"""
from __future__ import annotations

import re

from claims import Sentence
from sources import SourceTable

# A word, a full stop or a bracket, then one or two asterisks and maybe a footnote number, at the sentence's end.
_LABEL_MARK = re.compile(r"[A-Za-z0-9.)%]\*{1,2}\d{0,2}\s*$")
BENEFIT_VERBS = re.compile(
    r"^(?:supports?|promotes?|boosts?|enhances?|improves?|enrich(?:es)?|amplif(?:y|ies)|calms?|relieves?|"
    r"restores?|strengthens?|sharpens?|balances?|energi[sz]es?|elevates?|nourish(?:es)?|maintains?|fuels?|"
    r"optimi[sz]es?|unlocks?|soothes?|regulates?|defends?|protects?)\b",
    re.I,
)
TAGLINE_WORDS = 8


# A label claim says what the product does for the body; an index term marked the same way ("Dietary Fiber*",
# a database's major topics) says nothing.
_BENEFIT_WORDS = re.compile(
    r"\b(?:supports?|supporting|promotes?|healthy|boosts?|maintains?|helps?|improves?|enhances?|relief|relieves?|"
    r"calms?|balance[sd]?|function|wellbeing|well-being|reduces?|reducer|enhancer|booster|reliever)\b",
    re.I,
)
LABEL_SENTENCE_WORDS = 6


def label_claim(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A claim marked with a supplement label's asterisk: a benefit line, or a whole sentence."""
    text = sentence.text
    if "*" not in text or not _LABEL_MARK.search(text):
        return []
    whole = len(text.split()) >= LABEL_SENTENCE_WORDS and re.search(r"[.!]\*", text)
    if not (whole or _BENEFIT_WORDS.search(text)):
        return []
    return [f"label claim: {' '.join(text.split()[-3:])}"]


def tagline(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A product's benefit tagline ("Supports Focus & Memory"), on a page that sells."""
    if page is None or not page.sells:
        return []
    text = sentence.text.strip().rstrip("*")
    words = [w for w in text.split() if w[0].isalpha()]
    if not words or len(text.split()) > TAGLINE_WORDS or not BENEFIT_VERBS.match(text):
        return []
    capitalised = sum(w[0].isupper() for w in words)
    if capitalised < max(2, 0.6 * len(words)):
        return []
    return [f"tagline: {text}"]
