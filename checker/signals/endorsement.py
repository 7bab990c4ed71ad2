"""Language that vouches for a seller or a product."""
from __future__ import annotations

import re

from claims import Sentence
from sources import SourceTable

ENDORSEMENT = re.compile(
    r"\b(?:(?:our|my) (?:top|first|favou?rite) (?:choice|pick)|top[- ]rated|highly recommend(?:ed)?|we recommend|"
    r"trusted (?:platforms?|suppliers?|sellers?|brands?|shops?|vendors?|sources?)|"
    r"reputable (?:suppliers?|sellers?|platforms?|brands?|shops?|vendors?)|"
    r"reliable (?:suppliers?|sellers?|platforms?|brands?|shops?|vendors?|sources?)|"
    r"(?:high|premium|top|best)[- ]quality|premium|best (?:place|site|shop|brand)s? to|"
    r"prioriti[sz]e (?:quality|safety|legality)|lab[- ]tested|legal(?:ly)? (?:and|,) (?:safe|high-quality)|"
    r"safe(?:ly)? and (?:legal(?:ly)?|discreet(?:ly)?)|responsibly sourced|customers? love)\b",
    re.I,
)


def endorsement(sentence: Sentence, table: SourceTable) -> list[str]:
    return [f"endorsement: {m.group(0).lower()}" for m in ENDORSEMENT.finditer(sentence.text)]
