"""The copy of a product's label: claims marked with the label's asterisk, and short benefit taglines.

A marketed supplement marks each health claim with an asterisk that points to the label's disclaimer ("Supports
a healthy mood*", "… memory formation.*2"): it is how a seller words a claim it may make without proof. Reputable
pages do not mark their sentences that way (none of the reputable pages of the shared, extra and dev sets does).
A short line that opens with a benefit verb and has no subject ("Promotes Healthy Brain Function", "Helps relieve
restlessness") is a product's tagline or a bullet of its benefits, but headings and bullets of public pages read like
that too ("Help with Prescription Charges", "Helps build strong bones"), so it counts only on a page that sells
(`signals.page.PAGE_DEPENDENT`). So do two other kinds of a product page's own lines: its credentials ("Gluten-Free",
"Made in USA", "Third-party lab tested") and a listing of a product with its size or mark ("Calm Drops - Mint - 30mL -
500 mg", "Daily Focus Gummies™").
"""
from __future__ import annotations

import re

from checker.judging.signals.vocabulary import PRODUCT_NOUNS
from claims import Kind, Sentence
from sources import SourceTable

# A word, a full stop or a bracket, then one or two asterisks and maybe a footnote number, at the sentence's end.
_LABEL_MARK = re.compile(r"[A-Za-z0-9.)%]\*{1,2}\d{0,2}\s*$")
BENEFIT_VERBS = re.compile(
    r"^(?:supports?|promotes?|boosts?|enhances?|improves?|enrich(?:es)?|amplif(?:y|ies)|calms?|relieves?|"
    r"restores?|strengthens?|sharpens?|balances?|energi[sz]es?|elevates?|nourish(?:es)?|maintains?|fuels?|"
    r"optimi[sz]es?|unlocks?|soothes?|regulates?|defends?|protects?|helps?|reduces?|eases?|increases?|lowers?)\b",
    re.I,
)
TAGLINE_WORDS = 8
# A bullet of a product's benefits in sentence case ("Helps relieve restlessness and nervousness") runs longer than a
# tagline, and it speaks in the third person ("Helps", "Supports": not the imperative of a shop's button, "Increase /
# decrease the number of units"). Set on ../shared/dev-pages* (2026-12-01, session 6): their longest benefit bullet has
# 14 words, and no other subjectless benefit line of a selling page there has up to 20.
BENEFIT_BULLET_WORDS = 16


# A label claim says what the product does for the body; an index term marked the same way ("Dietary Fiber*",
# a database's major topics) says nothing.
_BENEFIT_WORDS = re.compile(
    r"\b(?:supports?|supporting|promotes?|healthy|boosts?|maintains?|helps?|improves?|enhances?|relief|relieves?|"
    r"calms?|balance[sd]?|function|wellbeing|well-being|reduces?|reducer|enhancer|booster|reliever)\b",
    re.I,
)
LABEL_SENTENCE_WORDS = 6


def label_claim(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A claim marked with a supplement label's asterisk: a benefit line, or a whole sentence."""
    text = sentence.text
    if "*" not in text or not _LABEL_MARK.search(text):
        return []
    whole = len(text.split()) >= LABEL_SENTENCE_WORDS and re.search(r"[.!]\*", text)
    if not (whole or _BENEFIT_WORDS.search(text)):
        return []
    return [f"label claim: {' '.join(text.split()[-3:])}"]


# A tagline or bullet has no subject: a line that speaks as someone or to someone is a sentence of the page's copy.
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my|you|your)\b", re.I)


def tagline(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A product's benefit tagline ("Supports Focus & Memory") or benefit bullet ("Helps ease tension"), on a page that
    sells."""
    if page is None or not page.sells:
        return []
    return benefit_line(sentence.text)


# The verbs of what a product claims to do for its buyer. "Increases", "reduces" and "lowers" open the rows of a
# leaflet's table of interactions too ("Increases bleeding risk", "Reduces the effect of digoxin": a reputable page of
# ../shared/clean-sweep), so they do not count towards a page's selling.
_PROMISING = re.compile(r"^(?!(?:increases?|reduces?|lowers?)\b)", re.I)


def promises_benefit(text: str) -> bool:
    """A benefit line (`benefit_line`) that promises something, counted by the page pass: two of them make a product
    page (`promotion.BENEFIT_LINES_PAGE`)."""
    return bool(_PROMISING.match(text.strip())) and bool(benefit_line(text))


def benefit_line(text: str) -> list[str]:
    """Whether a line reads as a tagline or a bullet of a product's benefits, wherever it stands."""
    text = text.strip().rstrip("*")
    words = [w for w in text.split() if w[0].isalpha()]
    if not words or not BENEFIT_VERBS.match(text) or _FIRST_PERSON.search(text):
        return []
    capitalised = sum(w[0].isupper() for w in words)
    if len(words) <= TAGLINE_WORDS and capitalised >= max(2, 0.6 * len(words)):
        return [f"tagline: {text}"]
    if len(text.split()) <= BENEFIT_BULLET_WORDS and words[0].lower().endswith("s"):
        return [f"benefit bullet: {text}"]
    return []


# A product's credentials, as its page lists them: what it is free of, where and how it is made, how it is tested.
CREDENTIALS = re.compile(
    r"\b(?:(?:gluten|dairy|sugar|soy|gmo|thc|cruelty|allergen|pesticide|solvent|heavy[- ]metal)[- ]free|non[- ]gmo|"
    r"vegan|vegetarian[- ]friendly|kosher|halal|(?:usda |certified )organic|c?gmp(?:[- ]certified| compliant)?|"
    r"made (?:in|with)|(?:3rd|third)[- ]party[- ](?:lab[- ])?tested|lab[- ](?:tested|verified)|naturally flavou?red|"
    r"no (?:artificial |added )?(?:preservatives|additives|fillers|binders|colou?rs|flavou?rs|sugar)|"
    r"sustainably (?:harvested|sourced|grown)|small[- ]batch|hand[- ](?:made|picked|harvested))\b",
    re.I,
)
# Credentials are a product page's bullets and badges: short lines, not the sentences of an article about them.
CREDENTIAL_WORDS = 10


def credentials(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A product's credentials on a page that sells its own goods: "Gluten-Free", "Made in USA", "Lab tested"."""
    if page is None or not page.sells or not page.own_goods:
        return []
    text = sentence.text.strip()
    if len(text.split()) > CREDENTIAL_WORDS:
        return []
    found = CREDENTIALS.search(text)
    return [f"product credentials: {found.group(0)}"] if found else []


# A size or strength as a listing gives it: "30mL", "200 mg", "1 fl oz", "60 capsules", "2 SIZES"; or a trademark sign,
# which reading may have turned into letters ("GummiesTM").
_SIZE = re.compile(
    r"\b\d[\d,.]*\s?(?:mg|mcg|ml|g|kg|oz|fl\.? oz|lbs?|ct|count|caplets|capsules|softgels|tablets|gummies|pieces|"
    r"servings|sizes)\b|[™®]|(?<=[a-z)])TM\b",
    re.I,
)
_MARK = re.compile(r"(?:[™®]|(?<=[a-z)])TM)$")
# Words of a sentence, not a listing: a listing names and measures, it does not tell. Lower case, or opening the
# line: "Daily" in a product's name is no instruction.
_TELLING = re.compile(
    r"\b(?:is|are|was|were|be|been|take|takes|taking|use|used|using|may|can|could|should|will|would|contains?|"
    r"helps?|you|your|we|our|if|when|per day|daily|each|every)\b|^(?:Take|Use|Mix|Add|Each|Every|If|When|You|Your|We|Our)\b",
)
LISTING_WORDS = 14
# A heading that names one of the page's goods ("Gelatine Capsules", "Microdosing Starter Pack") is the shop's
# listing too; a heading that asks or explains ("What Are Magic Truffles?", "How to Store Your Oil") is not.
NAME_HEADING_WORDS = 5
_EXPLAINING = re.compile(r"^(?:what|how|why|when|where|which|who|is|are|can|do|does|should|the|a|an|about|types?|"
                         r"benefits?|uses?|history|science|guide|faq)\b", re.I)


def product_listing(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A product listed by its name and size or mark ("Calm Drops - Mint - 30mL - 500 mg"), or named by a heading,
    on a page that sells."""
    if page is None or not page.sells:
        return []
    text = sentence.text.strip()
    words = [_MARK.sub("", w.strip(".,()-")).lower() for w in text.split()]
    if len(words) > LISTING_WORDS or _TELLING.search(text) or not PRODUCT_NOUNS & set(words):
        return []
    if _SIZE.search(text):
        return [f"product listing: {text}"]
    if (sentence.kind is Kind.HEADING and page.own_goods and len(words) <= NAME_HEADING_WORDS
            and words[-1] in PRODUCT_NOUNS and not _EXPLAINING.match(text)):
        return [f"product name: {text}"]
    return []


# The parts of a product's label and pack that a product page prints: how many it holds ("60 caps", "90 capsules per
# bottle"), its serving, its suggested use, its net weight, its facts panel. A leaflet or a recall notice shows one of
# these at most; a product page shows several. Two kinds make a product page (session 7, on ../shared/dev-pages9: no
# reputable page of the shared, extra, dev or clean-sweep sets shows two kinds, a medicine's leaflet and a recall
# notice one).
PACK_SPECS: dict[str, re.Pattern] = {
    "pack count": re.compile(r"\b\d+\s?(?:caps|capsules|vcaps|veg(?:etarian)? caps(?:ules)?|softgels|tablets|gummies|count|ct)\b"
                             r"(?!\s+(?:a|per|each|every|twice|daily|once)\b)", re.I),
    "per pack": re.compile(r"\bper (?:bottle|container|jar|pack|pouch|tub|bag)\b", re.I),
    "serving": re.compile(r"\bserving size\b|\bservings per\b", re.I),
    "suggested use": re.compile(r"\b(?:suggested|recommended) (?:use|usage|serving)\b|^(?:directions|how to use)\b", re.I),
    "net weight": re.compile(r"\bnet (?:wt|weight|contents)\b|\b\d+\s?(?:g|gram|grams|kg|oz|ml)\b(?=\s*(?:$|[-–|)]))", re.I),
    "facts panel": re.compile(r"\bsupplement facts\b|\bother ingredients\b|^ingredients\b", re.I),
}


PACK_SPEC_KINDS = 2


def pack_specs(text: str) -> list[str]:
    """The kinds of pack or label detail a line gives."""
    line = text.strip()
    return [kind for kind, pattern in PACK_SPECS.items() if pattern.search(line)]

