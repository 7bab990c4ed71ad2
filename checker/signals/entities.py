"""Sellers: listed seller domains, and websites that are no recognised clinical, official or reference source."""
from __future__ import annotations

from claims import Sentence
from sources import DomainCategory, SourceTable

TRUSTED = (DomainCategory.CLINICAL, DomainCategory.OFFICIAL)


def sellers(sentence: Sentence, table: SourceTable) -> list[str]:
    found = []
    for domain in sentence.domains:
        category = table.category_of(domain)
        if category is DomainCategory.SELLER:
            found.append(f"listed seller {domain}")
        elif category is None:
            found.append(f"unrecognised website {domain}")
    return found
