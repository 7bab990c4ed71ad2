"""What judging compares: a text's terms, clauses and amounts, a prepared reference claim, and the features and
polarity readings of one pair. Pure functions; `weight` is the index's term weight."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from checker.judging.polarity import negated
from checker.judging.text import categories, opposed, quantities, superseded, terms, words
from sources import ReferenceClaim

Weight = Callable[[str], float]

# Where one proposition ends and another begins, for reading negation: not at a bare comma or "and", which a
# negation reaches across ("not for anyone pregnant, breastfeeding or on medication"; "truffles are legal,
# mushrooms are not"), nor at a parenthesis (an aside), but at "and" or a comma that opens a new subject
# ("… not a cure, and its effects fade"; "… cannot be possessed and a licence is needed"). Relative clauses are
# handled where negation is counted (checker.judging.polarity).
_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\b(?:but|while|whereas|although|though|unlike|except|rather than|instead of)\b|"
    r"(?:,\s*|\band\s+)(?=(?:it|its|they|their|this|these|those|he|she|we|you|there)\b)|\band\s+(?=(?:a|an|the)\b)",
    re.I,
)
_CONTRAST = re.compile(r"rather than|instead of")


def _next_break(text: str, start: int) -> int:
    found = _CLAUSE_BREAK.search(text, start)
    return found.start() if found else len(text)


@dataclass(frozen=True)
class Clause:
    text: str
    terms: frozenset[str]
    words: frozenset[str]  # for antonyms


@dataclass(frozen=True)
class Text:
    """What scoring needs to know about a text, computed once; what only an accepted match needs, on demand."""

    text: str
    terms: frozenset[str]
    weight: float
    joined: str  # sorted terms, for the fuzzy score

    @cached_property
    def categories(self) -> frozenset[str]:
        return frozenset(categories(self.text))

    @cached_property
    def quantities(self) -> dict:
        return quantities(self.text)

    @cached_property
    def superseded(self) -> dict:
        """Amounts the text says were replaced ("lowered from 70 mg to 10 mg")."""
        return superseded(self.text)

    @cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Adjacent content terms, in order: what a phrase like "within hours" leaves of itself."""
        ordered = terms(self.text)
        return frozenset(zip(ordered, ordered[1:]))

    @cached_property
    def clauses(self) -> tuple[Clause, ...]:
        pieces, start = [], 0
        for found in _CLAUSE_BREAK.finditer(self.text):
            pieces.append(self.text[start:found.start()])
            # what follows "rather than" or "instead of" is denied: "a maintenance treatment rather than a cure"
            start = found.end()
            if _CONTRAST.fullmatch(found.group(0).strip().lower()):
                pieces.append("not " + self.text[start:_next_break(self.text, start)])
                start = _next_break(self.text, start)
        pieces.append(self.text[start:])
        pieces = [c for c in pieces if c.strip() and c.strip() != "not"]
        if len(pieces) > 1:
            return tuple(Clause(c, frozenset(terms(c)), frozenset(words(c))) for c in pieces)
        return (Clause(self.text, self.terms, frozenset(words(self.text))),)

    def closest_clause(self, wanted: frozenset[str]) -> Clause:
        """The clause that shares most terms with the other side, where negation is judged."""
        return max(self.clauses, key=lambda clause: len(clause.terms & wanted))


@dataclass(frozen=True)
class Reference:
    number: int  # in the table
    claim: ReferenceClaim
    phrasings: tuple[Text, ...]
    key_words: frozenset[str]
    subject: frozenset[str]
    # Key terms other than the subject and conditions: in "depression is rare" every sentence about depression
    # has the condition, and in "lion's mane works as well as antidepressants" every sentence about lion's mane
    # has the subject; what makes the reference specific is "rare", "antidepressants".
    specific_words: frozenset[str]
    key_phrases: tuple[frozenset[str], ...]  # each curated key term's own terms, the subject's left out
    named: frozenset[str]  # the subjects its phrasings name, with broader ones



def readings(query: Text, phrasing: Text) -> tuple[bool, set[bool]]:
    """Whether the claim denies what the phrasing states (or states what it denies), read in the clauses that
    carry the shared terms: the closest clause decides, and any other clause of the phrasing that shares a term
    with the claim must read the same way. "Licensed as an anaesthetic, not as a treatment for depression"
    has two propositions; "Microdosing works, it's not just placebo" is one, written in two clauses."""
    claim_clause = query.closest_clause(phrasing.terms)
    closest = phrasing.closest_clause(claim_clause.terms)

    claim_denies = negated(claim_clause.text)

    def read(clause: Clause) -> set[bool]:
        denies = claim_denies != negated(clause.text)
        opposite = opposed(claim_clause.words, clause.words)
        # A denial that also uses the opposite word ("not legal … banned", "rather than a cure … temporary")
        # may be emphasis or a double negation; and a sentence that denies nothing is no denial of a
        # reference that does ("X is an option" against "there are no options left"): both unclear.
        if (denies and opposite) or (denies and not claim_denies):
            return {True, False}
        return {denies or opposite}

    decided = read(closest)
    found = set(decided)
    for clause in phrasing.clauses:
        if clause.terms & claim_clause.terms:
            found |= read(clause)
    return min(decided), found


def overlap(query: Text, phrasing: Text, weight: Weight) -> float:
    """Which phrasing of a reference is closest: the shared terms' weight over the larger side's."""
    if not phrasing.terms or not query.terms:
        return 0.0
    shared = sum(map(weight, query.terms & phrasing.terms))
    return shared / max(phrasing.weight, query.weight)


def pair_features(query: Text, phrasing: Text, weight: Weight, own: frozenset[str] = frozenset()) -> dict[str, float]:
    """The features of `checker.judging.decision.FEATURES` that compare the two texts themselves. `own` holds the
    terms of the sentence itself when the query is its self-contained form: words of a lead-in or heading count
    when the phrasing shares them, and are not held against it when it does not."""
    if not phrasing.terms or not query.terms:
        return dict(reference_covered=0.0, claim_covered=0.0, fuzzy=0.0, phrase_share=0.0)
    shared = query.terms & phrasing.terms
    shared_weight = sum(map(weight, shared))
    claim_weight = sum(map(weight, own | shared)) if own else query.weight
    pairs = phrasing.pairs
    return dict(
        reference_covered=shared_weight / phrasing.weight,
        claim_covered=shared_weight / claim_weight if claim_weight else 0.0,
        fuzzy=fuzz.token_set_ratio(query.joined, phrasing.joined) / 100,
        phrase_share=len(pairs & query.pairs) / len(pairs) if pairs else 0.0,
    )


def beyond_topic(query: Text, phrasing: Text, topic: frozenset[str], weight: Weight) -> float:
    """How much of what the phrasing says besides its topic the sentence shares: two sentences about ketamine and
    depression share those words whatever they assert about them."""
    rest = phrasing.terms - topic
    if not rest:
        return 0.0
    return sum(map(weight, rest & query.terms)) / sum(map(weight, rest))


def disagrees(query: Text, phrasing: Text) -> str:
    """Different legal classes, or different amounts of the same unit: 70 mg is not 10 mg."""
    if query.categories and phrasing.categories and not query.categories & phrasing.categories:
        return f"legal class {', '.join(sorted(query.categories))} against {', '.join(sorted(phrasing.categories))}"
    reference_amounts, replaced = phrasing.quantities, phrasing.superseded
    for unit, values in query.quantities.items():
        if unit in reference_amounts and not values & reference_amounts[unit]:
            return f"amount in {unit} differs from the reference's"
        current = reference_amounts.get(unit, set()) - replaced.get(unit, set())
        if replaced.get(unit) and values & replaced[unit] and not values & current:
            return f"the amount in {unit} is the one the reference says was replaced"
    return ""
