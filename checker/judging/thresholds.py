"""Every number that decides a match, in one place, and users can override each in configuration.

The two acceptance thresholds come from checker/judging/acceptance.json: benchmarks/fit_acceptance.py chose them
on the fitting part of our hand-labelled pairs (the file says which documents) and reports them on the part kept
apart. The key-term gates are rules, not fitted: a supported reference needs a quarter of its key terms in the
claim, a contradicted one half of what it asserts beyond its subject and conditions.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from checker.judging.decision import default_model


class Thresholds(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    # Probabilities (as 0-100 scores) from the acceptance model in checker/judging/acceptance.json; both were
    # chosen by benchmarks/fit_acceptance.py on the fitting part of the labelled pairs (see that file).
    match: float = Field(default_factory=lambda: 100 * default_model().support, ge=0, le=100,
                         description="lowest score (0-100) at which a supporting reference claim counts as matched")
    match_contradicted: float = Field(default_factory=lambda: 100 * default_model().contradiction, ge=0, le=100,
                                      description="the same for a contradicting match, which fails a build")
    contradiction_margin: float = Field(5.0, ge=0, le=100, description="a contradicting match this close to a better supporting one wins")
    key_terms: float = Field(0.25, ge=0, le=1, description="share of a reference claim's key terms a claim must contain")
    # A contradiction is the stronger finding, so the claim must assert the false element itself: at least
    # half of what a contradicted reference asserts (key terms are written loosely: "daily" for "a day").
    key_terms_contradicted: float = Field(0.5, ge=0, le=1, description="share of what a contradicted reference asserts a claim must contain")
    # 12 gives the same verdicts as judging every reference on both gold documents (tests/checker/judging/test_index.py)
    # at half the judging cost of 24.
    candidates: int = Field(12, ge=1, le=500, description="phrasings fetched from the index per claim before re-ranking")


DEFAULT = Thresholds()
