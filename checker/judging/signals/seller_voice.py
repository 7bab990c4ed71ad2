"""The seller's own voice: "our tinctures", "we ship to …", "here at Calmleaf", "we in Calmleaf are …"."""
from __future__ import annotations

import re

from checker.judging.signals.names import NAME
from checker.judging.signals.product_talk import is_label
from checker.judging.signals.vocabulary import (
    EVERYONES_NOUNS, GOODS_NOUNS, INSTITUTION_WORDS, PRODUCT_NOUNS, SERVICE_NOUNS, SERVICE_VOICE_NOUNS, alternation,
)
from claims import Kind, Sentence
from sources import SourceTable

_GOODS = alternation(GOODS_NOUNS)
# "our tinctures", "our magic truffle microdosing product", "my shop".
OUR_GOODS = re.compile(
    rf"\b(?:our|my)\s+(?:own\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_GOODS})\b|\b(?:{_GOODS}) (?:like|such as|of) ours\b"
)
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
# The seller naming itself: "here at Calmleaf", "we in Calmleaf", "at Calmleaf we", "At Calmleaf, all of our …".
_SELF = re.compile(
    rf"\b(?:[Hh]ere at|[Ww]e (?:at|in)|us at|I (?:run|founded|started|own|set up))\s+(?P<after>{NAME.pattern})|"
    rf"\b[Aa]t\s+(?P<before>{NAME.pattern}),?\s+(?:[\w-]+\s+){{0,6}}?(?:we|our)\b"
)
_GATE = re.compile(r"\b(?:we|us|our|here at|i run|i founded|i started|i own|i set up)\b")
# The page's author speaking as itself: "we source our kava from …", "our mission is …", "let us help".
FIRST_PERSON = re.compile(r"\b(?:we|we['’](?:ll|ve|re|d)|us|our|ours|ourselves)\b")
QUOTES = "\"“”‘’'"
# A quotation, or one left open: it runs to the end of the sentence and closes in a later paragraph.
_QUOTED = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)")
# "We" meaning people in general, not the seller: "our bodies", "most of us", "as we age", "we get magnesium from food".
EVERYONE = re.compile(
    rf"\b(?:our|us)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:{alternation(EVERYONES_NOUNS)})\b|"
    r"\b(?:most|many|all|some|half|few|each|none|both|any|one|millions|those|the rest) of us\b|"
    r"\bwe (?:all|humans|people|each)\b|\b(?:as|when|if|because) we (?:age|grow|get older|eat|sleep|exercise)\b|"
    r"\bwe(?:['’]re| are)? (?:need|get|getting|absorb|lose|produce|make|eat|eating) (?:\w+ )?"
    r"(?:from|enough|less|more|it|this|vitamin|magnesium|iron)\b",
)


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


def first_person(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """On a page that sells, its author is the seller: whatever it says of itself in the first person ("we source
    most of our roots from …", "our mission is …") is the seller talking about its business. Elsewhere (a
    regulator, a charity, a research team also say "we") it says nothing, so it is read only once the page's
    decision is made (`signals.page.PAGE_DEPENDENT`). The name the seller gave itself on the page counts as its "we".
    (A name the selling page merely repeats does not: on the dev pages that took in species and product names.)"""
    if page is None or not page.sells or is_label(sentence):
        return []  # a heading or a question ("Our Returns Process", "How We Chose") names a section, it does not sell
    lower = sentence.text.lower()
    named = next((n for n in sorted(page.own_names) if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", lower)), "")
    if named:  # the seller by the name it gave itself on this page: "Calmleaf has grown mushrooms for years"
        return [f"speaks as the seller: {named}"]
    found = page.voices[sentence.text] if sentence.text in page.voices else speaks_for_itself(lower)
    if not found and sentence.kind is not Kind.OTHER:
        # "Calmleaf is a clinic specialising in …", "Calmleaf takes safety seriously": its brand as the subject of a
        # sentence (a product's name on a line of its own is a heading)
        found = next((n for n in sorted(page.house_names) if lower.startswith(n)), "")
    return [f"speaks as the seller: {found}"] if found else []


def speaks_for_itself(lower: str) -> str:
    """The first-person word by which the page's author speaks of itself, or "": not a quotation (someone else's
    "we": an expert quoted on the page) and not "we" meaning everyone."""
    if not FIRST_PERSON.search(lower) or lower.lstrip()[:1] in QUOTES:
        return ""
    match = FIRST_PERSON.search(EVERYONE.sub(" ", _QUOTED.sub(" ", lower)))
    return match.group(0) if match else ""


def own_name(text: str) -> tuple[str, str]:
    """(the words, the name) where the seller names itself ("At Calmleaf, we" -> Calmleaf), or ("", ""). Not in a
    quotation: a news report quoting a charity's director ("At Calmleaf we listen") reports someone else's words."""
    if not _GATE.search(text.lower()) or text.lstrip()[:1] in QUOTES:
        return "", ""
    match = _SELF.search(_QUOTED.sub(" ", text))
    if not match:
        return "", ""
    name = " ".join((match.group("after") or match.group("before")).split())
    if set(re.findall(r"[a-z]+", name.lower())) & INSTITUTION_WORDS:
        return "", ""  # "at the University we", "here at the NHS trust": a public body, not a seller
    if re.fullmatch(r"[A-Z]{3,}", name):
        return "", ""  # an acronym ("at UCLH we", "at BIDMC we") names a hospital or a university as often as a shop
    return " ".join(match.group(0).split()), name


def self_named(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    words, _ = own_name(sentence.text)
    return [f"seller names itself: {words}"] if words else []
