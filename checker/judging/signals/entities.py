"""Sellers: listed seller domains, websites that are no recognised clinical, official or reference source,
and brands or products named without a domain (see `names`)."""
from __future__ import annotations

from checker.judging.signals.names import named_products
from claims import Sentence
from sources import DomainCategory, SourceTable


def sellers(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    return [f"listed seller {d}" for d in sentence.domains if table.category_of(d) is DomainCategory.SELLER]


def websites(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """Websites no list knows: a shop as often as a journal, so they count only with selling words."""
    return [f"unrecognised website {d}" for d in sentence.domains if table.category_of(d) is None]


def brands(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    if page is None:
        return [how for _, how, _ in named_products(sentence.text, {}, sentence.domains)]
    named = page.named.get(sentence.text)
    if named is None:
        named = named_products(sentence.text, page.capitalised, sentence.domains, page.text)
    return [how for _, how, _ in named]
