"""Telling the reader to go to a seller: "visit", "check out", "explore … through"."""
from __future__ import annotations

import re

from claims import Sentence
from sources import SourceTable

CALL = re.compile(
    r"(?:^|[.:;]\s*|\b(?:and|then|so|just)\s+)(?:visit|check out|head (?:over )?to|click|try|grab|get yours|"
    r"explore|discover|browse|order|shop|see)\b"
    r"|\b(?:available (?:through|from|at|via)|(?:found|bought|purchased|ordered) (?:at|from|through|on)|"
    r"(?:through|from|at|via) (?:our|their) (?:shop|store|website)|link (?:below|above|in bio)|"
    r"learn more by visiting|get started today|sign up (?:now|today)|claim your)\b",
)


def call_to_action(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    return [f"call to action: {m.group(0).strip(' .:;').lower()}" for m in CALL.finditer(sentence.text.lower())]
