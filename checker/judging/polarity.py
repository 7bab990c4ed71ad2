"""Whether a sentence asserts or denies what it says, and whether it asserts it at all.

Negation is read over the words it governs: the clause that carries the reference's proposition. Two negations in
that clause cancel ("not without side effects" asserts side effects). Hedges ("may", "some studies suggest") and
reported speech ("sellers claim", "is marketed as") are found here and named in the notes.
"""
from __future__ import annotations

import re

from checker.text import fold

# Words that deny what follows them in their clause.
NEGATORS = frozenset({"not", "no", "never", "cannot", "none", "nor", "neither", "nothing", "nobody", "without",
                      "unproven", "lacks", "lack", "lacking", "fails", "failed", "unable"})
# Phrases with a negation word that deny nothing: "not only … but also", "no more than 10 mg", and comparisons
# that state an equivalence ("no better than placebo" says the same as "matches placebo").
_NOT_A_DENIAL = re.compile(
    r"\bnot only\b|\bno longer\b|\bno more than\b|\bno less than\b|\bno matter\b|\bwhether or not\b|"
    r"\bif not\b|\bnot least\b|\bnone the less\b|\bnonetheless\b|"
    r"\b(?:no|not any) (?:better|worse|different|more effective|less effective|safer|more harmful)\b"
)
_WORD = re.compile(r"[a-z0-9_']+")
HEDGES = re.compile(
    r"\b(?:may|might|could|potentially|possibly|perhaps|likely|suggests?|suggested|appears? to|seems? to|"
    r"preliminary|early (?:research|evidence|studies))\b"
)
# The sentence reports what someone else says without asserting it.
REPORTED = re.compile(
    r"\b(?:claims?|claimed|claiming) (?:that|to)\b|\b(?:is|are|was|were|been|being) (?:said|claimed|marketed|advertised|"
    r"promoted|touted|sold|billed|described|believed|rumou?red) (?:to|as)\b|\b(?:marketed|advertised|touted|billed) as\b|"
    r"\bmyths?\b|\bmisconceptions?\b|\bmisinformation\b|\bfalse(?:ly)? (?:claims?|claimed|belief|advertising)\b|"
    r"\b(?:sellers|marketers|vendors|companies|manufacturers|proponents|advocates|some people|many people|users) "
    r"(?:say|claim|believe|think|suggest|insist|argue)\b|\bpurported(?:ly)?\b|\bsupposed(?:ly)?\b|\balleged(?:ly)?\b|"
    r"\bunsubstantiated\b|\bunfounded\b"
)


def negated(clause: str) -> bool:
    """An odd number of denials in the clause."""
    lowered = _NOT_A_DENIAL.sub(" ", fold(clause))
    return sum(1 for word in _WORD.findall(lowered) if word in NEGATORS) % 2 == 1


def hedge_in(text: str) -> str:
    match = HEDGES.search(fold(text))
    return match.group(0) if match else ""


def reported_in(text: str) -> str:
    match = REPORTED.search(fold(text))
    return match.group(0) if match else ""


# A sentence about research being done, planned or asked for, not about what it found.
RESEARCH = re.compile(
    r"\b(?:will be|are being|is being|were|was) (?:assessed|evaluated|measured|investigated|examined|explored|studied|"
    r"tested|recruited|randomi[sz]ed|compared)\b|\b(?:aims?|aimed) to\b|\bwe (?:will|plan|propose|hypothesi[sz]e)\b|"
    r"\b(?:primary|secondary) (?:outcome|endpoint)\b|\bmore research is needed\b|\bhypothesi[sz]ed?\b|\bprotocol\b"
)


def about_research(text: str) -> bool:
    return bool(RESEARCH.search(fold(text)))
