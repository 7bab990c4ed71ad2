"""Sellers: listed seller domains, and websites that are no recognised clinical, official or reference source."""
from __future__ import annotations

import re

from claims import Sentence
from sources import DomainCategory, SourceTable

TRUSTED = (DomainCategory.CLINICAL, DomainCategory.OFFICIAL)
# A page speaking for the seller: "our capsules", "my shop".
FIRST_PERSON_SELLER = re.compile(
    r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:shop|store|products?|capsules|gummies|range|brand|bundles?|formulas?|"
    r"supplements?|oils?|tinctures?|edibles?|chocolates?|kits?|blends?)\b",
    re.I,
)


def sellers(sentence: Sentence, table: SourceTable) -> list[str]:
    found = []
    for domain in sentence.domains:
        category = table.category_of(domain)
        if category is DomainCategory.SELLER:
            found.append(f"listed seller {domain}")
        elif category is None:
            found.append(f"unrecognised website {domain}")
    first_person = FIRST_PERSON_SELLER.search(sentence.text)
    if first_person:
        found.append(f"seller speaking: {first_person.group(0).lower()}")
    return found
