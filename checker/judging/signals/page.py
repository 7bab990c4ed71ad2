"""Page context: what a whole document shows about selling, counted once per document.

A shop page, a clinic's page about its own paid treatment, an affiliate "best X" list and an advertorial show
it in what they say around the products: prices, cart and shipping words, the seller's own voice, affiliate
disclosures, list picks, booking lines, the pitch of a service, a product named again and again. A reputable
page naming a product (a recall, a trial, a donor) shows none of that, or shows warnings and free services.
`checker.judging.promotion` weighs these counts and decides whether the page sells.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from checker.judging.signals import names, product_label, product_talk, seller_voice
from checker.judging.signals.vocabulary import PRODUCT_NOUNS, cued
from claims import Kind, Sentence
from sources import SourceTable

# Words of a shop's pages: basket, delivery and returns, discounts and subscriptions. Counted once each. (A
# regulator's "stop-sale order" is no sale.)
CART_WORDS = re.compile(
    r"\b(?:cart|basket|checkout|shipping|free delivery|returns|refunds?|discounts?|coupons?|promo codes?|"
    r"subscriptions?|in stock|sold out|\d+\s?% off|(?<!stop[- ])sales?(?!\s+(?:of|and|,|\w+ing))|loyal customers?|my account|"
    r"gift cards?|bogo|savings|wholesale|bestsell(?:er|ers|ing)|your orders?|postage|dispatched|despatched)\b",
)
_OWN_NOUN = re.compile(r"\b(?:our|my)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+)\b")


@dataclass
class Page:
    """What the page as a whole shows; `sells` and `evidence` are set by `checker.judging.promotion`."""

    counts: Counter = field(default_factory=Counter)
    details: dict[str, list[str]] = field(default_factory=dict)
    capitalised: dict[str, int] = field(default_factory=dict)
    text: str = ""  # the whole page in lower case
    products: set[str] = field(default_factory=set)  # names of products and brands the page repeats, lower case
    own_nouns: set[str] = field(default_factory=set)  # what the seller says it sells: "tincture", "therapy"
    own_names: set[str] = field(default_factory=set)  # what the seller calls itself ("at Calmleaf, we"), lower case
    # Brand names the page joins to its goods or services and repeats ("Calmleaf's ketamine programme", then
    # "Calmleaf is …"), lower case: on a page that sells, a sentence with one of them as its subject is the seller
    # describing itself in the third person.
    house_names: set[str] = field(default_factory=set)
    voices: dict[str, str] = field(default_factory=dict)  # the first-person word each sentence speaks for itself with
    seen: list[dict[str, list[str]]] = field(default_factory=list)  # each sentence's signals, in order
    # Whether each sentence reports someone else's words: a quotation it introduces ('the ad stated, "…"'), or one
    # opened before it and not yet closed (a ruling quoting an advert's list of claims, line by line).
    quoted: list[bool] = field(default_factory=list)
    named: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # names found, by sentence text
    sells: bool = False
    evidence: str = ""

    @property
    def own_goods(self) -> bool:
        """The page sells goods of its own (a shop, a maker), not only links to others' (an affiliate list)."""
        return bool(self.products or self.own_nouns or self.counts["seller voice"] or self.counts["seller names itself"]
                    or self.counts["sales wording"] or self.counts["cart words"] >= 2
                    or self.counts["pack specs"] >= product_label.PACK_SPEC_KINDS)

    def names_product(self, text: str) -> str:
        """The product or brand the page repeats, if the text names it."""
        lower = text.lower()
        return next((p for p in sorted(self.products) if p in lower), "")

    def add(self, feature: str, detail: str, count: int = 1) -> None:
        self.counts[feature] += count
        self.details.setdefault(feature, []).append(detail)


# Sentence signal -> the page feature it counts towards.
PAGE_FEATURES = {
    "sales": "sales wording", "pitch-line": "sales wording", "seller-voice": "seller voice", "self-named": "seller names itself",
    "affiliate": "affiliate", "service-voice": "service voice", "endorsement": "endorsements", "pick": "list picks",
    "contact": "booking or contact lines", "service-pitch": "service pitch", "product-claim": "brand offers",
    "hype": "sales tone", "label-claim": "label claims", "list-title": "best-of list title",
}
# Signals that read the page's decision (whether it sells, what it sells): run again once it is made.
PAGE_DEPENDENT = frozenset({"product-talk", "first-person", "customer-path", "price-line", "tagline", "credentials",
                            "listing", "reader-address"})
# Those of them that say nothing until the page sells: the first pass, which decides whether it does, skips them.
NEED_A_SELLING_PAGE = PAGE_DEPENDENT - {"product-talk"}


_POSSESSIVE = re.compile(r"['’]s?$")
# A quotation that a sentence reports: a reporting verb or the name of a piece of text, then the quoted words; or
# a regulator's finding reported without quotation marks ("It said a post for Calmleaf gave a discount code").
REPORTED_QUOTE = re.compile(
    r"\b(?:stated|states|claimed|claims|read|reads|included|includes|featured|features|said|says|wrote|writes|added|"
    r"adds|promised|promises|heading|headline|caption|wording)\s*[,:]?\s*[“\"‘]|"
    r"\b(?:[Ii]t|[Tt]he (?:ASA|regulator|watchdog|authority|agency|ruling|complainant|council|committee)) "
    r"(?:said|ruled|found|noted|stated|concluded) (?:that )?(?:a|an|the|its)\b"
)


# Each branch of REPORTED_QUOTE needs a quotation mark or one of these verbs; it begins with a word boundary, so
# Python's `re` would try it at every position of every sentence.
_REPORT_CUES = ("“", '"', "‘", "said", "ruled", "found", "noted", "stated", "concluded")


def _reports(text: str) -> bool:
    return any(cue in text for cue in _REPORT_CUES) and bool(REPORTED_QUOTE.search(text))


def _quotations(sentences: list[Sentence]) -> list[bool]:
    """`Page.quoted` for each sentence: one that opens with a quotation mark (a person quoted by a news report), one
    that reports a quotation, or one inside a quotation left open before it. Only curly quotes are followed across
    sentences (a straight quote does not say whether it opens or closes); a heading closes whatever was left open."""
    quoted, open_quotes = [], 0
    for sentence in sentences:
        text = sentence.text
        if sentence.kind is Kind.HEADING:
            open_quotes = 0
        quoted.append(open_quotes > 0 or text.lstrip()[:1] in ("“", '"') or _reports(text))
        open_quotes = max(0, open_quotes + text.count("“") - text.count("”"))
    return quoted


def page_context(sentences: list[Sentence], table: SourceTable) -> Page:
    """The page's counts, and every sentence's signals (`Page.seen`), each signal run once per sentence."""
    from checker.judging.signals import REGISTRY

    page = Page()
    texts = [s.text for s in sentences]
    page.capitalised = names.capitalised_words(texts)
    page.text = " ".join(texts).lower()
    page.quoted = _quotations(sentences)
    mentions: Counter = Counter()
    names_joined: set[str] = set()
    cart: set[str] = set()
    specs: set[str] = set()  # each kind of pack detail counts once
    for sentence in sentences:
        text = sentence.text
        lower = text.lower()
        named = names.named_products(text, page.capitalised, sentence.domains, page.text)
        page.named[text] = named
        seen = {name: [] if name in NEED_A_SELLING_PAGE else function(sentence, table, page)
                for name, (function, _) in REGISTRY.items()}
        page.seen.append(seen)
        if seen["seller"] or seen["website"]:
            continue  # a plug for a shop's website is promotion on its own; it does not make this page the shop
        if page.quoted[len(page.seen) - 1]:
            continue  # someone else's words, reported: what a ruling quotes from an advert does not make it sell
        for name, feature in PAGE_FEATURES.items():
            if seen[name]:
                page.add(feature, seen[name][0])
        for found in seen["price"]:
            page.add("prices", found)
        if seen["commerce"] or seen["sales"]:  # every cart word is a shop word or an offer too
            for word in CART_WORDS.finditer(lower):
                key = word.group(0)
                if key not in cart:
                    cart.add(key)
                    page.add("cart words", key)
        if product_label.BENEFIT_VERBS.match(text) and product_label.promises_benefit(text):
            page.add("benefit lines", text[:40])
        for kind in product_label.pack_specs(text):
            if kind not in specs:
                specs.add(kind)
                page.add("pack specs", kind)
        talk = product_talk.THIS_PRODUCT.search(lower) if cued(lower, product_talk.TALK_CUES) else None
        if talk:
            page.add("product talk", talk.group(0))
        page.voices[text] = seller_voice.speaks_for_itself(lower)  # read again by `first_person` once the page sells
        if page.voices[text] and not seen["caution"]:
            page.add("first-person voice", text[:40])  # counted only beside someone selling (promotion.PAGE_CORE)
        for found in seen["caution"]:
            kind = found.split(":")[0]
            page.add({"public service": "public service", "research": "research voice"}.get(kind, "cautions"), text[:40])
        for match in _OWN_NOUN.finditer(lower) if ("our " in lower or "my " in lower) else ():
            noun = match.group("noun").lower()
            if noun in PRODUCT_NOUNS and noun not in ("product", "products", "range"):
                page.own_nouns.add(noun)  # goods only: "treatment" or "clinic" is also every clinical page's word
        for claim in seen["product-claim"]:
            if claim.split()[-1] in PRODUCT_NOUNS - {"product", "products", "range"}:
                page.own_nouns.add(claim.split()[-1])
        for name, _, phrase in named:
            mentions[phrase] += 1
            bare = _POSSESSIVE.sub("", name.lower())
            if bare != phrase:
                names_joined.add(bare)
        if seen["self-named"]:  # "at Calmleaf, we": the seller's own name is the page's brand
            own = seller_voice.own_name(text)[1].lower()
            page.own_names.add(own)
            mentions[own] += 1
    page.house_names = {n for n in names_joined if len(n) >= 4 and page.text.count(n) >= 2}
    for phrase in mentions:
        count = page.text.count(phrase)
        if count >= 2 and len(phrase) >= 4:
            page.products.add(phrase)
            page.add("repeated product names", f"{phrase} ×{count}")
    for phrase in page.products:
        noun = phrase.split()[-1]
        if noun in PRODUCT_NOUNS and noun not in ("product", "products", "range"):
            page.own_nouns.add(noun)
    page.own_nouns |= {n + "s" for n in page.own_nouns if n + "s" in PRODUCT_NOUNS}
    page.own_nouns |= {n[:-1] for n in page.own_nouns if n.endswith("s") and n[:-1] in PRODUCT_NOUNS}
    return page
