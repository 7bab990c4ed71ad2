"""Match claims to reference claims: candidates from the index, each judged by `checker.judging.decision`, cached."""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker.judging.index import PhrasingIndex, TermWeights, without_urls
from checker.judging.decision import Evidence, Judgement, Match, Model, default_model, judge
from checker.judging.frame import Frame
from checker.judging.places import places_in
from checker.judging.subjects import SubjectNames
from checker.judging.texts import Reference, Text
from checker.judging.text import CONDITIONS, terms
from checker.judging.thresholds import DEFAULT, Thresholds
from sources import ReferenceClaim, SourceTable, Stance

__all__ = ["Evidence", "Match", "Matcher", "Prepared"]

_DOMAIN_TERM = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
CACHE_SIZE = 100_000  # claims whose matches are remembered across documents (repeated boilerplate)
MAX_MATCH_CHARS = 2000  # longer "sentences" are page furniture or attacks; their head is enough to judge


@dataclass
class Prepared:
    """What matching needs from a table, independent of thresholds: built once, cached on disk by
    `checker.judging.cache`."""

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
            from checker.judging.cache import prepared_for

            prepared = prepared_for(table, self._prepare)
        self.prepared = prepared
        self.index = prepared.index
        # Judging weighs every term of every pair: the index's weights, looked up in C.
        self.weight = TermWeights(self.index.idf).__getitem__
        self.subjects = prepared.subjects
        self.condition_terms = prepared.condition_terms
        # Reference claims are prepared when they first become a candidate: a run over a large table touches
        # a fraction of them, and the disk cache stays small and quick to load.
        self._references: dict[int, Reference] = {}
        self._cache: dict[tuple[str, Frame], list[Judgement]] = {}
        self.names = SubjectNames(table)
        # subjects some reference claim is about: a sentence about none of them is outside the table
        self.subject_of = [self.names.canonical(c.subject) if c.subject else "" for c in table.claims]
        self.covered_subjects = frozenset(s for s in self.subject_of if s)
        self._subjectless = any(not s for s in self.subject_of)  # references that judge a sentence on any subject
        self.model: Model = default_model()

    def _prepare(self, table: SourceTable) -> Prepared:
        self.index = PhrasingIndex(table.claims)
        self.condition_terms = frozenset(t for c in CONDITIONS for t in terms(c))
        self.subjects = {
            claim.subject: frozenset(terms(claim.subject)) for claim in table.claims if claim.subject and terms(claim.subject)
        }
        return Prepared(self.index, self.subjects, self.condition_terms)

    def with_thresholds(self, thresholds: Thresholds) -> "Matcher":
        other = Matcher(self.table, thresholds, self.prepared, self.use_index)
        other._references = self._references  # prepared references do not depend on thresholds
        other.weight = self.weight
        other.names, other.covered_subjects = self.names, self.covered_subjects
        other.subject_of, other._subjectless = self.subject_of, self._subjectless
        return other

    def _prepare_text(self, text: str) -> Text:
        ordered = terms(without_urls(text))
        found = frozenset(ordered)
        if "." in "".join(found):  # a domain name has a dot: most texts have no such term and skip the filter
            # built in the terms' order, as before: the order a set is filled in is the order its weights are summed
            found = frozenset(t for t in ordered if not _DOMAIN_TERM.match(t))
        return Text(text=text, terms=found, weight=sum(map(self.weight, found)) or 1.0, joined=" ".join(sorted(found)))

    def _reference(self, number: int) -> Reference:
        reference = self._references.get(number)
        if reference is None:
            reference = self._references[number] = self._prepare_reference(number, self.table.claims[number])
        return reference

    def _prepare_reference(self, number: int, claim: ReferenceClaim) -> Reference:
        own = self.subjects.get(claim.subject, frozenset()) - self.condition_terms
        keys = frozenset().union(*(frozenset(terms(k)) for k in claim.key_terms)) if claim.key_terms else frozenset()
        subject = frozenset(terms(claim.subject)) if claim.subject else frozenset()
        specific = keys - subject
        if claim.stance is Stance.CONTRADICTED:
            specific -= self.condition_terms  # a false claim must carry its false element, not just its topic
        if not specific or specific == keys:
            specific = keys
        phrases = tuple(p for p in (frozenset(terms(k)) for k in claim.key_terms) if p and p != subject)
        named = self.names.with_broader(frozenset().union(*(self.names.named(p) for p in claim.phrasings)))
        return Reference(number, claim, tuple(self._prepare_text(p) for p in claim.phrasings), keys, own, specific, phrases,
                          named)

    def match_all(self, claims: list[str], frames: list[Frame] | None = None) -> list[list[Match]]:
        """Accepted matches for each claim, best first. `frames` say what each claim is about and where (see
        `checker.judging.frame`); without them each claim's subject and place are read from the claim alone."""
        return [[j.match for j in found if j.accepted] for found in self._judge_all(claims, frames, keep_all=False)]

    def explain(self, claim: str, frame: Frame | None = None) -> list[Judgement]:
        """Every candidate's judgement for one claim, accepted or not, best first: what `claimsift explain` shows."""
        return self._judge_all([claim], [frame] if frame else None, keep_all=True)[0]

    def frame_of(self, text: str) -> Frame:
        """A claim's frame from its own words only (no document around it)."""
        named = self.names.named(text)
        place = places_in(text)
        return Frame(self.names.with_broader(named), "sentence" if named else "", place, "sentence" if place else "")

    def _judge_all(self, claims: list[str], frames: list[Frame] | None, keep_all: bool) -> list[list[Judgement]]:
        prepared = [self._prepare_text(text[:MAX_MATCH_CHARS]) for text in claims]
        frames = frames or [self.frame_of(text[:MAX_MATCH_CHARS]) for text in claims]
        keys = [(q.text, f) for q, f in zip(prepared, frames)]
        # A claim about no subject the table covers is outside it: no reference can judge it, so it skips the
        # index (most sentences of a repository about other subjects).
        todo = []
        for i, key in enumerate(keys):
            if keep_all or (key not in self._cache and (frames[i].subjects & self.covered_subjects or self._subjectless)):
                todo.append(i)
            elif key not in self._cache:
                self._cache[key] = []
        if self.use_index:
            candidates = self.index.candidates([sorted(prepared[i].terms) for i in todo], self.thresholds.candidates)
        else:
            candidates = [range(len(self.table.claims))] * len(todo)
        known = {key: self._cache[key] for key in keys if key in self._cache and not keep_all}
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()  # between batches, never within one: this batch's answers are in `known`
        for i, found in zip(todo, candidates):
            subjects = frames[i].subjects
            if not keep_all:  # the subject gate, before any reference is prepared
                found = [r for r in found if not self.subject_of[r] or self.subject_of[r] in subjects]
            judged = [(r, judge(prepared[i], frames[i], self._reference(r), self, keep_all)) for r in found]
            judged = [(r, j) for r, j in judged if j is not None and (keep_all or j.accepted)]
            # ties go to the earlier reference in the table, whichever order the candidates came in
            ordered = [j for _, j in sorted(judged, key=lambda pair: (-pair[1].accepted, -pair[1].probability, pair[0]))]
            known[keys[i]] = ordered
            if not keep_all:
                self._cache[keys[i]] = ordered
        return [known[key] for key in keys]

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

