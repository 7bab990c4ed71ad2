"""A pick of a "best X" list: "Best Overall: Calmleaf Sleep Gummies at Bigmart", "Best Budget: Hollow Oak CBD"."""
from __future__ import annotations

import re

from checker.judging.signals.names import is_brandlike
from claims import Sentence
from sources import SourceTable

PICK = re.compile(
    r"^\W*(?:#?\d+[.)]\s*)?(?P<label>(?i:best|top|runner[- ]up|budget|premium|editor'?s'?|our (?:top )?)[^:]{0,40}):\s*"
    r"(?P<name>[A-Z0-9][^:|]{1,90}?)(?:\s+at\s+(?P<shop>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}))?"
    r"(?:\s*[|–-]\s*(?i:(?:read (?:the |our )?)?(?:full )?review|see (?:price|deal)|check price))?\W*$",
)
# A product line of a review list that links to its review: "Calm Drops 500 mg | full review".
REVIEW_LINK = re.compile(r"^[A-Z0-9][^|]{2,90}\|\s*(?i:(?:read (?:the |our )?)?full review|read review|see price|check price)\W*$")


def pick(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    if "|" in sentence.text and REVIEW_LINK.match(sentence.text):
        return [f"list pick: {sentence.text.split('|')[0].strip()} (links to its review)"]
    if ":" not in sentence.text:
        return []
    match = PICK.match(sentence.text)
    if not match:
        return []
    name = match.group("name")
    words = re.findall(r"[\w'’.-]+", name)
    if match.group("shop"):
        return [f"list pick: {match.group('label').lower()}: {name} at {match.group('shop')}"]
    # Without "at <shop>", the pick must read as a product's name: no lower-case word ("Best Mushrooms for
    # Anxiety: Fungi for Calming the Mind" is an article's title), and a word that is no ingredient or category.
    plain = [w for w in words if w[:1].islower() and not re.search(r"[A-Z\d]", w)]
    if words and len(words) <= 8 and not plain and is_brandlike(name, False, {}):
        return [f"list pick: {match.group('label').lower()}: {name}"]
    return []
