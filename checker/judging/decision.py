"""The matching decision, in one place: does a reference claim judge a sentence, and with which evidence?

A pair passes the gates first (each says why it failed), then an acceptance model turns its features into the
probability that the sentence asserts the reference's proposition. The model's weights and the two thresholds are
data (`acceptance.json`), fitted by `benchmarks/fit_acceptance.py` on hand-labelled pairs; the file records what
they were fitted on and what they scored on the pairs kept apart.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("acceptance.json")

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
)


@dataclass(frozen=True)
class Model:
    intercept: float
    weights: dict[str, float]
    support: float  # lowest probability at which a supporting match is accepted
    contradiction: float  # the same for a contradicting match: a false one fails a build, so it is higher
    fitted_on: str = ""

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * features[name] for name in FEATURES)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def default_model() -> Model:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return Model(data["intercept"], data["weights"], data["support"], data["contradiction"], data.get("fitted_on", ""))


@dataclass
class Gate:
    name: str
    passed: bool
    why: str


@dataclass
class Judgement:
    """Everything `claimsift explain` shows for one sentence and one reference claim."""

    reference_id: str
    phrasing: str = ""
    gates: list[Gate] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    probability: float = 0.0
    evidence: str = "none"  # supports, contradicts or none
    reading: str = ""  # supports or contradicts: the evidence the pair would give if accepted
    accepted: bool = False
    flipped: bool = False
    notes: list[str] = field(default_factory=list)
    match: object = None  # the checker.matching.Match it gives, once judged

    def gate(self, name: str, passed: bool, why: str) -> bool:
        self.gates.append(Gate(name, passed, why))
        return passed

    @property
    def score(self) -> float:
        return round(100 * self.probability, 1)
