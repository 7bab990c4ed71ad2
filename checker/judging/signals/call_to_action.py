"""Telling the reader to go to a seller: "visit", "check out", "explore … through"."""
from __future__ import annotations

import re

from checker.judging.signals.vocabulary import cued
from claims import Sentence
from sources import SourceTable

CALL = re.compile(
    r"(?:^|[.:;]\s*|\b(?:and|then|so|just|be sure to|make sure (?:to|you)|don't forget to)\s+)(?:visit|check out|head (?:over )?to|click|try|grab|get yours|"
    r"explore|discover|browse|order|shop|see)\b"
    r"|\b(?:available (?:through|from|at|via)|(?:found|bought|purchased|ordered) (?:at|from|through|on)|"
    r"(?:through|from|at|via) (?:our|their) (?:shop|store|website)|link (?:below|above|in bio)|"
    r"learn more by visiting|get started today|sign up (?:now|today)|claim your)\b",
)


CUES = ("visit", "check out", "head", "click", "try", "grab", "get yours", "explore", "discover", "browse", "order", "shop",
        "see", "available", "found", "bought", "purchased", "store", "website", "link", "get started", "sign up",
        "claim your")


def call_to_action(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    if not cued(lower, CUES):
        return []
    return [f"call to action: {m.group(0).strip(' .:;')}" for m in CALL.finditer(lower)]
