"""Language that vouches for a seller or a product, and customer ratings."""
from __future__ import annotations

import re

from checker.judging.signals.vocabulary import cued
from claims import Sentence
from sources import SourceTable

_SELLERS = r"(?:dealers?|sellers?|suppliers?|brands?|shops?|stores?|vendors?|compan(?:y|ies)|sources?|platforms?|retailers?)"
ENDORSEMENT = re.compile(
    r"\b(?:(?:our|my) (?:top |first |favou?rite )?(?:\d+ )?(?:choice|pick)s?|top \d+ (?:brands|picks|products|supplements)|top[- ]rated|highly recommend(?:ed)?|"
    r"(?:we|i) (?:highly |strongly |would )?recommend|top \d+ we recommend|editor'?s'? (?:choice|pick)|"
    rf"trusted {_SELLERS}|reputable {_SELLERS}|reliable {_SELLERS}|the best {_SELLERS}|best {_SELLERS} to|"
    r"(?:high|premium|top|best)[- ]quality|premium|best place to|best in the business|making waves|one such brand|"
    r"experts? in (?:their|the) field|(?:reliable|consistent) (?:and consistent )?quality|"
    r"the best (?:[\w'’-]+ ){0,3}(?:products|brands|oils|supplements|gummies|capsules|tinctures)|"
    r"prioriti[sz]e (?:quality|safety|legality)|lab[- ]tested|legal(?:ly)? (?:and|,) (?:safe|high-quality)|"
    r"safe(?:ly)? and (?:legal(?:ly)?|discreet(?:ly)?)|responsibly sourced|customers? love|"
    r"\d(?:\.\d)? (?:out of 5 )?stars?|\d(?:\.\d)? ?(?:/ ?5|out of 5)(?!\d)|five[- ]star|highly (?:rated|reviewed)|"
    r"customer reviews?|verified (?:buyer|purchase)|testimonials?|"
    # comparative advertising: "a higher staff ratio than other retreats", "unlike most other brands"
    r"(?:^|than |unlike |compared (?:to|with) )(?:most |many |the )?other (?:[\w-]+ ){0,2}?(?:retreats|brands|companies|clinics|"
    r"products|shops|stores|sellers|providers|suppliers|vendors))\b",
)


CUES = ("choice", "pick", "top", "recommend", "editor", "trusted", "reputable", "reliable", "best", "quality", "premium",
        "making waves", "one such brand", "expert", "consistent", "prioriti", "lab-tested", "lab tested", "legal and",
        "legally and", "legal,", "legally,", "safe and", "safely and", "responsibly", "love", "stars", "star ",
        "five-star", "review", "verified", "testimonial", "other ", "/", "out of 5", "highly")


def endorsement(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    if not cued(lower, CUES):
        return []
    return [f"endorsement: {' '.join(m.group(0).split())}" for m in ENDORSEMENT.finditer(lower)]
