"""The matching decision, in one place: does a reference claim judge a sentence, and with which evidence?

A pair passes the gates first (each says why it failed), then an acceptance model turns its features into the
probability that the sentence asserts the reference's proposition. The model's weights and the two thresholds are
data (`acceptance.json`), fitted by `benchmarks/fit_acceptance.py` on hand-labelled pairs; the file records what
they were fitted on and what they scored on the pairs kept apart.
"""
from __future__ import annotations

import json
import math
import operator
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Protocol

from checker.judging.frame import Frame
from checker.judging.places import applies
from checker.judging.polarity import about_research, about_the_past, hedge_in, plainly_negated_or_not, reported_in
from checker.judging.subjects import SubjectNames
from checker.judging.texts import Reference, Text, beyond_topic, disagrees, overlap, pair_features, readings
from checker.judging.text import terms
from sources import ReferenceClaim, Stance

WEIGHTS_FILE = Path(__file__).with_name("acceptance.json")
CLOSE_PHRASING = 0.8  # phrasings within this share of the best overlap are read for polarity too


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
    notes: tuple[str, ...] = ()  # hedges, negation, reported speech

# The features the model reads, each in 0..1.
FEATURES = (
    "reference_covered",  # weighted share of the reference phrasing's terms found in the sentence
    "claim_covered",  # weighted share of the sentence's terms found in the phrasing
    "fuzzy",  # rapidfuzz token-set ratio of the two term lists
    "phrase_share",  # share of the phrasing's adjacent term pairs ("within hours", "class b") found in the sentence
    "key_share",  # share of the reference's curated key terms in the sentence
    "predicate_share",  # share of the key terms that are neither its subject nor a condition: what it asserts
    "key_phrase_share",  # share of its curated key phrases ("within hours", "single infusion") found whole
    "subject_carried",  # 1 when the subject came from the heading, the sentence before or the document
    "hedged",  # 1 when the sentence hedges ("may", "could", "suggests")
    "about_research",  # 1 when it describes a study rather than a finding ("will be assessed", "is being evaluated")
    "length",  # the sentence's content terms / 40, at most 1: long sentences share words by chance
    "flipped",  # 1 when the evidence comes from reading the sentence as the reference's denial
    "beyond_topic",  # weighted share of the phrasing's terms other than its subject and conditions found in the sentence
)


@dataclass(frozen=True)
class Model:
    """Two logistic models over FEATURES: one for supporting matches, one for contradicting ones. They are
    fitted apart (benchmarks/fit_acceptance.py) because pages give few contradicting pairs, so that model also
    learns from the table's own false-claim variants, which would blur the supporting one."""
    intercept: float
    weights: dict[str, float]
    support: float  # lowest probability at which a supporting match is accepted
    contradiction: float  # the same for a contradicting match: a false one fails a build, so it is higher
    fitted_on: str = ""
    contradiction_intercept: float | None = None  # None: the supporting model judges contradictions too
    contradiction_weights: dict[str, float] | None = None

    def probability(self, features: dict[str, float], contradicts: bool = False) -> float:
        intercept, weights = self.intercept, self._vector
        if contradicts and self.contradiction_weights is not None:
            intercept, weights = self.contradiction_intercept or 0.0, self._contradiction_vector
        # The weights in FEATURES order, multiplied and summed in C: the same products added in the same order
        # as weighing feature by feature, so the same float. Judging asks this several times for every pair.
        z = intercept + sum(map(operator.mul, weights, map(features.__getitem__, FEATURES)))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    @cached_property
    def _vector(self) -> tuple[float, ...]:
        return tuple(self.weights.get(name, 0.0) for name in FEATURES)

    @cached_property
    def _contradiction_vector(self) -> tuple[float, ...]:
        return tuple((self.contradiction_weights or {}).get(name, 0.0) for name in FEATURES)


@lru_cache(maxsize=1)
def default_model() -> Model:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    contradicting = data.get("contradicting_model") or {}
    return Model(data["intercept"], data["weights"], data["support"], data["contradiction"], data.get("fitted_on", ""),
                 contradicting.get("intercept"), contradicting.get("weights"))


@dataclass
class Gate:
    name: str
    passed: bool
    reason: str | Callable[[], str]  # a callable is worded only when asked: the hot path never reads it

    @property
    def why(self) -> str:
        if callable(self.reason):
            self.reason = self.reason()
        return self.reason


@dataclass
class Judgement:
    """Everything `claimsift explain` shows for one sentence and one reference claim."""

    reference_id: str
    phrasing: str = ""
    gates: list[Gate] = field(default_factory=list)  # every gate when judged for `explain` (keep_all), else none
    features: dict[str, float] = field(default_factory=dict)
    probability: float = 0.0
    evidence: str = "none"  # supports, contradicts or none
    reading: str = ""  # supports or contradicts: the evidence the pair would give if accepted
    accepted: bool = False
    flipped: bool = False
    notes: list[str] = field(default_factory=list)
    match: Match | None = None  # what it gives, once judged

    def gate(self, name: str, passed: bool, why: str | Callable[[], str]) -> bool:
        self.gates.append(Gate(name, passed, why))
        return passed

    @property
    def score(self) -> float:
        return round(100 * self.probability, 1)


class JudgingContext(Protocol):
    """What judging needs from the matcher: the thresholds and model, the subjects' names, and the index's weights."""

    thresholds: object
    model: Model
    names: SubjectNames
    subject_of: list[str]  # each reference claim's subject, by its number in the table
    covered_subjects: frozenset[str]
    condition_terms: frozenset[str]  # terms of the conditions the table knows ("depression", "anxiety")

    def weight(self, term: str) -> float: ...


@lru_cache(maxsize=16384)  # one sentence is judged against many references
def _own_terms(text: str) -> frozenset[str]:
    return frozenset(terms(text))


def judge(query: Text, frame: Frame, reference: Reference, table: "JudgingContext", keep_all: bool) -> Judgement | None:
    """The gates, then the acceptance model, then the polarity. Without `keep_all` a pair stops at its first
    failed gate and gives None (the hot path); with it every gate is recorded for `explain`."""
    claim, t, model = reference.claim, table.thresholds, table.model
    judgement = Judgement(claim.id)

    def stop(name: str, passed: bool, why: str | Callable[[], str]) -> bool:
        if keep_all:  # the gates are recorded for `explain`; the hot path only needs to know where to stop
            judgement.gate(name, passed, why)
            return False
        return not passed

    subject = table.subject_of[reference.number]
    if subject and stop("subject", subject in frame.subjects,
                        lambda: f"about {subject}; the sentence is about {', '.join(sorted(frame.subjects)) or 'nothing the table covers'}"
                        + (f" (from its {frame.origin})" if frame.origin and frame.origin != "sentence" else "")):
        return None
    if subject in table.names.conditions:
        # A reference about a condition ("treatment-resistant depression usually means …") judges sentences
        # about the condition, not those about a treatment for it that the reference does not name.
        others = sorted(s for s in frame.subjects - table.names.conditions - reference.named
                        if s in table.covered_subjects and s in table.names.named(query.text))
        if stop("condition", not others, f"about {subject} itself; the sentence is about {', '.join(others)}"
                if others else f"about {subject} itself"):
            return None
    if stop("place", applies(claim.jurisdiction, frame.places),
            lambda: f"scoped to {claim.jurisdiction}; the {frame.place_origin or 'sentence'} names "
            f"{', '.join(sorted(frame.places)) or 'no place'}"):
        return None
    key_share = len(reference.key_words & query.terms) / len(reference.key_words) if reference.key_words else 1.0
    specific = reference.specific_words
    predicate_share = len(specific & query.terms) / len(specific) if specific else key_share
    contradicted = claim.stance is Stance.CONTRADICTED
    needed = t.key_terms_contradicted if contradicted else t.key_terms
    if stop("predicate", predicate_share >= needed and key_share >= t.key_terms,
            lambda: f"{len(specific & query.terms)} of {len(specific)} terms of what it asserts "
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
    topic = reference.subject | table.condition_terms
    own = _own_terms(frame.own_text) & query.terms if frame.own_text else frozenset()
    for phrasing in reference.phrasings:
        differs = disagrees(query, phrasing)
        if differs:
            disagreement = disagreement or differs
            continue
        features = {**pair_features(query, phrasing, table.weight, own), **common,
                    "beyond_topic": beyond_topic(query, phrasing, topic, table.weight)}
        # the most either polarity could give: reading polarity costs more than everything else here
        ceiling = max(model.probability({**features, "flipped": 0.0}, contradicted),
                      model.probability({**features, "flipped": 1.0}, not contradicted))
        candidates.append((ceiling, phrasing, features))
    if stop("amounts", bool(candidates), disagreement or "same legal classes and amounts"):
        return None
    lowest = min(t.match, t.match_contradicted) / 100
    if not keep_all and max((c for c, _, _ in candidates), default=0.0) < lowest:
        return None  # no phrasing can reach a threshold, whatever its polarity
    options = []
    for ceiling, phrasing, features in candidates:
        flipped_here = readings(query, phrasing)[0]
        features = {**features, "flipped": float(flipped_here)}
        options.append((model.probability(features, contradicted != flipped_here), -len(options), phrasing, features,
                        flipped_here))
    if not options:  # explain: show the closest phrasing's figures all the same
        first = reference.phrasings[0]
        options.append((0.0, 0, first, {**pair_features(query, first, table.weight, own), **common, "flipped": 0.0,
                                        "beyond_topic": beyond_topic(query, first, topic, table.weight)}, False))
    _, _, best, features, flipped = max(options, key=lambda option: option[:2])
    judgement.phrasing = best.text
    # Polarity is read against every phrasing about as close as the best: curators' variants say the same
    # thing with and without negation words, so when close phrasings disagree the polarity is unclear.
    best_score = overlap(query, best, table.weight)
    close = [p for p in reference.phrasings if overlap(query, p, table.weight) >= CLOSE_PHRASING * best_score] or [best]
    polarities = readings(query, best)[1]
    for phrasing in close:
        polarities |= readings(query, phrasing)[1]
    judgement.features = features
    supports = (claim.stance is Stance.SUPPORTED) != flipped
    judgement.probability = probability = model.probability(features, not supports)
    judgement.flipped = flipped
    judgement.evidence = judgement.reading = "supports" if supports else "contradicts"
    needed_probability = t.match if supports else t.match_contradicted
    if stop("accept", 100 * probability >= needed_probability,
            lambda: f"probability {probability:.2f} that it asserts the reference; {needed_probability / 100:.2f} needed "
            f"for {judgement.evidence}"):
        return None
    if stop("polarity", len(polarities) == 1, "asserts or denies it, as every close phrasing reads" if len(polarities) == 1
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
        plain = plainly_negated_or_not(query.closest_clause(best.terms).text)
        if stop("plain negation", plain, "the clause reads the same whichever way its \"that\" is taken" if plain
                else "a negation after \"that\" may deny the claim or describe a noun: unclear"):
            return None
        reported, past = reported_in(query.text), about_the_past(query.text)
        if stop("asserted", not reported and not past, f"reported speech ({reported}): the sentence does not assert it"
                if reported else f"about the past ({past}): not a claim about now" if past
                else "the sentence asserts what it says, about now"):
            return None
        # A contradiction fails a build: its subject must be named in the sentence or stood for by its own
        # grammatical subject ("Our capsules are legal …" on a page about microdose capsules).
        if stop("subject named", frame.origin == "sentence" or frame.stand_in,
                "the sentence names the subject, or its own subject stands for it" if frame.origin == "sentence" or frame.stand_in
                else f"a contradiction needs its subject named in the sentence, not only in its {frame.origin or 'context'}"):
            return None
    judgement.accepted = all(g.passed for g in judgement.gates)  # without keep_all, no gate failed to get here
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

