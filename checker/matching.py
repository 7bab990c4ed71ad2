"""Match claims to reference claims: index candidates, re-rank, check agreement, decide the stance."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz

from checker.index import PhrasingIndex
from checker.text import CONDITIONS, categories, negated, opposed, quantities, terms
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


class Matcher:
    def __init__(self, table: SourceTable, thresholds: Thresholds = DEFAULT, index: PhrasingIndex | None = None):
        self.table = table
        self.thresholds = thresholds
        self.index = index or PhrasingIndex(table.claims)
        self.subjects = {
            claim.subject: frozenset(terms(claim.subject)) for claim in table.claims if claim.subject and terms(claim.subject)
        }
        self._condition_terms = frozenset(t for c in CONDITIONS for t in terms(c))
        self._phrasing_terms = {p: terms(p) for claim in table.claims for p in claim.phrasings}
        self._key_terms = {k: frozenset(terms(k)) for claim in table.claims for k in claim.key_terms}

    def with_thresholds(self, thresholds: Thresholds) -> "Matcher":
        return Matcher(self.table, thresholds, self.index)

    def subjects_in(self, text: str) -> set[str]:
        """Terms of the treatments, substances and products named in `text` (conditions left out)."""
        present = set(terms(text))
        found = {term for subject, needed in self.subjects.items() if needed <= present for term in needed}
        return found - self._condition_terms

    def match_all(self, claims: list[str], contexts: list[str]) -> list[list[Match]]:
        """Accepted matches for each claim, best first. `contexts` lend a subject to claims that name none."""
        queries = [[t for t in terms(text) if not _DOMAIN_TERM.match(t)] for text in claims]
        candidates = self.index.candidates(queries, self.thresholds.candidates)
        results = []
        for text, context, query, found in zip(claims, contexts, queries, candidates):
            subjects = self.subjects_in(text) or self.subjects_in(context)
            matches = [m for m in (self._judge(text, query, subjects, self.table.claims[i]) for i in found) if m]
            matches.sort(key=lambda m: -m.score)
            results.append(matches)
        return results

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

    def _judge(self, text: str, query: list[str], subjects: set[str], reference: ReferenceClaim) -> Match | None:
        own = self.subjects[reference.subject] - self._condition_terms if reference.subject in self.subjects else frozenset()
        if own and subjects and not own & subjects:
            return None  # "ketamine is Class B" is not about psilocybin
        query_set = set(query)
        key_share = self._key_share(query_set, reference)
        needed = self.thresholds.key_terms if reference.stance is Stance.SUPPORTED else self.thresholds.key_terms_contradicted
        if key_share is not None and key_share < needed:
            return None  # the claim lacks what makes this reference specific
        best_score, best_phrasing = -1.0, reference.statement
        for phrasing in reference.phrasings:
            score = self._score(query_set, self._phrasing_terms[phrasing], reference)
            if score > best_score:
                best_score, best_phrasing = score, phrasing
        if best_score < self.thresholds.match or _disagrees(text, best_phrasing):
            return None
        claim_clause = _closest_clause(text, self._phrasing_terms[best_phrasing])
        reference_clause = _closest_clause(best_phrasing, terms(claim_clause))
        flipped = (negated(claim_clause) != negated(reference_clause)) != opposed(claim_clause, reference_clause)
        supports = (reference.stance is Stance.SUPPORTED) != flipped
        evidence = Evidence.SUPPORTS if supports else Evidence.CONTRADICTS
        return Match(reference, best_phrasing, round(best_score, 1), evidence, flipped)

    def _key_share(self, query: set[str], reference: ReferenceClaim) -> float | None:
        """Share of the words of the reference's key terms that the claim contains."""
        keys = set().union(*(self._key_terms.get(k, frozenset()) for k in reference.key_terms))
        return len(keys & query) / len(keys) if keys else None

    def _score(self, query: set[str], phrasing: list[str], reference: ReferenceClaim) -> float:
        phrasing_set = set(phrasing)
        if not phrasing_set or not query:
            return 0.0
        weight = self.index.weight
        shared = query & phrasing_set
        shared_weight = sum(weight(t) for t in shared)
        reference_covered = shared_weight / sum(weight(t) for t in phrasing_set)
        claim_covered = shared_weight / sum(weight(t) for t in query)
        fuzzy = fuzz.token_set_ratio(" ".join(sorted(query)), " ".join(sorted(phrasing_set))) / 100
        key_share = self._key_share(query, reference)
        if key_share is None:
            key_share = reference_covered
        t = self.thresholds
        return 100 * (
            t.weight_reference_covered * reference_covered
            + t.weight_claim_covered * claim_covered
            + t.weight_fuzzy * fuzzy
            + t.weight_key_terms * key_share
        )


def _disagrees(text: str, phrasing: str) -> bool:
    """Different legal classes, or different amounts of the same unit: 70 mg is not 10 mg."""
    claim_classes, reference_classes = categories(text), categories(phrasing)
    if claim_classes and reference_classes and not claim_classes & reference_classes:
        return True
    claim_amounts, reference_amounts = quantities(text), quantities(phrasing)
    return any(unit in reference_amounts and not values & reference_amounts[unit] for unit, values in claim_amounts.items())


def _closest_clause(text: str, wanted_terms: list[str]) -> str:
    """The clause of `text` that shares most terms with the other side, where negation is judged."""
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c and c.strip()]
    if len(clauses) <= 1:
        return text
    wanted = set(wanted_terms)
    return max(clauses, key=lambda clause: len(set(terms(clause)) & wanted))
