"""A seller or product as the subject of a sentence about what it offers: "Calmleaf offers a range of oils",
"Calmleaf uses an online model to deliver therapy", "our shop sells …", "Hollow Oak makes mushroom tinctures"."""
from __future__ import annotations

import re

from checker.judging.signals.names import is_brandlike
from checker.judging.signals.vocabulary import GOODS_NOUNS, PRODUCT_NOUNS, SERVICE_NOUNS, alternation, cued
from claims import Sentence
from sources import DomainCategory, SourceTable

_OFFER_VERB = (r"(?:offers?|provides?|sells?|stocks?|delivers?|deliver|supplies|ships?|carries|has launched|features?|"
               r"makes|produces|crafts|manufactures)")
OFFER = re.compile(
    r"^(?:[A-Z][\w]*,\s+)?(?P<subject>(?:[\w.&'’-]+\s+){0,3}?[\w.&'’-]+)\s+"
    rf"(?P<verb>{_OFFER_VERB}|(?:uses|has|runs) (?:[\w-]+\s+){{1,4}}?to (?:deliver|offer|provide))\b"
    rf"(?P<rest>.*\b(?:{alternation(PRODUCT_NOUNS | SERVICE_NOUNS)})\b)",
)
# "… from places like Calmleaf, who offer all of their gummies …"
WHO_OFFER = re.compile(
    r"(?P<subject>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),?\s+(?:who|which) (?P<verb>offers?|sells?|stocks?|provides?|makes?)\b"
    rf"(?P<rest>.*\b(?:{alternation(PRODUCT_NOUNS | SERVICE_NOUNS)})\b)",
)
_OWN = re.compile(r"\b(?:our|this brand|the brand|the shop|the store)\b")
# "Brookside Kratom has many strains available for purchase": a name that has goods to sell offers them, whatever
# the goods are called.
FOR_SALE = re.compile(
    r"^(?P<subject>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?P<verb>has|have|stocks?|carries)\s+"
    r"(?P<rest>(?:[\w'’-]+\s+){0,6}?)available (?:for (?:purchase|sale)|to (?:buy|order|purchase))\b"
)


CUES = ("offer", "provide", "sell", "stock", "deliver", "suppl", "ship", "carries", "launched", "feature", "make",
        "available", "produces", "crafts", "manufactures")


def product_claim(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    if not cued(sentence.text.lower(), CUES):
        return []
    capitalised = page.capitalised if page is not None else {}
    for_sale = FOR_SALE.match(sentence.text)
    if for_sale and is_brandlike(for_sale.group("subject"), True, capitalised):
        goods = _noun(for_sale.group("rest"), "goods", GOODS_NOUNS)
        return [f"product claim: {for_sale.group('subject')} has {goods} for sale"]
    match = OFFER.match(sentence.text)
    if not match:
        who = WHO_OFFER.search(sentence.text)
        if who and is_brandlike(who.group("subject"), False, capitalised):
            return [f"product claim: {who.group('subject')} {who.group('verb')} {_noun(who.group('rest'))}"]
        return []
    subject = match.group("subject")
    lower = subject.lower()
    for domain in sentence.domains:
        if domain in lower and table.category_of(domain) not in (DomainCategory.CLINICAL, DomainCategory.OFFICIAL):
            return [f"product claim: {domain} offers products"]
    if _OWN.search(lower):
        return [f"product claim: {lower} offers products"]
    # A brand name ("Mood Shrooms sells…"): capitalised words that are not a known clinical or official body.
    words = subject.split()
    if all(w[:1].isupper() for w in words) and is_brandlike(subject, True, capitalised):
        return [f"product claim: {subject} {match.group('verb').split()[0]} {_noun(match.group('rest'))}"]
    return []


def _noun(rest: str, default: str = "products", nouns: frozenset[str] = PRODUCT_NOUNS | SERVICE_NOUNS) -> str:
    return next((w for w in reversed(re.findall(r"[a-z]+", rest.lower())) if w in nouns), default)
