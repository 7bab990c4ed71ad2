"""A selling page speaking to its reader: "you get everything hemp has to offer", "Unlock your true potential".

Sales copy talks to the customer; an article, a leaflet or a study mostly talks about the world. On a page that
sells (read once its decision is made, `signals.page.PAGE_DEPENDENT`), a statement to the reader is the seller's
copy. Not what a seller says to inform or protect: how a treatment may feel ("you may feel drowsy"), a request
("Please check your spam folder"), questions and headings (`product_talk.is_label`); a seller's disclaimers and
warnings weigh against the sentence anyway (`caution`).
"""
from __future__ import annotations

import re

from checker.judging.signals.product_talk import is_label
from checker.judging.signals.seller_voice import FIRST_PERSON
from checker.judging.signals.vocabulary import EVERYONES_NOUNS, PRODUCT_NOUNS, SERVICE_NOUNS
from claims import Sentence
from sources import SourceTable

OFFER_NOUNS = PRODUCT_NOUNS | SERVICE_NOUNS

_TO_THE_READER = re.compile(r"\byou(?:r|rs|rself|['’](?:ll|re|ve|d))?\b(?:\s+(?P<next>[\w-]+)(?:\s+(?P<then>[\w-]+))?)?", re.I)
# Informing or protecting the reader: what may happen to them, what they are asked to do or check.
_INFORMING = re.compile(
    r"\byou (?:may|might|could|can) (?:also )?(?:feel|experience|notice|have|get|develop|need)\b|^please\b|"
    r"\b(?:please|kindly) (?:\w+ )?(?:make sure|ensure|note|check|allow|contact)\b|\bdo your own research\b",
    re.I,
)


def reader_address(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """On a page that sells, a statement addressed to the reader."""
    if page is None or not page.sells or is_label(sentence):
        return []
    text = sentence.text
    if _INFORMING.search(text):
        return []
    found = next((m for m in _TO_THE_READER.finditer(text) if not _of_everyone(m)), None)
    if not found or not _about_the_offer(text.lower(), page):
        return []
    return [f"speaks to the customer: {found.group(0).split()[0].lower()}"]


_WORD = re.compile(r"[a-z][a-z'’-]*")


def _about_the_offer(lower: str, page) -> bool:
    """The sentence is about what is sold (its goods or service, or the seller), not about the world."""
    words = set(_WORD.findall(lower))
    return bool(words & OFFER_NOUNS or words & page.own_nouns or FIRST_PERSON.search(lower))


def _of_everyone(match: re.Match) -> bool:
    """"Your mind", "your immune system": the reader's body, which a health claim is about, not the customer."""
    following = {(match.group("next") or "").lower(), (match.group("then") or "").lower()}
    return match.group(0).lower().startswith("your ") and bool(following & EVERYONES_NOUNS)
