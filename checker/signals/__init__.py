"""Promotion signals: one small module per signal, each reporting what it saw.

Every signal is a function `(sentence, table) -> list[str]` returning named
evidence such as "call-to-action: visit". `checker.promotion` decides from
the named signals whether a sentence is promotion.
"""
from __future__ import annotations

from collections.abc import Callable

from claims import Sentence
from sources import SourceTable

Signal = Callable[[Sentence, SourceTable], list[str]]

from checker.signals import affiliate, commerce, call_to_action, endorsement, entities, product_claim  # noqa: E402

# name -> (function, what it means). Entities are the sellers; the rest is selling language.
REGISTRY: dict[str, tuple[Signal, str]] = {
    "seller": (entities.sellers, "names a listed seller, or a website that is not a recognised clinical, official or reference source"),
    "affiliate": (affiliate.affiliate, "affiliate links or affiliate/sponsorship disclosures"),
    "commerce": (commerce.commerce, "buying words, prices, discounts, delivery"),
    "endorsement": (endorsement.endorsement, "vouches for a seller or product"),
    "call-to-action": (call_to_action.call_to_action, "tells the reader to go somewhere or do something commercial"),
    "product-claim": (product_claim.product_claim, "a seller or product is the subject of a sentence about what it offers"),
}
