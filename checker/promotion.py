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
        seen = _Seen(sentence, table)
        promotional = bool(
            seen["product-claim"]
            or seen["affiliate"]
            or any(is_strong(s) for s in seen["commerce"])
            or (seen["seller"] and (seen["commerce"] or seen["endorsement"] or seen["call-to-action"]))
        )
        signals = seen.all() if promotional else []
        if not promotional and previous_promotion and _REFERS_BACK.match(sentence.text):
            promotional = True
            signals = seen.all() + ["refers back to the promotion before it"]
        results.append(signals)
        previous_promotion = promotional
    return results


class _Seen(dict):
    """Signals of one sentence, each run when first asked for: most sentences name no seller, so the
    seller-dependent signals are never run for them."""

    def __init__(self, sentence: Sentence, table: SourceTable):
        super().__init__()
        self.sentence, self.table = sentence, table

    def all(self) -> list[str]:
        """Every signal, in the registry's order."""
        return [signal for name in REGISTRY for signal in self[name]]

    def __missing__(self, name: str) -> list[str]:
        found = self[name] = REGISTRY[name][0](self.sentence, self.table)
        return found
