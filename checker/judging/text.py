"""Normalised terms for matching: lower case, light stemming, British and American spellings merged."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

STOPWORDS = frozenset(
    """
    a an the and or of to in on at by for with from as is are was were be been being it its this that these those
    than then there their they them which who whom whose what when where while into onto over under about also such
    can could may might will would shall should must do does did has have had having i we you he she our your his her
    so very more most some any each other many much often own same just like via per up out
    """.split()
)
NEGATIONS = frozenset({"not", "no", "never", "cannot", "none", "nor", "neither", "nothing", "nobody"})
# Conditions are what claims are about, not what they recommend: naming one never rules a reference out.
CONDITIONS = frozenset({"depression", "anxiety", "ptsd", "treatment-resistant depression", "mental health"})
# Spelling and wording variants that mean the same thing for matching.
SYNONYMS = {
    "anaesthetic": "anesthetic", "anaesthesia": "anesthesia", "anesthesia": "anesthetic", "anaesthetics": "anesthetic",
    "ideation": "thought", "thoughts": "thought", "suicidality": "suicidal",
    "meds": "medication", "medicines": "medication", "medicine": "medication", "drugs": "drug",
    "hospitalisations": "hospitalization", "hospitalisation": "hospitalization", "hospitalised": "hospitalized",
    "licenced": "licensed", "licence": "license", "behaviour": "behavior", "programme": "program",
    "paediatric": "pediatric", "oestrogen": "estrogen", "tumour": "tumor", "randomised": "randomized",
    "daily": "day", "hrs": "hours", "hr": "hour", "mins": "minutes", "wks": "weeks",
    "banned": "illegal", "prohibited": "illegal", "unlawful": "illegal", "outlawed": "illegal",
    "jail": "prison", "imprisonment": "prison", "detached": "dissociation", "dissociative": "dissociation",
    "drip": "infusion", "intravenously": "intravenous", "iv": "intravenous", "physician": "doctor",
    "physicians": "doctors", "authorised": "authorized", "authorisation": "authorization", "approval": "approved",
    "approve": "approved", "approves": "approved", "lowers": "reduce", "lower": "reduce", "reduces": "reduce",
    "cuts": "reduce", "eases": "reduce", "ease": "reduce", "relieve": "reduce", "relieves": "reduce",
}
# Acronyms of the bodies health pages cite, read as the body's name, so "the FSA advises" and "the Food Standards
# Agency advises" share their terms. Only acronyms that are not also everyday words ("NICE" is left out).
ABBREVIATIONS = {
    "fsa": "food standards agency", "fss": "food standards scotland", "fda": "food and drug administration",
    "mhra": "medicines and healthcare products regulatory agency", "efsa": "european food safety authority",
    "cdc": "centers for disease control", "dea": "drug enforcement administration",
    "acmd": "advisory council on the misuse of drugs", "nccih": "national center for complementary and integrative health",
    "nida": "national institute on drug abuse", "ema": "european medicines agency",
}
STEMMER_ALGORITHM = "english"
_WORD = re.compile(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*")
_TERM = re.compile(r"[a-z0-9_]+(?:[.'-][a-z0-9_]+)*")
_COMPOUND = re.compile(r"\b(class|schedule|phase|type)\s+([a-c1-5]|i{1,3}|iv|v)\b")
_SUFFIXES = ("ational", "ations", "ation", "ments", "ment", "ness", "ings", "ing", "ities", "ity", "ives", "ive",
             "ions", "ion", "ies", "ied", "edly", "ed", "ers", "er", "es", "ly", "s")


_FOLD = str.maketrans({"’": "'", "‘": "'", "—": " ", "–": "-"})
_POSSESSIVE = re.compile(r"'s\b")
_GLUED_UNIT = re.compile(r"(\d)(mg|mcg|g|kg|ml)\b")
_NOT = re.compile(r"n't\b")
_DIGIT = re.compile(r"\d")
# A hashtag or handle joins its words and marks them by case: "#MagicMushrooms", "@NHSEngland". Split there, so the
# words match ("magic mushrooms"). On CLEF 2020 **train** tweets this took MAP@5 from 0.841 to 0.874 (keeping the
# joined form as well gave 0.871, splitting every word at case changes 0.867); dev was run once, after the choice.
_TAG = re.compile(r"(?<!\w)[#@](\w+)")
_CASE_CHANGE = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=4096)  # terms, words, negation and categories of one sentence each fold it
def fold(text: str) -> str:
    if "#" in text or "@" in text:
        text = _TAG.sub(lambda tag: _CASE_CHANGE.sub(" ", tag.group(1)), text)
    text = text.lower()
    if not text.isascii():  # every character _FOLD maps is outside ASCII (isascii is read from the string's header)
        text = text.translate(_FOLD)
    if "'" in text:
        text = _NOT.sub(" not", _POSSESSIVE.sub("", text))
    if _DIGIT.search(text):
        text = _GLUED_UNIT.sub(r"\1 \2", text)
    if "class" in text or "schedule" in text or "phase" in text or "type" in text:
        text = _COMPOUND.sub(r"\1_\2", text)
    return text


_STEMMER = None


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter's stemmer (PyStemmer's C build), after merging spelling variants."""
    global _STEMMER
    word = SYNONYMS.get(word, word)
    if word[0].isdigit():
        return word
    if _STEMMER is None:
        import Stemmer

        _STEMMER = Stemmer.Stemmer(STEMMER_ALGORITHM)
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=16384)  # a sentence's terms are asked for by subject lookup, matching and its clauses
def terms(text: str) -> tuple[str, ...]:
    """Content terms of a text, stemmed, in order."""
    # Each word's terms are looked up in C; only a word not seen before runs Python (`_word_terms`).
    return tuple(chain.from_iterable(map(_TERMS_OF_WORD.__getitem__, _TERM.findall(fold(text)))))


def _word_terms(word: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in word.split("-") if "-" in word and not word[0].isdigit() else (word,):
        if part in ABBREVIATIONS:
            out.extend(terms(ABBREVIATIONS[part]))
        elif part and part not in STOPWORDS and part not in NEGATIONS:
            out.append(stem(part))
    return tuple(out)


class _WordTerms(dict):
    """A word's terms depend on the word alone, and a run meets far fewer distinct words than texts: each is worked
    out once. Bounded, cleared whole when full."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        if len(self) > WORDS_CACHED:
            self.clear()
        found = self[word] = _word_terms(word)
        return found


WORDS_CACHED = 200_000
_TERMS_OF_WORD = _WordTerms()


_WORDS = re.compile(r"[a-z0-9_']+")


def words(text: str) -> set[str]:
    return set(_WORDS.findall(fold(text)))


# Pairs of opposite word groups: a claim using one side against a reference using the other says the opposite.
ANTONYMS = (
    (frozenset({"safe", "harmless", "risk-free", "gentle", "non-toxic"}),
     frozenset({"damage", "damages", "harm", "harms", "harmful", "toxic", "dangerous", "risky", "injure", "injures", "unsafe"})),
    (frozenset({"legal", "legally", "lawful", "lawfully", "permitted", "allowed", "decriminalised", "decriminalized"}),
     frozenset({"illegal", "illegally", "unlawful", "banned", "prohibited", "offence", "offense", "criminal"})),
    (frozenset({"permanent", "permanently", "lasting", "cure", "cures", "cured"}),
     frozenset({"temporary", "temporarily", "fades", "fade", "wears", "relapse", "relapses"})),
    (frozenset({"increase", "increases", "increased", "raise", "raises", "raised", "higher", "more", "worsen", "worsens", "worse"}),
     frozenset({"decrease", "decreases", "decreased", "reduce", "reduces", "reduced", "lower", "lowers", "less", "fewer", "improve", "improves"})),
    (frozenset({"effective", "works", "helps", "beneficial", "protects", "protective", "prevents"}),
     frozenset({"ineffective", "useless", "worthless", "harmful"})),
    # What the evidence shows: "proven to treat" against "little evidence that it treats".
    (frozenset({"proven", "proves", "established", "demonstrated", "confirmed", "clinically-proven"}),
     frozenset({"little", "limited", "insufficient", "inconclusive", "weak", "unclear", "uncertain", "unproven", "lacking"})),
)


_ANTONYM_WORDS = frozenset().union(*(side for pair in ANTONYMS for side in pair))


def opposed(first: str | set[str], second: str | set[str]) -> bool:
    """Whether the two texts (or their word sets) take opposite sides of one of the ANTONYMS pairs."""
    a = words(first) if isinstance(first, str) else first
    b = words(second) if isinstance(second, str) else second
    if not (a & _ANTONYM_WORDS and b & _ANTONYM_WORDS):
        return False  # most pairs of clauses use none of these words
    for positive, negative in ANTONYMS:
        a_side = (bool(a & positive), bool(a & negative))
        b_side = (bool(b & positive), bool(b & negative))
        if a_side in ((True, False), (False, True)) and b_side in ((True, False), (False, True)) and a_side != b_side:
            return True
    return False


_QUANTITY = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(mg/kg|mg|mcg|µg|g|kg|ml|%|percent|per cent|hours?|h|days?|weeks?|months?|years?)(?![a-z])", re.I
)
_UNIT = {"percent": "%", "per cent": "%", "h": "hour", "hours": "hour", "days": "day", "weeks": "week",
         "months": "month", "years": "year", "µg": "mcg"}


def quantities(text: str) -> dict[str, set[float]]:
    found: dict[str, set[float]] = {}
    for value, unit in _QUANTITY.findall(text):
        unit = _UNIT.get(unit.lower(), unit.lower())
        found.setdefault(unit, set()).add(float(value))
    return found


_CHANGE = re.compile(r"\bfrom\s+(\d+(?:\.\d+)?)\s*([a-z%µ/]+)\s+to\s+(\d+(?:\.\d+)?)\s*([a-z%µ/]+)?", re.I)


def superseded(text: str) -> dict[str, set[float]]:
    """Amounts a text says were replaced: "lowered from 70 mg to 10 mg" supersedes 70 mg (the unit of the new
    amount is the old one's when it is left out)."""
    found: dict[str, set[float]] = {}
    for old, unit, new, new_unit in _CHANGE.findall(text):
        unit = _UNIT.get(unit.lower(), unit.lower())
        if _QUANTITY.fullmatch(f"{old} {unit}") and (not new_unit or _UNIT.get(new_unit.lower(), new_unit.lower()) == unit):
            found.setdefault(unit, set()).add(float(old))
    return found


_CATEGORY = re.compile(r"\b(?:class|schedule)_[a-z0-9]+\b")


def categories(text: str) -> set[str]:
    """Legal categories such as class_b or schedule_1, which must agree exactly."""
    folded = fold(text)
    # every category has an underscore, which `fold` writes: most texts have none and skip the pattern, which
    # begins with a word boundary and so is tried at every position
    return set(_CATEGORY.findall(folded)) if "_" in folded else set()
