"""Buying words, prices, discounts and delivery offers."""
from __future__ import annotations

import re

from claims import Sentence
from sources import SourceTable

# Selling on their own: nobody writes these outside a sales pitch.
STRONG = re.compile(
    r"\b(?:buy (?:now|online|today)|shop (?:now|online|today|our)|order (?:now|online|today|yours)|add to (?:cart|basket)|"
    r"\d+\s?% off|discount code|promo code|coupon code|use code|free (?:delivery|shipping)|next[- ]day delivery|"
    r"money[- ]back guarantee|limited[- ]time offer|in stock|sale ends|best prices?)\b",
    re.I,
)
# Selling only when a seller or product is named too: clinical pages quote prices and say "available".
WEAK = re.compile(
    r"(?:[£$€]\s?\d[\d,.]*|\b(?:buy|buying|purchase|shop|store|order|price[sd]?|pricing|discount(?:ed)?|deals?|"
    r"offers? a range|range of|stock(?:s|ists?)|delivered|delivery|discreet(?:ly)?|packaging|capsules|gummies|"
    r"edibles?|products?|brand)\b)",
    re.I,
)


def commerce(sentence: Sentence, table: SourceTable) -> list[str]:
    strong = [f"commerce: {m.group(0).lower()}" for m in STRONG.finditer(sentence.text)]
    weak = [f"commerce words: {m.group(0).lower()}" for m in WEAK.finditer(sentence.text)]
    return strong + weak[:3]


def is_strong(signal: str) -> bool:
    return signal.startswith("commerce: ")
