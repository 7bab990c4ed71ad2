"""Match claims to reference claims: index candidates, re-rank, check agreement, decide the stance."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from enum import Enum

from rapidfuzz import fuzz

from checker.index import PhrasingIndex, without_urls
from checker.judging.decision import Judgement, Model, default_model
from checker.judging.frame import Frame
from checker.judging.places import applies, places_in
from checker.judging.polarity import about_research, hedge_in, negated, reported_in
from checker.judging.subjects import SubjectNames
from checker.text import CONDITIONS, categories, opposed, quantities, terms, words
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
    notes: tuple[str, ...] = ()  # hedges, negation


# Where one proposition ends and another begins, for reading negation: not at commas or "and", which a negation
# reaches across ("not for anyone pregnant, breastfeeding or on medication"; "truffles are legal, mushrooms are not").
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
_DOMAIN_TERM = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
CACHE_SIZE = 100_000  # claims whose matches are remembered across documents (repeated boilerplate)
MAX_MATCH_CHARS = 2000
_CONTRAST = re.compile(r"rather than|instead of")


def _next_break(text: str, start: int) -> int:
    found = _CLAUSE_BREAK.search(text, start)
    return found.start() if found else len(text)


CLOSE_PHRASING = 0.8  # phrasings within this share of the best overlap are read for polarity too  # longer "sentences" are page furniture or attacks; their head is enough to judge


@dataclass(frozen=True)
class _Clause:
    text: str
    terms: frozenset[str]
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
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Adjacent content terms, in order: what a phrase like "within hours" leaves of itself."""
        ordered = terms(self.text)
        return frozenset(zip(ordered, ordered[1:]))

    @cached_property
    def clauses(self) -> tuple[_Clause, ...]:
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
            return tuple(_Clause(c, frozenset(terms(c)), frozenset(words(c))) for c in pieces)
        return (_Clause(self.text, self.terms, frozenset(words(self.text))),)

    def closest_clause(self, wanted: frozenset[str]) -> _Clause:
        """The clause that shares most terms with the other side, where negation is judged."""
        return max(self.clauses, key=lambda clause: len(clause.terms & wanted))


@dataclass(frozen=True)
class _Reference:
    number: int  # in the table
    claim: ReferenceClaim
    phrasings: tuple[_Text, ...]
    key_words: frozenset[str]
    subject: frozenset[str]
    # Key terms other than the subject and conditions: in "depression is rare" every sentence about depression
    # has the condition, and in "lion's mane works as well as antidepressants" every sentence about lion's mane
    # has the subject; what makes the reference specific is "rare", "antidepressants".
    specific_words: frozenset[str]
    key_phrases: tuple[frozenset[str], ...]  # each curated key term's own terms, the subject's left out
    named: frozenset[str]  # the subjects its phrasings name, with broader ones


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
        self._cache: dict[tuple[str, Frame], list[Judgement]] = {}
        self.names = SubjectNames(table)
        # subjects some reference claim is about: a sentence about none of them is outside the table
        self._subject_of = [self.names.canonical(c.subject) if c.subject else "" for c in table.claims]
        self.covered_subjects = frozenset(s for s in self._subject_of if s)
        self._subjectless = any(not s for s in self._subject_of)  # references that judge a sentence on any subject
        self.model: Model = default_model()

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
        other.names, other.covered_subjects = self.names, self.covered_subjects
        other._subject_of, other._subjectless = self._subject_of, self._subjectless
        return other

    def _prepare_text(self, text: str) -> _Text:
        found = frozenset(t for t in terms(without_urls(text)) if not _DOMAIN_TERM.match(t))
        weight = self.index.weight
        return _Text(text=text, terms=found, weight=sum(weight(t) for t in found) or 1.0, joined=" ".join(sorted(found)))

    def _reference(self, number: int) -> _Reference:
        reference = self._references.get(number)
        if reference is None:
            reference = self._references[number] = self._prepare_reference(number, self.table.claims[number])
        return reference

    def _prepare_reference(self, number: int, claim: ReferenceClaim) -> _Reference:
        own = self.subjects.get(claim.subject, frozenset()) - self._condition_terms
        keys = frozenset().union(*(frozenset(terms(k)) for k in claim.key_terms)) if claim.key_terms else frozenset()
        subject = frozenset(terms(claim.subject)) if claim.subject else frozenset()
        specific = keys - subject
        if claim.stance is Stance.CONTRADICTED:
            specific -= self._condition_terms  # a false claim must carry its false element, not just its topic
        if not specific or specific == keys:
            specific = keys
        phrases = tuple(p for p in (frozenset(terms(k)) for k in claim.key_terms) if p and p != subject)
        named = self.names.with_broader(frozenset().union(*(self.names.named(p) for p in claim.phrasings)))
        return _Reference(number, claim, tuple(self._prepare_text(p) for p in claim.phrasings), keys, own, specific, phrases,
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
                found = [r for r in found if not self._subject_of[r] or self._subject_of[r] in subjects]
            judged = [(r, self._judge(prepared[i], frames[i], self._reference(r), keep_all)) for r in found]
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

    def _judge(self, query: _Text, frame: Frame, reference: _Reference, keep_all: bool) -> Judgement | None:
        """The gates, then the acceptance model, then the polarity. Without `keep_all` a pair stops at its first
        failed gate and gives None (the hot path); with it every gate is recorded for `explain`."""
        claim, t = reference.claim, self.thresholds
        judgement = Judgement(claim.id)

        def stop(name: str, passed: bool, why: str) -> bool:
            judgement.gate(name, passed, why)
            return not passed and not keep_all

        subject = self._subject_of[reference.number]
        if subject and stop("subject", subject in frame.subjects,
                            f"about {subject}; the sentence is about {', '.join(sorted(frame.subjects)) or 'nothing the table covers'}"
                            + (f" (from its {frame.origin})" if frame.origin and frame.origin != "sentence" else "")):
            return None
        if subject in self.names.conditions:
            # A reference about a condition ("treatment-resistant depression usually means …") judges sentences
            # about the condition, not those about a treatment for it that the reference does not name.
            others = sorted(t for t in frame.subjects - self.names.conditions - reference.named
                            if t in self.covered_subjects and t in self.names.named(query.text))
            if stop("condition", not others, f"about {subject} itself; the sentence is about {', '.join(others)}"
                    if others else f"about {subject} itself"):
                return None
        if stop("place", applies(claim.jurisdiction, frame.places),
                f"scoped to {claim.jurisdiction}; the {frame.place_origin or 'sentence'} names "
                f"{', '.join(sorted(frame.places)) or 'no place'}"):
            return None
        key_share = len(reference.key_words & query.terms) / len(reference.key_words) if reference.key_words else 1.0
        specific = reference.specific_words
        predicate_share = len(specific & query.terms) / len(specific) if specific else key_share
        contradicted = claim.stance is Stance.CONTRADICTED
        needed = t.key_terms_contradicted if contradicted else t.key_terms
        if stop("predicate", predicate_share >= needed and key_share >= t.key_terms,
                f"{len(specific & query.terms)} of {len(specific)} terms of what it asserts "
                f"({', '.join(sorted(specific)) or '-'}) are in the sentence; {needed:.0%} needed"):
            return None
        phrases = reference.key_phrases
        common = dict(
            key_share=key_share, predicate_share=predicate_share,
            key_phrase_share=sum(1 for p in phrases if p <= query.terms) / len(phrases) if phrases else 0.0,
            subject_carried=float(frame.origin not in ("sentence", "")), hedged=float(bool(hedge_in(query.text))),
            about_research=float(about_research(query.text)), length=min(1.0, len(query.terms) / 40),
        )
        # The reference's probability is that of its likeliest phrasing; phrasings whose legal class or amount
        # differs from the sentence's are out.
        candidates, disagreement = [], ""
        for phrasing in reference.phrasings:
            differs = _disagrees(query, phrasing)
            if differs:
                disagreement = disagreement or differs
                continue
            features = {**self._features(query, phrasing), **common}
            # the most either polarity could give: reading polarity costs more than everything else here
            ceiling = max(self.model.probability({**features, "flipped": 0.0}), self.model.probability({**features, "flipped": 1.0}))
            candidates.append((ceiling, phrasing, features))
        if stop("amounts", bool(candidates), disagreement or "same legal classes and amounts"):
            return None
        lowest = min(t.match, t.match_contradicted) / 100
        if not keep_all and max((c for c, _, _ in candidates), default=0.0) < lowest:
            return None  # no phrasing can reach a threshold, whatever its polarity
        options = []
        for ceiling, phrasing, features in candidates:
            flipped_here = self._readings(query, phrasing)[0]
            features = {**features, "flipped": float(flipped_here)}
            options.append((self.model.probability(features), -len(options), phrasing, features, flipped_here))
        if not options:  # explain: show the closest phrasing's figures all the same
            options.append((0.0, 0, reference.phrasings[0], {**self._features(query, reference.phrasings[0]), **common,
                                                             "flipped": 0.0}, False))
        _, _, best, features, flipped = max(options, key=lambda option: option[:2])
        judgement.phrasing = best.text
        # Polarity is read against every phrasing about as close as the best: curators' variants say the same
        # thing with and without negation words, so when close phrasings disagree the polarity is unclear.
        best_score = self._overlap(query, best)
        close = [p for p in reference.phrasings if self._overlap(query, p) >= CLOSE_PHRASING * best_score] or [best]
        readings = self._readings(query, best)[1]
        for phrasing in close:
            readings |= self._readings(query, phrasing)[1]
        judgement.features = features
        judgement.probability = probability = self.model.probability(features)
        supports = (claim.stance is Stance.SUPPORTED) != flipped
        judgement.flipped = flipped
        judgement.evidence = judgement.reading = "supports" if supports else "contradicts"
        needed_probability = t.match if supports else t.match_contradicted
        if stop("accept", 100 * probability >= needed_probability,
                f"probability {probability:.2f} that it asserts the reference; {needed_probability / 100:.2f} needed "
                f"for {judgement.evidence}"):
            return None
        if stop("polarity", len(readings) == 1, "asserts or denies it, as every close phrasing reads" if len(readings) == 1
                else "close phrasings of the reference read it with opposite polarity: unclear"):
            return None
        if not supports:
            # A contradiction fails a build, and reputable pages rarely assert what the table lists as false, so
            # few pairs that reach here are true contradictions. Asserting a false reference must state all of its
            # false element, unhedged, as a finding; denying a supported one needs no more than the model does.
            # (Mirrored in benchmarks/fit_acceptance.py.)
            whole = features["predicate_share"] >= 1.0 and not features["hedged"] and not features["about_research"]
            if stop("whole claim", whole or flipped, "states every term of what the reference asserts, unhedged, as a finding"
                    if whole else "denies what the reference states" if flipped
                    else "asserting a false claim needs every term of what it asserts, no hedge and no study description"):
                return None
            reported = reported_in(query.text)
            if stop("asserted", not reported, f"reported speech ({reported}): the sentence does not assert it"
                    if reported else "the sentence asserts what it says"):
                return None
            # A contradiction fails a build: its subject must be named in the sentence or stood for by its own
            # grammatical subject ("Our capsules are legal …" on a page about microdose capsules).
            if stop("subject named", frame.origin == "sentence" or frame.stand_in,
                    "the sentence names the subject, or its own subject stands for it" if frame.origin == "sentence" or frame.stand_in
                    else f"a contradiction needs its subject named in the sentence, not only in its {frame.origin or 'context'}"):
                return None
        judgement.accepted = all(g.passed for g in judgement.gates)
        if not judgement.accepted:
            judgement.evidence = "none"
        hedge, reported = hedge_in(query.text), reported_in(query.text)
        if hedge:
            judgement.notes.append(f"hedged ({hedge}): judged as if stated")
        if reported:
            judgement.notes.append(f"reported speech ({reported}): never read as asserting a false claim")
        if flipped:
            judgement.notes.append("negation: the claim denies the reference statement" if claim.stance is Stance.SUPPORTED
                                   else "negation: the claim denies a false statement")
        judgement.match = Match(claim, best.text, judgement.score, Evidence(judgement.evidence), flipped, tuple(judgement.notes))
        return judgement

    @staticmethod
    def _readings(query: _Text, phrasing: _Text) -> tuple[bool, set[bool]]:
        """Whether the claim denies what the phrasing states (or states what it denies), read in the clauses that
        carry the shared terms: the closest clause decides, and any other clause of the phrasing that shares a term
        with the claim must read the same way. "Licensed as an anaesthetic, not as a treatment for depression"
        has two propositions; "Microdosing works, it's not just placebo" is one, written in two clauses."""
        claim_clause = query.closest_clause(phrasing.terms)
        closest = phrasing.closest_clause(claim_clause.terms)

        claim_denies = negated(claim_clause.text)

        def readings(clause: _Clause) -> set[bool]:
            denies = claim_denies != negated(clause.text)
            opposite = opposed(claim_clause.words, clause.words)
            # A denial that also uses the opposite word ("not legal … banned", "rather than a cure … temporary")
            # may be emphasis or a double negation; and a sentence that denies nothing is no denial of a
            # reference that does ("X is an option" against "there are no options left"): both unclear.
            if (denies and opposite) or (denies and not claim_denies):
                return {True, False}
            return {denies or opposite}

        decided = readings(closest)
        found = set(decided)
        for clause in phrasing.clauses:
            if clause.terms & claim_clause.terms:
                found |= readings(clause)
        return min(decided), found

    def _overlap(self, query: _Text, phrasing: _Text) -> float:
        """Which phrasing of a reference is closest: the shared terms' weight over the larger side's."""
        if not phrasing.terms or not query.terms:
            return 0.0
        shared = sum(map(self.index.weight, query.terms & phrasing.terms))
        return shared / max(phrasing.weight, query.weight)

    def _features(self, query: _Text, phrasing: _Text) -> dict[str, float]:
        if not phrasing.terms or not query.terms:
            return dict(reference_covered=0.0, claim_covered=0.0, fuzzy=0.0, phrase_share=0.0)
        shared_weight = sum(map(self.index.weight, query.terms & phrasing.terms))
        pairs = phrasing.pairs
        return dict(
            reference_covered=shared_weight / phrasing.weight,
            claim_covered=shared_weight / query.weight,
            fuzzy=fuzz.token_set_ratio(query.joined, phrasing.joined) / 100,
            phrase_share=len(pairs & query.pairs) / len(pairs) if pairs else 0.0,
        )


def _disagrees(query: _Text, phrasing: _Text) -> str:
    """Different legal classes, or different amounts of the same unit: 70 mg is not 10 mg."""
    if query.categories and phrasing.categories and not query.categories & phrasing.categories:
        return f"legal class {', '.join(sorted(query.categories))} against {', '.join(sorted(phrasing.categories))}"
    reference_amounts = phrasing.quantities
    for unit, values in query.quantities.items():
        if unit in reference_amounts and not values & reference_amounts[unit]:
            return f"amount in {unit} differs from the reference's"
    return ""
