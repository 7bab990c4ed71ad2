"""Whether a sentence asserts or denies what it says, and whether it asserts it at all.

Negation is read over the words it governs: the clause that carries the reference's proposition. Two negations in
that clause cancel ("not without side effects" asserts side effects). Hedges ("may", "some studies suggest") and
reported speech ("sellers claim", "is marketed as") are found here and named in the notes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker.judging.text import fold

# Judging asks these of the same sentence for each of its candidate references: each text is read once.
TEXTS_CACHED = 16384

# Words that deny what follows them in their clause.
NEGATORS = frozenset({"not", "no", "never", "cannot", "none", "nor", "neither", "nothing", "nobody", "without",
                      "unproven", "lacks", "lacking", "fails", "failed", "unable"})
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


# Verbs after which "that" opens the reported proposition itself ("studies show that it does not work"); after any
# other word "that", like "who" and "which", opens a relative clause, whose negations describe a noun, not deny
# the sentence ("is not recommended for depression that has not responded").
REPORTING = frozenset(
    """show shows showed shown find finds found suggest suggests suggested say says said state states stated report
    reports reported conclude concludes concluded mean means meant advise advises advised recommend recommends
    recommended claim claims claimed believe believes believed think thinks know known note notes noted argue argues
    argued confirm confirms confirmed indicate indicates indicated demonstrate demonstrates demonstrated is was evidence
    clear true likely possible warn warns warned""".split()
)
RELATIVE = frozenset({"who", "which", "whom", "whose"})


@lru_cache(maxsize=65536)  # a clause is read against every phrasing of every candidate
def negated(clause: str, in_relative_clauses: bool = False) -> bool:
    """An odd number of denials in the clause, outside its relative clauses (or in all of it)."""
    words = _WORD.findall(_NOT_A_DENIAL.sub(" ", fold(clause)))
    count, relative, previous = 0, False, ""
    for word in words:
        if word in RELATIVE or (word == "that" and previous not in REPORTING):
            relative = True
        elif word == "that":
            relative = False  # a reported proposition: its negations count
        elif word in NEGATORS and (in_relative_clauses or not relative):
            count += 1
        previous = word
    return count % 2 == 1


def plainly_negated_or_not(clause: str) -> bool:
    """Whether the clause reads the same with and without the negations of what looks like a relative clause.
    "That" after a noun may open a relative clause or the noun's content ("word from the agency that it will
    not approve …"): when the reading hangs on which, a contradiction is not safe to assert."""
    return negated(clause) == negated(clause, in_relative_clauses=True)


@lru_cache(maxsize=TEXTS_CACHED)
def hedge_in(text: str) -> str:
    match = HEDGES.search(fold(text))
    return match.group(0) if match else ""


@lru_cache(maxsize=TEXTS_CACHED)
def reported_in(text: str) -> str:
    match = REPORTED.search(fold(text))
    return match.group(0) if match else ""


# A sentence about research being done, planned or asked for, not about what it found.
RESEARCH = re.compile(
    r"\b(?:will be|are being|is being|were|was) (?:assessed|evaluated|measured|investigated|examined|explored|studied|"
    r"tested|recruited|randomi[sz]ed|compared)\b|\b(?:aims?|aimed) to\b|\bwe (?:will|plan|propose|hypothesi[sz]e)\b|"
    r"\b(?:primary|secondary) (?:outcome|endpoint)\b|\bmore research is needed\b|\bhypothesi[sz]ed?\b|\bprotocol\b|"
    r"^(?:background|methods?|results?|discussion|conclusions?|objectives?|design|setting|participants)\s*:|"
    r"\bretrospective (?:review|study|analysis)\b|\bwas conducted\b|\bwe (?:reviewed|analy[sz]ed|examined|studied)\b"
)


# A sentence about how things were, not how they are: "used to be legal", "until 2008 they were sold".
PAST = re.compile(
    r"\b(?:used to|was once|were once|there was a time|once a time|formerly|previously|historically|in the past|"
    r"until (?:recently|today|(?:19|20)\d\d|the)|before (?:19|20)\d\d|back in (?:19|20)\d\d|wasn't long ago|"
    r"was not long ago|no longer|not any more|anymore)\b"
)


@lru_cache(maxsize=TEXTS_CACHED)
def about_the_past(text: str) -> str:
    match = PAST.search(fold(text))
    return match.group(0) if match else ""


@lru_cache(maxsize=TEXTS_CACHED)
def about_research(text: str) -> bool:
    return bool(RESEARCH.search(fold(text)))
