"""Match claims to reference claims: index candidates, re-rank, check agreement, decide the stance."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from enum import Enum

from rapidfuzz import fuzz

from checker.index import PhrasingIndex
from checker.text import CONDITIONS, categories, negated, opposed, quantities, terms, words
from checker.thresholds import DEFAULT, Thresholds
from sources import ReferenceClaim, SourceTable, Stance


class Evidence(str, Enum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    NONE = "none"


@dataclass(frozen=True)
class Match:
    reference: ReferenceClaim
    phrasing: str
    score: float
    evidence: Evidence
    flipped: bool  # the claim denies what the reference states, or the other way round


_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\b(?:but|and|while|whereas|although|though|unlike|rather than)\b", re.I)
_DOMAIN_TERM = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
CACHE_SIZE = 100_000  # claims whose matches are remembered across documents (repeated boilerplate)
MAX_MATCH_CHARS = 2000  # longer "sentences" are page furniture or attacks; their head is enough to judge


@dataclass(frozen=True)
class _Clause:
    terms: frozenset[str]
    negated: bool
    words: frozenset[str]  # for antonyms


@dataclass(frozen=True)
class _Text:
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
    def clauses(self) -> tuple[_Clause, ...]:
        pieces = [c for c in _CLAUSE_BREAK.split(self.text) if c and c.strip()]
        if len(pieces) > 1:
            return tuple(_Clause(frozenset(terms(c)), negated(c), frozenset(words(c))) for c in pieces)
        return (_Clause(self.terms, negated(self.text), frozenset(words(self.text))),)

    def closest_clause(self, wanted: frozenset[str]) -> _Clause:
        """The clause that shares most terms with the other side, where negation is judged."""
        return max(self.clauses, key=lambda clause: len(clause.terms & wanted))


@dataclass(frozen=True)
class _Reference:
    claim: ReferenceClaim
    phrasings: tuple[_Text, ...]
    key_words: frozenset[str]
    subject: frozenset[str]
    # Key terms other than the subject and conditions: in "depression is rare" every sentence about depression
    # has the condition, and in "lion's mane works as well as antidepressants" every sentence about lion's mane
    # has the subject; what makes the reference specific is "rare", "antidepressants".
    specific_words: frozenset[str]


@dataclass
class Prepared:
    """What matching needs from a table, independent of thresholds: built once, cached on disk by `checker.cache`."""

    index: PhrasingIndex
    subjects: dict[str, frozenset[str]]
    condition_terms: frozenset[str]


class Matcher:
    def __init__(
        self, table: SourceTable, thresholds: Thresholds = DEFAULT, prepared: Prepared | None = None, use_index: bool = True
    ):
        self.table = table
        self.thresholds = thresholds
        self.use_index = use_index  # False judges every reference claim: the slow yardstick the index is checked against
        if prepared is None:
            from checker.cache import prepared_for

            prepared = prepared_for(table, self._prepare)
        self.prepared = prepared
        self.index = prepared.index
        self.subjects = prepared.subjects
        self._condition_terms = prepared.condition_terms
        # Reference claims are prepared when they first become a candidate: a run over a large table touches
        # a fraction of them, and the disk cache stays small and quick to load.
        self._references: dict[int, _Reference] = {}
        self._cache: dict[tuple[str, frozenset[str]], list[Match]] = {}
        # each subject filed under one of its terms, so a sentence looks up its own terms, not every subject
        self._subjects_by_term: dict[str, list[frozenset[str]]] = {}
        for needed in set(self.subjects.values()):
            self._subjects_by_term.setdefault(min(needed), []).append(needed)

    def _prepare(self, table: SourceTable) -> Prepared:
        self.index = PhrasingIndex(table.claims)
        self._condition_terms = frozenset(t for c in CONDITIONS for t in terms(c))
        self.subjects = {
            claim.subject: frozenset(terms(claim.subject)) for claim in table.claims if claim.subject and terms(claim.subject)
        }
        return Prepared(self.index, self.subjects, self._condition_terms)

    def with_thresholds(self, thresholds: Thresholds) -> "Matcher":
        other = Matcher(self.table, thresholds, self.prepared, self.use_index)
        other._references = self._references  # prepared references do not depend on thresholds
        return other

    def _prepare_text(self, text: str) -> _Text:
        found = frozenset(t for t in terms(text) if not _DOMAIN_TERM.match(t))
        weight = self.index.weight
        return _Text(text=text, terms=found, weight=sum(weight(t) for t in found) or 1.0, joined=" ".join(sorted(found)))

    def _reference(self, number: int) -> _Reference:
        reference = self._references.get(number)
        if reference is None:
            reference = self._references[number] = self._prepare_reference(self.table.claims[number])
        return reference

    def _prepare_reference(self, claim: ReferenceClaim) -> _Reference:
        own = self.subjects.get(claim.subject, frozenset()) - self._condition_terms
        keys = frozenset().union(*(frozenset(terms(k)) for k in claim.key_terms)) if claim.key_terms else frozenset()
        subject = frozenset(terms(claim.subject)) if claim.subject else frozenset()
        specific = keys - subject
        if claim.stance is Stance.CONTRADICTED:
            specific -= self._condition_terms  # a false claim must carry its false element, not just its topic
        if not specific or specific == keys:
            specific = keys
        return _Reference(claim, tuple(self._prepare_text(p) for p in claim.phrasings), keys, own, specific)

    def subjects_in(self, text: str) -> set[str]:
        """Terms of the treatments, substances and products named in `text` (conditions left out)."""
        present = set(terms(text))
        found = set()
        for term in present:
            for needed in self._subjects_by_term.get(term, ()):
                if needed <= present:
                    found |= needed
        return found - self._condition_terms

    def match_all(self, claims: list[str], contexts: list[str]) -> list[list[Match]]:
        """Accepted matches for each claim, best first. `contexts` lend a subject to claims that name none."""
        prepared = [self._prepare_text(text[:MAX_MATCH_CHARS]) for text in claims]
        subjects = [
            frozenset(self.subjects_in(text[:MAX_MATCH_CHARS]) or self.subjects_in(context[:MAX_MATCH_CHARS]))
            for text, context in zip(claims, contexts)
        ]
        todo = [i for i, (q, s) in enumerate(zip(prepared, subjects)) if (q.text, s) not in self._cache]
        if self.use_index:
            candidates = self.index.candidates([sorted(prepared[i].terms) for i in todo], self.thresholds.candidates)
        else:
            candidates = [range(len(self.table.claims))] * len(todo)
        known = {key: self._cache[key] for key in ((q.text, s) for q, s in zip(prepared, subjects)) if key in self._cache}
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()  # between batches, never within one: this batch's answers are in `known`
        for i, found in zip(todo, candidates):
            query, named = prepared[i], subjects[i]
            judged = [(r, self._judge(query, named, self._reference(r))) for r in found]
            # ties go to the earlier reference in the table, whichever order the candidates came in
            matches = [m for _, m in sorted(((r, m) for r, m in judged if m), key=lambda pair: (-pair[1].score, pair[0]))]
            known[(query.text, named)] = self._cache[(query.text, named)] = matches
        return [known[(q.text, s)] for q, s in zip(prepared, subjects)]

    def rank(self, texts: list[str], limit: int) -> list[list[tuple[int, float]]]:
        """For each text, the `limit` closest reference claims (their numbers in the table) with their BM25
        scores, best first: the candidate stage of every verdict, before thresholds and gates. Measured on
        public benchmarks by benchmarks/quality.py."""
        prepared = [sorted(self._prepare_text(text[:MAX_MATCH_CHARS]).terms) for text in texts]
        return self.index.scored(prepared, max(self.thresholds.candidates, limit))

    def best(self, matches: list[Match]) -> Match | None:
        """The match that decides the evidence: a close contradiction beats a support."""
        if not matches:
            return None
        top = matches[0]
        if top.evidence is Evidence.SUPPORTS:
            for other in matches[1:]:
                if other.evidence is Evidence.CONTRADICTS and other.score >= top.score - self.thresholds.contradiction_margin:
                    return other
        return top

    def _judge(self, query: _Text, subjects: frozenset[str], reference: _Reference) -> Match | None:
        if reference.subject and subjects and not reference.subject & subjects:
            return None  # "ketamine is Class B" is not about psilocybin
        claim = reference.claim
        key_share = len(reference.key_words & query.terms) / len(reference.key_words) if reference.key_words else None
        needed = self.thresholds.key_terms if claim.stance is Stance.SUPPORTED else self.thresholds.key_terms_contradicted
        if key_share is not None and key_share < needed:
            return None  # the claim lacks what makes this reference specific
        specific = reference.specific_words
        if specific and len(specific & query.terms) < needed * len(specific):
            return None  # the subject or condition alone is not what the reference asserts
        best_score, best = -1.0, reference.phrasings[0]
        for phrasing in reference.phrasings:
            score = self._score(query, phrasing, key_share)
            if score > best_score:
                best_score, best = score, phrasing
        if best_score < self.thresholds.match or _disagrees(query, best):
            return None
        claim_clause = query.closest_clause(best.terms)
        reference_clause = best.closest_clause(claim_clause.terms)
        flipped = (claim_clause.negated != reference_clause.negated) != opposed(claim_clause.words, reference_clause.words)
        supports = (claim.stance is Stance.SUPPORTED) != flipped
        evidence = Evidence.SUPPORTS if supports else Evidence.CONTRADICTS
        return Match(claim, best.text, round(best_score, 1), evidence, flipped)

    def _score(self, query: _Text, phrasing: _Text, key_share: float | None) -> float:
        if not phrasing.terms or not query.terms:
            return 0.0
        shared_weight = sum(map(self.index.weight, query.terms & phrasing.terms))
        # The shorter side's coverage leads: a short claim inside a long finding is as close as a short
        # reference inside a long claim.
        covered = sorted((shared_weight / phrasing.weight, shared_weight / query.weight))
        reference_covered, claim_covered = covered[1], covered[0]
        fuzzy = fuzz.token_set_ratio(query.joined, phrasing.joined) / 100
        t = self.thresholds
        return 100 * (
            t.weight_reference_covered * reference_covered
            + t.weight_claim_covered * claim_covered
            + t.weight_fuzzy * fuzzy
            + t.weight_key_terms * (reference_covered if key_share is None else key_share)
        )


def _disagrees(query: _Text, phrasing: _Text) -> bool:
    """Different legal classes, or different amounts of the same unit: 70 mg is not 10 mg."""
    if query.categories and phrasing.categories and not query.categories & phrasing.categories:
        return True
    reference_amounts = phrasing.quantities
    return any(unit in reference_amounts and not values & reference_amounts[unit] for unit, values in query.quantities.items())
