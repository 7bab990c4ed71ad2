"""Decide, from the named signals, whether a sentence is promotion.

Two passes over a document. The page pass (`checker.judging.signals.page`) counts what the whole page shows about
selling; PAGE_WEIGHTS turn the counts into a score, and at PAGE_THRESHOLD the page sells. Then every
sentence's signals (`checker.judging.signals.REGISTRY`) are weighed with WEIGHTS, plus the context: the page sells,
the sentence describes the list pick just above it, or it names a brand promoted earlier on the page. At
THRESHOLD the sentence is promotion. A sentence that refers back ("These can…", "They…") to promotion just
before it is promotion too.

So the same sentence reads differently on different pages: "We use organic alcohol in our tinctures" is
promotion on a page that sells tinctures and only a claim elsewhere, and a brand named beside a recall or a
regulator's warning, or a free public service, is never promotion.
"""
from __future__ import annotations

import re

from checker.judging.signals import REGISTRY
from checker.judging.signals.page import NEED_A_SELLING_PAGE, PAGE_DEPENDENT, Page, page_context
from checker.judging.signals.product_label import PACK_SPEC_KINDS
from checker.judging.signals.product_talk import is_label
from claims import Kind, Sentence
from sources import SourceTable

# Sentence signal -> (weight of each piece of evidence, the most it adds). Promotion at THRESHOLD.
WEIGHTS: dict[str, tuple[float, float]] = {
    "affiliate": (1.0, 1.0),       # an affiliate link or disclosure sells on its own
    "sales": (1.0, 1.0),           # "free shipping", "20% off", "no questions asked"
    "pitch-line": (1.0, 1.0),      # "Now offering …", "Why choose us?": unless the page serves the public
    "price-tag": (1.0, 1.0),       # "CALM ROOT – ($4.10 / oz.)"
    "price-line": (1.0, 1.0),      # "$39.99 $49.99" on a page that sells
    "pick": (1.0, 1.0),            # "Best Overall: X at Y"
    "list-title": (1.0, 1.0),      # "The 7 Best Magnesium Gummies of 2025"
    "label-claim": (0.5, 0.5),     # "Supports a healthy mood*": a seller marks claims for its label's disclaimer; with the
                                   # page selling (two such claims make it sell), promotion
    "tagline": (1.0, 1.0),         # "Promotes Healthy Brain Function", "Helps ease tension" on a page that sells
    "credentials": (1.0, 1.0),     # "Gluten-Free", "Made in USA" on a page that sells its own goods
    "listing": (1.0, 1.0),         # "Calm Drops - Mint - 30mL - 500 mg" on a page that sells
    "product-claim": (1.0, 1.0),   # "Calmleaf offers a range of oils"
    "self-named": (0.75, 0.75),    # "here at Calmleaf": with one more sign, promotion
    "seller": (0.5, 0.5),          # a listed seller's domain: with selling words, promotion
    "website": (0.5, 0.5),         # an unrecognised website: the same
    "brand": (0.5, 0.5),           # a brand named without a domain: the same
    "seller-voice": (0.5, 0.5),    # "our tinctures": promotion on a page that sells, or with selling words
    "service-voice": (0.5, 0.5),   # "our program", "we also offer injections": the same
    "first-person": (0.5, 0.5),    # "we source our roots from …", read only on a page that sells: with it, promotion
    "commerce": (0.5, 0.5),        # delivery, discounts: the same
    "price": (0.5, 0.5),           # a price: with a seller named, promotion
    "endorsement": (0.5, 0.5),
    "call-to-action": (0.5, 0.5),
    "contact": (0.5, 0.5),         # "contact us on …": promotion on a page that sells a service
    "product-talk": (0.5, 0.5),    # "this tincture", "each bar"
    "service-pitch": (0.5, 0.5),   # "your initial consultation", "a care plan customised for you": promotion on a
                                   # page that sells (fitted on the dev pages: 0.25 left a clinic's own process copy out)
    "customer-path": (0.5, 0.5),   # "you'll start with an initial treatment", read only on a page that sells a service
    "reader-address": (0.5, 0.5),  # "you get everything hemp has to offer", read only on a page that sells
    "hype": (0.5, 0.5),            # "indulgence", "euphoric elixir", "!": with a page that sells, or a brand named, promotion
                                   # (0.25 each until session 6; 0.5 was fitted on ../shared/dev-pages1-6 and changed no
                                   # verdict on their reputable pages or on ../shared/offtopic*)
    "caution": (-1.0, -1.0),       # a recall, a warning, a donor, a free public service
    "disclaimer": (-2.0, -2.0),    # "consult your doctor", "not intended to treat": outweighs a seller's voice and goods
}
# Context -> weight.
CONTEXT_WEIGHTS: dict[str, float] = {
    "page sells": 0.5,             # the sentence's own evidence counts for more on a page that sells
    "describes the pick above": 1.0,  # the blurb under "Best Overall: X at Y"
    "tells a customer's story": 1.0,  # the lines under "Nicole's Story" or "Testimonials" on a page that sells
    "names a brand promoted above": 0.5,
    "names the page's product": 0.5,  # the product or brand the selling page repeats
    "page warns": -0.75,           # on a page that does not sell, next to a warning (a recall, a regulator), or on a
                                   # page that serves the public (the NHS, a helpline) or reports research
    "quotes another's words": -2.0,  # on a page that does not sell, 'the ad stated, "We recommend X"': a regulator's
                                   # ruling or a news report quoting an advert or a founder sells nothing itself, even
                                   # where the words it quotes offer a discount code (-1.0 until clean-sweep3 showed one)
}
# Cautions on a page that make every sentence of it one beside a warning (session 7: the recall notices of
# ../shared/dev-pages10 name their brand two sentences from the word "recall"; no commercial page of the shared,
# extra or dev sets lost a promotion row to it).
WARNING_PAGE = 2
# Evidence that a page's warnings do not outweigh: a seller's own domain, affiliate links, sales wording. On a page
# that serves the public or reports research (a charity, a trial) an unlisted website is its own, or a partner's.
UNMOVED_BY_WARNINGS = frozenset({"seller", "website", "affiliate", "sales", "pick", "price-tag", "price-line",
                                 "label-claim", "list-title"})
THRESHOLD = 1.0
# Who sells: a seller, a website, a brand, the seller's own voice, its goods. Selling words with no one selling
# ("telephone advice and order line") add at most WORDS_ALONE, unless the page around them sells.
WHO = frozenset({"seller", "website", "brand", "seller-voice", "service-voice", "self-named", "product-talk",
                 "first-person"})
WORDS = frozenset({"commerce", "price", "endorsement", "call-to-action", "contact", "service-pitch", "hype",
                   "customer-path", "reader-address"})
WORDS_ALONE = 0.5

# Page feature -> (weight of each occurrence, the most it adds). The page sells at PAGE_THRESHOLD.
PAGE_WEIGHTS: dict[str, tuple[float, float]] = {
    "affiliate": (1.5, 1.5),
    "list picks": (0.75, 1.5),
    "best-of list title": (1.0, 1.0),  # a list of goods to buy is an affiliate page
    "sales wording": (1.0, 1.5),
    "seller names itself": (1.0, 1.0),
    "seller voice": (0.5, 1.5),
    "service voice": (0.25, 0.75), # "our team" is said by public services too
    "first-person voice": (0.25, 0.75),  # the author speaks of itself ("we source…"): a charity or a trust does too,
                                   # so it is not one of PAGE_CORE
    "endorsements": (0.25, 0.75),
    "cart words": (0.5, 1.5),
    "prices": (0.5, 1.0),          # prices alone (an NHS page listing charges) do not make a shop
    "brand offers": (0.75, 1.5),
    "booking or contact lines": (0.5, 0.5),
    "service pitch": (0.25, 0.75),
    "sales tone": (0.25, 0.75),
    "product talk": (0.25, 0.5),
    "repeated product names": (0.5, 0.5),
    "label claims": (0.5, 1.0),    # claims marked for a supplement label's disclaimer: two make a product page,
                                   # unless the page serves the public or does research (`_implied_seller`)
    "benefit lines": (0.5, 1.0),   # "Supports emotional balance.", "Promotes Healthy Sleep": the same
    "pack specs": (0.5, 1.0),      # kinds of a product's pack details: "60 caps", "Serving Size", "Suggested use"
    "public service": (-0.5, -1.0),
    "cautions": (-0.25, -1.0),
    "research voice": (-0.25, -1.0),  # "we plan to study", "participants": a research centre, not a seller
}
# Fitted on ../shared/dev-pages (2026-12-01): at 1.5 shops that name themselves and speak of their goods, but show
# no cart, did not sell; 1.0 turns no reputable page of the shared, extra or dev sets into a selling one.
PAGE_THRESHOLD = 1.0
# A page sells only with at least one of these: someone selling (a seller's voice, a brand, affiliate links, list
# picks, sales wording). Prices, a contact line and a delivery word alone are an NHS trust's fee list too.
PAGE_CORE = frozenset({"affiliate", "list picks", "sales wording", "seller names itself", "seller voice", "brand offers",
                       "repeated product names", "service voice", "best-of list title"})
# Someone sells, though no sentence says so outright (`_implied_seller`), when the author speaks of itself in
# FIRST_PERSON_CORE sentences or more beside pitching (a clinic's "what to expect" page, a retreat's FAQ; fitted on
# ../shared/dev-pages and dev-pages2), when a price stands beside the page describing its goods ("each capsule
# holds …": a product page), or when the page vouches for goods ENDORSING_PAGE times or more ("highly rated",
# "Potency: 3.8/5": a review list cut before its picks; no reputable page of the shared, extra or dev sets has
# more than two, fitted on ../shared/dev-pages5), or when two of its claims are marked for a supplement label's
# disclaimer ("Supports a healthy mood*") or read as its benefit lines beside talk of its goods, or when it prints
# two kinds of a pack's details (`signals.product_label.PACK_SPEC_KINDS`). Never on a page that says it serves the
# public or does research: an NHS trust's fee list and a university's trial page say "we" and give prices too, and
# mark footnotes with asterisks (so there label claims, benefit lines and pack details add nothing to the page's
# score either).
FIRST_PERSON_CORE = 3
LABEL_CLAIMS_PAGE = 2
# Two subjectless lines promising a benefit ("Supports the nervous system.", "Helps maintain a positive outlook.")
# make a product page the same way where the page speaks of its goods ("each capsule …"; a charity lists what its
# service does in the same words) (session 7, on ../shared/dev-pages8: no reputable page of the shared, extra, dev or
# clean-sweep sets has two; the one with more, a leaflet's interaction table, opens its rows with "Increases" and
# "Reduces", which do not count).
BENEFIT_LINES_PAGE = 2
PITCHING = frozenset({"service pitch", "endorsements", "sales tone"})
ENDORSING_PAGE = 4
NOT_A_SELLER = frozenset({"public service", "research voice"})
# A page that says this many times that it serves the public (a free helpline, a referral-only hospital service, a
# watchdog warning of scams) does not sell, whatever else it shows (session 7, on ../shared/clean-sweep2: a hospital's
# TMS service and a consumer office's advice on buying supplements; no commercial page of the shared, extra or dev
# sets says it more than once).
SERVES_THE_PUBLIC = 2
# Page features that count towards selling only where the page says neither of those.
SELLER_ONLY = frozenset({"label claims", "benefit lines", "pack specs"})

# Headings, labels ("Name:") and questions get the page's weight only with evidence of these kinds of their own:
# "Contact us on: …" sells on a clinic's page, "Immune Support*" on a supplement's; a product's name as a heading does
# not.
LABEL_PAGE_EVIDENCE = frozenset({"contact", "seller-voice", "service-voice", "self-named", "sales", "label-claim"})
# Evidence that does not take the page's weight on its own: a page that sells may still cite a journal no list
# knows, or give the cost of a treatment. (Its loud words did not take it until session 6: on the dev pages a
# selling page's exclamations are its pitch, "Welcome to the world of microdosing!", "Stay tuned!".)
NOT_ON_ITS_OWN = frozenset({"website", "price"})
NEGATIVE = frozenset(name for name, (weight, _) in WEIGHTS.items() if weight < 0)

# The heading of a customer's or patient's story, or of a page's testimonials: on a page that sells, what follows
# it (up to the next heading) is the seller's testimonial. A public service tells patients' stories too, so only
# there.
STORY_HEADING = re.compile(
    r"^(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?['’]s (?:Story|Journey|Experience)|(?:Patient|Client|Customer|Success) "
    r"Stories|Testimonials?|What (?:Our|our) (?:Clients|clients|Patients|patients|Customers|customers) (?:Say|say|Are Saying|are saying))$"
)

# A story is a few sentences; it ends sooner at a label ("Side effects include:") or a warning. Set on the one
# selling page of the dev sets with story headings (../shared/dev-pages6, 2026-12-01): its stories run to 3.
STORY_SENTENCES = 3

_REFERS_BACK = re.compile(
    r"^(?:[A-Z]\w*,\s+)?(?:these|they|both|their|such|each of (?:these|them)|all of (?:these|them))\b"
    r"(?:\s+(?:platforms?|products?|shops?|stores?|brands?|sites?|sellers?|suppliers?|items?|capsules|gummies|edibles))?",
    re.I,
)


def promotion_signals(sentences: list[Sentence], table: SourceTable) -> list[list[str]]:
    """For each sentence, the signals that make it promotion, or [] when it is not."""
    page = page_context(sentences, table)
    decide_page(page)
    results: list[list[str]] = []
    previous_promotion = after_pick = False
    story_left = 0  # sentences still to come of a customer's story, under its heading
    promoted_names: dict[str, re.Pattern] = {}  # each brand promoted so far, and how to find it as a whole word
    # What the page decides for all its sentences. On a list of goods to buy (list picks, a best-of title) a price is
    # the price of a pick, in a table row too.
    lists_goods = page.sells and bool(page.counts["list picks"] or page.counts["best-of list title"])
    alone = NOT_ON_ITS_OWN - {"price"} if lists_goods else NOT_ON_ITS_OWN
    label_evidence = LABEL_PAGE_EVIDENCE | {"price"} if lists_goods else LABEL_PAGE_EVIDENCE
    serves_public = any(page.counts[name] for name in NOT_A_SELLER)
    # A page that warns again and again (a recall notice, a regulator's advice) warns around every sentence of it.
    warning_page = page.counts["cautions"] >= WARNING_PAGE
    unmoved = UNMOVED_BY_WARNINGS - {"website"} if serves_public else UNMOVED_BY_WARNINGS
    rerun = PAGE_DEPENDENT if page.sells else PAGE_DEPENDENT - NEED_A_SELLING_PAGE
    for i, (sentence, seen) in enumerate(zip(sentences, page.seen)):
        seen = {name: REGISTRY[name][0](sentence, table, page) if name in rerun else found
                for name, found in seen.items()}
        context = []
        label = is_label(sentence)
        own = {name for name, found in seen.items() if found and name not in alone and name not in NEGATIVE}
        if page.sells and own and (not label or own & label_evidence):
            context.append(("page sells", f"page sells: {page.evidence}"))
        nearby = warning_page or any(_warns(page.seen[j]) for j in (i - 1, i + 1) if 0 <= j < len(page.seen))
        if not page.sells and (nearby or serves_public) and own and not any(seen[name] for name in unmoved):
            context.append(("page warns", ""))
        if not page.sells and own and page.quoted[i]:
            context.append(("quotes another's words", ""))
        if sentence.kind is Kind.HEADING:
            story_left = STORY_SENTENCES if page.sells and STORY_HEADING.match(sentence.text.strip()) else 0
        elif story_left:
            ends = label or bool(seen["caution"] or seen["disclaimer"])
            story_left = 0 if ends else story_left - 1
            if not ends:
                context.append(("tells a customer's story", "tells a customer's story, under its heading"))
        if after_pick and sentence.kind is not Kind.HEADING:
            context.append(("describes the pick above", "describes the list pick above"))
        named = [] if label else [n for n, pattern in promoted_names.items() if pattern.search(sentence.text)]
        if named:
            context.append(("names a brand promoted above", f"names {named[0]}, promoted above"))
        elif page.sells and not label and page.names_product(sentence.text):
            context.append(("names the page's product", f"names the page's product: {page.names_product(sentence.text)}"))
        promotional = is_promotion(seen, [feature for feature, _ in context])
        signals = [s for name in REGISTRY if name not in NEGATIVE for s in seen[name]] + [s for _, s in context if s]
        if not promotional and previous_promotion and _REFERS_BACK.match(sentence.text) and not seen["caution"]:
            promotional = True
            signals.append("refers back to the promotion before it")
        results.append(signals if promotional else [])
        previous_promotion = promotional
        after_pick = bool(seen["pick"]) or (after_pick and sentence.kind is Kind.HEADING and not promotional)
        if promotional:
            for name, _, _ in page.named.get(sentence.text, ()):
                if len(name) >= 4 and name not in promoted_names:
                    promoted_names[name] = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return results


def _warns(seen: dict[str, list[str]]) -> bool:
    return any(found.startswith("caution") for found in seen["caution"])


def is_promotion(seen: dict[str, list[str]], context: list[str]) -> bool:
    """The decision: the weighted evidence of the sentence and its context reaches THRESHOLD."""
    weights = {name: _weigh(*WEIGHTS[name], len(found)) for name, found in seen.items() if found}
    words = sum(w for name, w in weights.items() if name in WORDS)
    if not (WHO & weights.keys()) and not any(CONTEXT_WEIGHTS[c] > 0 for c in context):
        words = min(words, WORDS_ALONE)
    score = words + sum(w for name, w in weights.items() if name not in WORDS)
    return score + sum(CONTEXT_WEIGHTS[c] for c in context) >= THRESHOLD


def decide_page(page: Page) -> None:
    """Whether the page sells, and the short account the report gives of it ("page sells: 6 prices, cart words")."""
    counted = PAGE_WEIGHTS.keys() - SELLER_ONLY if any(page.counts[name] for name in NOT_A_SELLER) else PAGE_WEIGHTS.keys()
    score = sum(_weigh(*PAGE_WEIGHTS[name], count) for name, count in page.counts.items() if name in counted)
    core = (any(page.counts[name] for name in PAGE_CORE) or page.counts["cart words"] >= 2
            or _implied_seller(page))
    serves_public = page.counts["public service"] >= SERVES_THE_PUBLIC
    page.sells = score >= PAGE_THRESHOLD and core and not serves_public
    if page.sells:
        shown = [name for name, (weight, _) in PAGE_WEIGHTS.items() if weight > 0 and page.counts[name]]
        page.evidence = ", ".join(
            f"{page.counts[name]} {name}" if page.counts[name] > 1 else name for name in shown[:4]
        )


def _implied_seller(page: Page) -> bool:
    counts = page.counts
    if any(counts[name] for name in NOT_A_SELLER):
        return False
    return bool((counts["first-person voice"] >= FIRST_PERSON_CORE and any(counts[name] for name in PITCHING))
                or (counts["prices"] and counts["product talk"])
                or counts["endorsements"] >= ENDORSING_PAGE
                or counts["label claims"] >= LABEL_CLAIMS_PAGE
                or (counts["benefit lines"] >= BENEFIT_LINES_PAGE and counts["product talk"])
                or counts["pack specs"] >= PACK_SPEC_KINDS)


def _weigh(weight: float, most: float, count: int) -> float:
    return max(most, weight * count) if weight < 0 else min(most, weight * count)
