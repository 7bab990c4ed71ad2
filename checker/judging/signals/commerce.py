"""Buying words, offers, prices and price tags."""
from __future__ import annotations

import re

from checker.judging.signals.vocabulary import INSTITUTION_WORDS, PRICE, UNIT_PRICE, cued
from claims import Sentence
from sources import SourceTable

# Selling on their own: nobody writes these outside a sales pitch or a shop's terms.
STRONG = re.compile(
    r"\b(?:buy (?:now|online|today)|shop (?:now|online|today|our)|order (?:now|online|today|yours)|add to (?:cart|basket)|"
    r"\d+\s?% (?:off|discount)|(?:save|saving) (?:up to )?\d+\s?% (?:off|on|with|when|if|every|your)|discount codes?|promo codes?|coupon codes?|use code|"
    r"free (?:delivery|shipping|returns|gift|consultation|trial|samples?)|(?:shipping|delivery) is free|orders? (?:above|over|of) [£$€]\s?\d+|"
    r"next[- ]day delivery|money[- ]back|satisfaction guarantee[ds]?|\d+[- ]day guarantee|no questions asked|"
    r"refund your (?:\w+ )?order|limited[- ]time offer|"
    r"in stock|sale (?:ends|now)|best prices?|buy \d+,? get \d+|bogo|auto[- ]ship|subscribe (?:and|&) save|"
    r"loyalty (?:points|rewards|programme|program|scheme)|loyal customers?|rewards? points?|earn (?:\w+ )?points|"
    r"rewards? (?:programme|program)|refer a friend)\b",
)
# A provider's own pitch line: "Now Offering Spravato!", "Why choose us?", "Why choose Calmleaf's oils?" (not "Why
# choose a generic medicine?"). A free public service writes them too ("Now offering evening appointments"), so
# unlike STRONG they give way to a page that serves the public.
PITCH_LINE = re.compile(
    r"^(?:(?:we(?:'re|’re| are) )?now offering\b|why (?:choose|buy from|shop with) (?:us\b|our\b|[a-z0-9]+['’]s\b))"
)
# A shop's own heading or button: "Buy Fly Agarics", "Shop Calm Drops" (a capitalised name and nothing else). Not a
# campaign's advice ("Buy Safely Online", "Shop Local", "Buy Nothing Day"): those words never name goods.
_ADVICE = "safely|safe|smart|smarter|local|locally|online|now|today|here|wisely|responsibly|legal|legally|better|less|more|nothing|british"
STRONG_HEADING = re.compile(rf"(?:Buy|Shop|BUY|SHOP) (?!(?i:{_ADVICE})\b)(?:[A-Z][\w'’-]*\s?){{1,4}}$")
# Shop words: selling only when a seller or product is named too, or the page sells. Clinical pages quote
# prices, say "available" and talk about delivery of care.
WEAK = re.compile(
    r"(?:\b(?:buy|buying|purchases?|shop|store|(?<!in )order|orders|price[sd]?|pricing|"
    r"discount(?:s|ed)?|deals?|stock(?:s|ists?)|delivered|delivery|deliveries|shipping|ships|shipped|"
    r"discreet(?:ly)?|packaging|refund(?:s|ed)?|returns|return (?:policy|necessary)|subscriptions?|savings|"
    r"promotions?|coupons?|checkout|cart|basket|sales?|sold out|gift cards?|my account|wholesale|bestsell\w*|postage|dispatched|despatched)\b)",
)


# Every match of STRONG, WEAK and PRICE holds one of these.
STRONG_CUES = ("buy", "shop", "order", "add to", "%", "sav", "discount", "promo", "coupon", "use code", "free", "next",
               "money", "questions asked", "guarantee", "refund", "limited", "in stock", "sale", "best price", "bogo", "auto",
               "subscribe", "loyal", "reward", "points", "refer a friend")
WEAK_CUES = ("buy", "purchas", "shop", "store", "order", "pric", "discount", "deal", "stock", "deliver", "shipping", "shipped",
             "ships", "discreet", "packaging", "refund", "return", "subscription", "saving", "promotion", "coupon",
             "checkout", "cart", "basket", "sale", "sold out", "gift card", "my account", "bestsell", "postage", "spatched")
PRICE_CUES = ("£", "$", "€", "usd", "gbp", "eur")


# Offers described as what sellers in general do, the way consumer advice warns of them: "Some products may promise a
# free sample", "Many websites offer a discount to lure you in".
OFFERS_OF_OTHERS = re.compile(
    r"\b(?:some|many|other|these|such|certain|most) (?:[\w-]+ )?(?:products|sellers|companies|websites|sites|shops|"
    r"firms|ads|adverts|advertisements|scammers) (?:may |might |often |can |will |sometimes |usually )?"
    r"(?:promise|offer|advertise|claim|dangle|use)\b"
)


def sales(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    if not cued(lower, STRONG_CUES) or OFFERS_OF_OTHERS.search(lower):
        return []
    found = [f"offer: {' '.join(m.group(0).split())}" for m in STRONG.finditer(lower)]
    heading = STRONG_HEADING.match(sentence.text)
    return found + ([f"offer: {heading.group(0)}"] if heading else [])


def pitch_line(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    found = PITCH_LINE.match(sentence.text.lower())
    return [f"pitch: {found.group(0)}"] if found else []


def commerce(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    if not cued(lower, WEAK_CUES):
        return []
    return [f"shop words: {m.group(0)}" for m in WEAK.finditer(lower)][:3]


def prices(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """Amounts of money: with a seller named, selling; alone, as often the cost of a treatment."""
    if not cued(sentence.text.lower(), PRICE_CUES):
        return []
    return [f"price: {m.group(0).strip()}" for m in PRICE.finditer(sentence.text)][:2]


# The row labels of a company's accounts: "Earnings Per Share (EPS) ($0.56) ($0.57)" is no product's price.
FINANCIAL_WORDS = frozenset("""
    earnings revenue revenues share shares eps loss losses income profit quarter fiscal net ebitda dividend dividends
    cash expenses sales operating
""".split())


def price_tag(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A short line that is a name and a price, the way a product listing reads: "CALM ROOT – ($4.10 / oz.)"."""
    text = sentence.text
    if len(text) > 120 or not cued(text.lower(), PRICE_CUES) or len(text.split()) > 12 or not PRICE.search(text):
        return []
    rest = PRICE.sub(" ", text)
    lower = [w for w in re.findall(r"[A-Za-z]+", rest) if w[0].islower() and len(w) > 3]
    names = re.findall(r"[A-Za-z]+", rest)
    if lower or not names or any(w.lower() in INSTITUTION_WORDS or w.lower() in FINANCIAL_WORDS for w in names):
        return []
    unit = UNIT_PRICE.search(text)
    return [f"price tag: {(unit or PRICE.search(text)).group(0).strip()}"]


# Words a shop's price line carries besides its prices: "$39.99 $49.99", "Save $10", "From £12 each", and its
# delivery options: "Standard (2-3 working days) – £2.95", "Express Tracked – £4.50".
_PRICE_LINE_WORDS = frozenset({"save", "was", "now", "from", "only", "sale", "price", "each", "per", "off", "rrp",
                               "regular", "usd", "gbp", "eur", "inc", "incl", "vat", "standard", "express", "tracked",
                               "next", "day", "days", "working", "business", "delivery", "shipping", "postage",
                               "first", "second", "class", "signed", "for", "international", "uk", "eu", "free", "to"})


def price_line(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A line that is nothing but a price ("€ 79,00", "$39.99 $49.99") on a page that sells: the listing's price.
    Read only once the page's decision is made (`signals.page.PAGE_DEPENDENT`): an NHS trust's fee table has
    such lines too."""
    text = sentence.text
    if page is None or not page.sells or len(text) > 60 or not cued(text.lower(), PRICE_CUES):
        return []
    found = PRICE.search(text)
    words = re.findall(r"[A-Za-z]+", PRICE.sub(" ", text))
    if not found or any(w.lower() not in _PRICE_LINE_WORDS for w in words):
        return []
    return [f"price line: {found.group(0).strip()}"]
