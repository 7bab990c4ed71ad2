"""Affiliate links (tracking parameters) and affiliate or sponsorship disclosures."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from claims import Sentence
from sources import SourceTable

AFFILIATE_PARAMETERS = frozenset(
    {"ref", "aff", "affid", "aff_id", "affiliate", "affiliate_id", "partner", "partnerid", "tag", "irclickid",
     "clickid", "coupon", "discount", "promo", "promocode", "via", "sscid", "avad", "ranmid", "ranEAID".lower()}
)
# "Sponsored by" and "in partnership with" disclose only where the page's own content is sponsored (or at a line's
# start): a trial "sponsored by" a company is research, a pharmacy run "in partnership with" a trust is a service.
_OWN_CONTENT = r"(?:post|article|content|review|page|episode|video|guide|feature|story|list) (?:is |was |has been )?"
_DISCLOSURE = re.compile(
    r"\b(?:affiliate (?:link|links|partner|commission)|we (?:may |will |might )?(?:earn|receive|get) (?:a )?(?:small )?commissions?|"
    r"reader-supported|(?:is|are) (?:[\w-]+ and )?reader supported|"
    r"(?:buy|purchase|shop) (?:something )?(?:through|via|using) (?:the )?links on (?:our|this) (?:site|page)|"
    rf"sponsored (?:post|content)|^sponsored by|{_OWN_CONTENT}sponsored by|paid partnership|^in partnership with|"
    rf"{_OWN_CONTENT}(?:created |written |produced |brought to you )?in partnership with|"
    r"advertiser disclosure|#ad\b|#sponsored\b)",
)


# Every branch of _DISCLOSURE holds one of these, so a sentence without any needs only its links looked at.
CUES = ("affiliate", "commission", "sponsor", "partnership", "#ad", "reader", "links on", "advertiser")


def affiliate(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    cued = any(map(lower.__contains__, CUES))
    if not sentence.urls and not cued:
        return []
    found = []
    for url in sentence.urls:
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        names = {name.lower() for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
        hits = sorted(names & AFFILIATE_PARAMETERS)
        if hits or "/aff/" in parts.path.lower() or parts.path.lower().startswith("/go/"):
            found.append(f"affiliate link ({', '.join(hits) or parts.path})")
    disclosure = _DISCLOSURE.search(lower) if cued else None
    if disclosure:
        found.append(f"affiliate disclosure: {disclosure.group(0).lower()}")
    return found
