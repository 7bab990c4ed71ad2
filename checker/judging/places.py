"""Where a text places itself: the jurisdictions it names, from place names and bodies that act for a place.

A reference claim scoped to one jurisdiction ("Class B in the UK") judges a sentence only when neither the sentence
nor, if the sentence names no place, its document places itself elsewhere.
"""
from __future__ import annotations

import re

# Names and bodies -> jurisdiction code, as the table's `jurisdiction` column spells them. Case-insensitive
# unless listed in CASED (acronyms that are also ordinary words in lower case: "us").
PLACES = {
    "UK": ["united kingdom", "great britain", "britain", "british", "england", "english law", "scotland", "scottish",
           "wales", "welsh", "northern ireland", "home office", "misuse of drugs act",
           "psychoactive substances act", "scottish medicines consortium", "food standards agency", "crown prosecution"],
    "US": ["united states", "america", "american", "oregon", "colorado", "california",
           "new mexico", "texas", "florida", "new york", "washington state", "virginia", "medicare", "medicaid"],
    "CA": ["canada", "canadian", "health canada", "british columbia", "ontario", "alberta", "quebec"],
    "NL": ["netherlands", "dutch", "amsterdam", "holland"],
    "PT": ["portugal", "portuguese"],
    "AU": ["australia", "australian"],
    "NZ": ["new zealand"],
    "IE": ["ireland", "irish"],
    "DE": ["germany", "german"],
    "FR": ["france", "french"],
    "ES": ["spain", "spanish"],
    "CZ": ["czech republic", "czechia"],
    "JM": ["jamaica"],
    "MX": ["mexico"],
    "BR": ["brazil"],
    "EU": ["european union", "europe", "european medicines agency"],
}
CASED = {"UK": ["UK", "U.K.", "GB", "NHS", "NICE", "MHRA"], "US": ["US", "U.S.", "USA", "FDA", "DEA", "CDC"],
         "AU": ["TGA"], "EU": ["EU", "EMA"]}
# A reference scoped to the first judges sentences placed in any of the second.
CONTAINS = {"EU": {"NL", "PT", "IE", "DE", "FR", "ES", "CZ"}}

_NAMES = {name: code for code, names in PLACES.items() for name in names}
# Longest names first, so "british columbia" is Canada, not Britain.
_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True)) + r")\b", re.I)
_CASED_NAMES = {name: code for code, names in CASED.items() for name in names}
_CASED_PATTERN = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in _CASED_NAMES) + r")(?![\w])")


# Python's `re` tries every name of the alternation above at every position of a text, which made reading places
# the slowest step of framing a sentence. A match of a name starts with its first word as a whole run of letters,
# so an ASCII text none of whose runs of letters opens a name cannot match, and skips the pattern.
_FIRST_WORDS = frozenset(name.split()[0] for name in _NAMES)
_LETTER_RUNS = re.compile(r"[a-z]+")
# Under re.I, `re` cannot skip a name on its first letter in C, so it tried all 80 at every word boundary. An
# ASCII text is matched lower-cased against the same (lower-case) names, case-sensitively: the same matches, since
# ASCII letters fold only onto each other and lower-casing moves no word boundary; about four times as fast.
_LOWER_CASE_PATTERN = re.compile(_PATTERN.pattern)
# Every cased name begins with one of these pairs of characters: a text with none of them holds no cased name.
_CASED_STARTS = re.compile("|".join(sorted({re.escape(name[:2]) for name in _CASED_NAMES})))


def _named_places(text: str) -> set[str]:
    if not text.isascii():
        # re.I folds a few other letters onto ASCII ones (the Kelvin sign is "k"): the pattern itself decides
        return {_NAMES.get(m.group(0).lower()) or _name_matched(m.group(0)) for m in _PATTERN.finditer(text)}
    lowered = text.lower()
    if _FIRST_WORDS.isdisjoint(_LETTER_RUNS.findall(lowered)):
        return set()
    return {_NAMES[m.group(0)] for m in _LOWER_CASE_PATTERN.finditer(lowered)}


def _name_matched(written: str) -> str:
    """The code of the name `written` matched where lower-casing does not give the name back: re.I matches "İ"
    (U+0130) as "i", but its lower case is two characters ("İreland" is Ireland)."""
    return next(code for name, code in _NAMES.items() if re.fullmatch(re.escape(name), written, re.I))


def places_in(text: str) -> frozenset[str]:
    found = _named_places(text)
    if _CASED_STARTS.search(text):
        found |= {_CASED_NAMES[m.group(0)] for m in _CASED_PATTERN.finditer(text)}
    return frozenset(found)


def applies(jurisdiction: str, places: frozenset[str]) -> bool:
    """Whether a reference scoped to `jurisdiction` may judge a sentence placed in `places` (empty: anywhere)."""
    if not places or jurisdiction in ("", "INT"):
        return True
    return jurisdiction in places or bool(CONTAINS.get(jurisdiction, set()) & places)
