"""A pick of a "best X" list: "Best Overall: Calmleaf Sleep Gummies at Bigmart", "Best Budget: Hollow Oak CBD"."""
from __future__ import annotations

import re

from checker.judging.signals.names import is_brandlike
from checker.judging.signals.vocabulary import PRODUCT_NOUNS, alternation
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


# The title of a "best X" list: "The 7 Best Magnesium Gummies of 2025", "Top 10 Reishi Capsules for Sleep",
# "12 Lion's Mane Supplements That Sharpen Focus". Products in the plural, ranked or counted: a public page writes
# "Foods that may help" or "Treatments for insomnia", not a count of goods for sale.
_GOODS = alternation({n for n in PRODUCT_NOUNS if n.endswith("s")} - {"products", "doses", "servings", "microdoses"})
_RANKED = re.compile(
    rf"^(?:the\s+)?(?:\d{{4}}['’]s\s+)?(?:\d+\s+)?(?:best|top(?:\s+\d+)?|top-rated|highest[- ]rated)\s+"
    rf"(?:[\w'’&-]+\s+){{0,4}}?(?:{_GOODS})\b",
    re.I,
)
_COUNTED = re.compile(rf"^\d+\s+(?:[\w'’&-]+\s+){{0,3}}?(?:{_GOODS})\s+(?:that|to|for|of|you)\b", re.I)
TITLE_WORDS = 16


def list_title(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """The title of a list of goods to buy; a sentence ending in a full stop is no title."""
    text = sentence.text.strip()
    if not text[:1].isalnum() or text.endswith(".") or len(text.split()) > TITLE_WORDS:
        return []
    found = _RANKED.match(text) or _COUNTED.match(text)
    return [f"best-of list title: {found.group(0)}"] if found else []
