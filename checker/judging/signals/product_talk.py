"""The seller describing its goods: "this tincture", "each bar", "your chocolate", the page's own products."""
from __future__ import annotations

import re

from checker.judging.signals.vocabulary import HYPE, PRODUCT_NOUNS, alternation, cued
from claims import Kind, Sentence
from sources import SourceTable

# Verbs after "this": "this includes oils" is no product talk.
_VERBS = "includes|contains|means|makes|has|have|lets|allows|helps|shows|gives|takes|uses|involves|requires|explains"
# "each dose", "every serving" are a clinician's words too: they count only as the page's own goods (below).
MEASURES = frozenset({"dose", "doses", "serving", "servings", "microdose", "microdoses"})
# What a shop's listing calls the goods on offer: "This listing is for 250 g of chaga chunks".
LISTING_NOUNS = frozenset({"listing", "item"})
THIS_PRODUCT = re.compile(
    rf"\b(?:this|each|every|your)\s+(?:(?!(?:is|are|was|were|an?|the|{_VERBS})\b)[\w'’-]+\s+){{0,2}}?"
    rf"(?:{alternation(PRODUCT_NOUNS - MEASURES - {'product', 'products', 'range'} | LISTING_NOUNS)})\b",
)
EACH_MEASURE = re.compile(rf"\b(?:this|each|every|your)\s+(?:{alternation(MEASURES)})\b")


def product_talk(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """"This tincture", "each bar": the seller describing its goods. On a page that only links to others' goods
    (an affiliate list), "this oil" is the product category, so it counts only where the page sells its own."""
    found = []
    lower = sentence.text.lower()
    if (page is None or page.own_goods) and cued(lower, TALK_CUES):
        found = [f"product talk: {' '.join(m.group(0).split())}" for m in THIS_PRODUCT.finditer(lower)]
        if page is not None:  # "each dose" on a page whose seller speaks of its own goods
            found += [f"product talk: {m.group(0)}" for m in EACH_MEASURE.finditer(lower)]
    if page is not None and page.sells and page.own_nouns and not is_label(sentence):
        words = set(re.findall(r"[a-z]+", sentence.text.lower()))
        found += [f"names the page's own {n}" for n in sorted(page.own_nouns & words)]
    return found[:3]


TALK_CUES = ("this", "each", "every", "your")
HYPE_CUES = ("indulg", "treat yourself", "of-a-kind", "of a kind", "elixir", "euphoric", "whimsical", "delect",
             "delicious", "savo", "connoisseur", "next big", "game", "must", "unleash", "elevate", "boost your",
             "supercharg", "potent", "finest", "world", "best", "expert", "unique", "sensory", "remarkably", "eco-",
             "eco ", "craft", "artisan", "dash of", "adventure", "signature", "satisf", "ll love", "will love", "all-star",
             "all star", "excellent", "perfect", "created equal")


def hype(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    found = [f"sales tone: {m.group(0)}" for m in HYPE.finditer(lower)] if cued(lower, HYPE_CUES) else []
    if sentence.text.rstrip().endswith("!"):
        found.append("sales tone: exclamation")
    return found


LABEL_WORDS = 8  # the longest "Name:" label; "Polka Dot Shroom Chocolate Bars:", "What's in this article:"


def is_label(sentence: Sentence) -> bool:
    """A heading, a question or a "Name:" label: it names things, it does not describe them."""
    # A long sentence that leads into a list ("Here is what you will see at the checkout page:") still says something.
    text = sentence.text.rstrip()
    return sentence.kind in (Kind.HEADING, Kind.QUESTION) or (text.endswith(":") and len(text.split()) <= LABEL_WORDS)
