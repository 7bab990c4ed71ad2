"""Decide, from the named signals, whether a sentence is promotion.

A sentence is promotion when it names a seller (a listed seller or a website
that no one recognises as a clinical, official or reference source) together
with selling language; when it carries affiliate links or a disclosure; when
it uses unmistakable sales wording; or when it refers back ("These can…",
"Both platforms…") to promotion just before it.
"""
from __future__ import annotations

import re

from checker.signals import REGISTRY
from checker.signals.commerce import is_strong
from claims import Kind, Sentence
from sources import SourceTable

_REFERS_BACK = re.compile(
    r"^(?:[A-Z]\w*,\s+)?(?:these|they|both|their|such|each of (?:these|them)|all of (?:these|them))\b"
    r"(?:\s+(?:platforms?|products?|shops?|stores?|brands?|sites?|sellers?|suppliers?|items?|capsules|gummies|edibles))?",
    re.I,
)


def promotion_signals(sentences: list[Sentence], table: SourceTable) -> list[list[str]]:
    """For each sentence, the signals that make it promotion, or [] when it is not."""
    results: list[list[str]] = []
    previous_promotion = False
    for sentence in sentences:
        if sentence.kind is Kind.HEADING and not sentence.domains:
            results.append([])
            previous_promotion = False
            continue
        seen = {name: rule(sentence, table) for name, (rule, _) in REGISTRY.items()}
        signals = [signal for found in seen.values() for signal in found]
        selling = seen["endorsement"] or seen["call-to-action"] or seen["product-claim"] or seen["commerce"]
        promotional = bool(
            (seen["seller"] and selling)
            or seen["product-claim"]
            or seen["affiliate"]
            or any(is_strong(s) for s in seen["commerce"])
        )
        if not promotional and previous_promotion and _REFERS_BACK.match(sentence.text):
            promotional = True
            signals.append("refers back to the promotion before it")
        results.append(signals if promotional else [])
        previous_promotion = promotional
    return results
