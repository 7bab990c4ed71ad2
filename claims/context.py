"""Make a claim self-contained: carry a list's lead-in, a label, or a pronoun's antecedent into it."""
from __future__ import annotations

import re

# Without a tagger, an auxiliary or copula is the surest sign that a list item is a sentence of its own.
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|can|could|may|might|will|would|shall|should|must|does|do|did)\b", re.I
)
_LABEL = re.compile(r"^(?P<label>[A-Z][^:]{2,60}):\s+(?P<rest>.+)$", re.S)
_LEADING_PRONOUN = re.compile(
    r"^(?P<connective>(?:however|still|also|moreover|yet|but|and|so|thus|therefore|importantly),?\s+)?"
    r"(?P<pronoun>it|its|they|their|these|this|those)\b(?P<after>\s+\w+)?",
    re.I,
)
_DEMONSTRATIVE_NOUN = re.compile(r"^(?:this|these|those)\s+(?!is\b|are\b|can\b|may\b|will\b|could\b|might\b|have\b|has\b)\w+", re.I)
_BARE_PRONOUN = re.compile(r"^(?:it|they|this|these)\b", re.I)
_OPENER = re.compile(r"^(?:[A-Z][\w’' ]{0,30},\s+)+")
_SUBJECT = re.compile(
    r"^(?P<subject>(?:[\w’'.&-]{1,40}\s+){0,4}?[\w’'.&-]{1,40})\s+(?:is|are|was|were|has|have|had|can|could|may|might|will|would|"
    r"offers?|provides?|remains?|represents?|affects?|helps?|works?|acts?|causes?|reduces?|increases?|sells?|contains?)\b"
)
PRONOUNS = frozenset({"it", "its", "they", "their", "these", "this", "those", "he", "she", "we", "you", "i"})


def subject_of(sentence: str) -> str | None:
    """The grammatical subject of a simple declarative sentence, or None when unclear."""
    body = _OPENER.sub("", sentence.strip(), count=1)
    match = _SUBJECT.match(body)
    if not match:
        return None
    subject = match.group("subject")
    if subject.split()[0].lower() in PRONOUNS:
        return None
    return subject


def self_contained(text: str, *, lead_in: str | None, antecedent: str | None) -> str:
    claim = text.strip()
    label = _LABEL.match(claim)
    if label:
        # "Reduction in suicidal ideation: This effect can be life-saving."
        rest = label.group("rest")
        phrase = _DEMONSTRATIVE_NOUN.match(rest) or _BARE_PRONOUN.match(rest)
        if phrase:
            claim = label.group("label") + rest[phrase.end():]
    elif lead_in and not _FINITE_VERB.search(_LABEL.sub("", claim)):
        # "…highlight ketamine's ability to:" + "Reduce depressive symptoms within hours."
        claim = f"{lead_in.rstrip(': ')} {_lower_first(claim)}"
    elif antecedent:
        claim = _replace_pronoun(claim, antecedent)
    return claim


def _replace_pronoun(claim: str, antecedent: str) -> str:
    match = _LEADING_PRONOUN.match(claim)
    if not match or _DEMONSTRATIVE_NOUN.match(claim[match.start("pronoun"):]):
        return claim
    pronoun = match.group("pronoun").lower()
    replacement = f"{antecedent}'s" if pronoun in ("its", "their") else antecedent
    return claim[: match.start("pronoun")] + replacement + claim[match.end("pronoun"):]


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
