"""Promotion signals: one small module per signal, each reporting what it saw.

Every signal is a function `(sentence, table, page) -> list[str]` returning named evidence such as
"call to action: visit"; `page` is the document's `signals.page.Page` (or None when a sentence is judged on
its own). `checker.judging.promotion` weighs the named signals, and the page's, and decides whether a sentence is
promotion.
"""
from __future__ import annotations

from collections.abc import Callable

from claims import Sentence
from sources import SourceTable

Signal = Callable[..., list[str]]

from checker.judging.signals import (  # noqa: E402
    affiliate, call_to_action, caution, commerce, contact, endorsement, entities, listicle, product_claim,
    product_label, product_talk, reader_address, seller_voice,
)

# name -> (function, what it means), in the order the report lists them.
REGISTRY: dict[str, tuple[Signal, str]] = {
    "seller": (entities.sellers, "names a listed seller"),
    "website": (entities.websites, "names a website that is not a recognised clinical, official or reference source"),
    "brand": (entities.brands, "names a brand or product without a domain: joined to a product noun, introduced as a seller, in link text"),
    "affiliate": (affiliate.affiliate, "affiliate links or affiliate/sponsorship disclosures"),
    "sales": (commerce.sales, "offers and sales wording: free shipping above £50, 20% off, refunds, shop now"),
    "pitch-line": (commerce.pitch_line, "a provider's own pitch line: 'Now offering …', 'Why choose us?'"),
    "price-tag": (commerce.price_tag, "a product listing line: a name and its price"),
    "price-line": (commerce.price_line, "a line that is only a price, on a page that sells"),
    "pick": (listicle.pick, "a pick of a best-of list: 'Best Overall: X at Y'"),
    "list-title": (listicle.list_title, "the title of a list of goods to buy: 'The 7 Best Magnesium Gummies of 2025'"),
    "product-claim": (product_claim.product_claim, "a seller or product is the subject of a sentence about what it offers"),
    "self-named": (seller_voice.self_named, "the seller names itself: 'here at X', 'at X we'"),
    "seller-voice": (seller_voice.seller_voice, "the seller's own voice: 'our tinctures', 'we ship'"),
    "service-voice": (seller_voice.service_voice, "a clinic or paid service speaking of its own: 'our program', 'we also offer infusions'"),
    "first-person": (seller_voice.first_person, "the author of a page that sells speaks of itself: 'we', 'our'"),
    "commerce": (commerce.commerce, "shop words: buying, delivery, discounts, refunds"),
    "price": (commerce.prices, "an amount of money"),
    "endorsement": (endorsement.endorsement, "vouches for a seller or product, or rates it"),
    "call-to-action": (call_to_action.call_to_action, "tells the reader to go somewhere or do something commercial"),
    "contact": (contact.contact, "a booking or contact line: 'contact us on …', 'book a consultation'"),
    "service-pitch": (contact.service_pitch, "the reader as a customer of a service: 'your initial consultation'"),
    "customer-path": (contact.customer_path, "a page selling a service tells the reader what will happen: 'you'll meet …'"),
    "product-talk": (product_talk.product_talk, "describes the goods: 'this tincture', 'each bar', the page's own products"),
    "label-claim": (product_label.label_claim, "a claim marked with a supplement label's asterisk: 'supports a healthy mood*'"),
    "tagline": (product_label.tagline, "a product's benefit tagline on a page that sells: 'Promotes Healthy Brain Function'"),
    "credentials": (product_label.credentials, "a product's credentials on a page that sells its goods: 'Gluten-Free', 'Made in USA'"),
    "listing": (product_label.product_listing, "a product listed by name and size or mark on a page that sells: 'Calm Drops - 30mL'"),
    "reader-address": (reader_address.reader_address, "a page that sells speaks to its customer: 'you get everything hemp has to offer'"),
    "hype": (product_talk.hype, "the loud words of sales copy"),
    "disclaimer": (caution.disclaimer, "a seller's own disclaimer: 'consult your doctor', 'not intended to treat': counts against promotion"),
    "caution": (caution.caution, "a warning, recall, harm, funding or free public service: counts against promotion"),
}
