"""The seller's own voice: "our tinctures", "we ship to …", "here at Calmleaf", "we in Calmleaf are …"."""
from __future__ import annotations

import re

from checker.judging.signals.names import NAME
from checker.judging.signals.vocabulary import (
    GOODS_NOUNS, INSTITUTION_WORDS, PRODUCT_NOUNS, SERVICE_NOUNS, SERVICE_VOICE_NOUNS, alternation,
)
from claims import Sentence
from sources import SourceTable

_GOODS = alternation(GOODS_NOUNS)
# "our tinctures", "our magic truffle microdosing product", "my shop".
OUR_GOODS = re.compile(rf"\b(?:our|my)\s+(?:own\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_GOODS})\b")
# Verbs only a seller says of itself: "we ship", "we sell", "we still have those too".
WE_SELL = re.compile(
    r"\bwe(?:'ll| will| can)?\s+(?:also\s+|still\s+|now\s+|currently\s+|only\s+|always\s+)?"
    r"(?:sell|ship|stock|carry|deliver|(?:have|make|craft|offer|supply) (?:those|these|them|it|plenty|a (?:wide )?range|"
    rf"(?:\w+\s+)?(?:{alternation(PRODUCT_NOUNS)})\b)|reward you|refund|honou?r (?:your|the highest))\b",
)
# A clinic or paid service speaking: "our program", "our clinicians", "we also offer injections".
OUR_SERVICE = re.compile(
    rf"\b(?:our|my)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(SERVICE_VOICE_NOUNS - GOODS_NOUNS)})\b|"
    rf"\bwe (?:also |now |currently |only )?(?:offer|provide) (?:[\w()'’-]+\s+){{0,4}}?(?:{alternation(SERVICE_NOUNS | {'injections'})})\b",
)
# The seller naming itself: "here at Calmleaf", "we in Calmleaf", "at Calmleaf we".
_SELF = re.compile(
    rf"\b(?:[Hh]ere at|[Ww]e (?:at|in)|us at)\s+(?P<after>{NAME.pattern})|\b[Aa]t\s+(?P<before>{NAME.pattern}),?\s+(?:we|our team)\b"
)
_GATE = re.compile(r"\b(?:we|us|here at)\b")


def seller_voice(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    if "our" not in lower and "my " not in lower and "we" not in lower:
        return []
    found = [f"seller voice: {' '.join(m.group(0).lower().split())}" for m in OUR_GOODS.finditer(lower)]
    found += [f"seller voice: {' '.join(m.group(0).lower().split())}" for m in WE_SELL.finditer(lower)]
    return found


def service_voice(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    if "our" not in lower and "my " not in lower and "we " not in lower:
        return []
    return [f"service voice: {' '.join(m.group(0).split())}" for m in OUR_SERVICE.finditer(lower)]


def self_named(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    text = sentence.text
    if not _GATE.search(text.lower()):
        return []
    match = _SELF.search(text)
    if not match or set(re.findall(r"[a-z]+", (match.group("after") or match.group("before")).lower())) & INSTITUTION_WORDS:
        return []  # "at the University we", "here at the NHS trust": a public body, not a seller
    return [f"seller names itself: {' '.join(match.group(0).split())}"]
