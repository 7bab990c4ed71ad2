"""A seller or product as the subject of a sentence about what it offers or does for you."""
from __future__ import annotations

import re

from claims import Sentence
from sources import DomainCategory, SourceTable

OFFER = re.compile(
    r"^(?:[A-Z][\w]*,\s+)?(?P<subject>(?:[\w.&'-]+\s+){0,3}?[\w.&'-]+)\s+"
    r"(?:offers?|provides?|sells?|stocks?|delivers?|supplies|ships?|carries|has launched|features?)\b"
    r"(?P<rest>.*\b(?:products?|capsules|gummies|edibles?|range|supplements?|oils?|tinctures?|kits?|bars?|chocolates?)\b)",
    re.I,
)


def product_claim(sentence: Sentence, table: SourceTable) -> list[str]:
    match = OFFER.match(sentence.text)
    if not match:
        return []
    subject = match.group("subject").lower()
    for domain in sentence.domains:
        if domain in subject and table.category_of(domain) not in (DomainCategory.CLINICAL, DomainCategory.OFFICIAL):
            return [f"product claim: {domain} offers products"]
    if re.search(r"\b(?:our|this brand|the brand|the shop|the store)\b", subject):
        return [f"product claim: {subject} offers products"]
    # A brand name ("Mood Shrooms sells…"): capitalised words that are not a known clinical or official body.
    words = match.group("subject").split()
    if all(w[:1].isupper() for w in words) and not set(w.lower() for w in words) & PUBLIC_BODIES:
        return [f"product claim: {match.group('subject')} sells products"]
    return []


PUBLIC_BODIES = frozenset({"nhs", "nice", "fda", "cdc", "who", "mhra", "ema", "government", "home", "office", "fsa", "the"})
