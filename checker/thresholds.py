"""Every number that decides a match, in one place.

Calibrated with benchmarks/calibrate.py on the shared article's gold file
and on tests/data/microdosing-guide.gold.csv (our own example). Sweeping
`match` from 30 to 75 with the key-term gates below: no false support at
any value; gold rows met stay at 61/62 and 17/17 up to 42, then missed
supports climb (5 at 42, 10 at 45, 17 at 57). 40 keeps recall while
leaving a margin above the 25-35 scores of unrelated references. The
key-term gates (0.25 for supported, 0.5 for contradicted references)
removed a false contradiction on a sentence that only shared generic
words with a false claim. Users can override them in configuration.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Thresholds(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    match: float = Field(40.0, ge=0, le=100, description="lowest score (0-100) at which a reference claim counts as matched")
    contradiction_margin: float = Field(5.0, ge=0, le=100, description="a contradicting match this close to a better supporting one wins")
    key_terms: float = Field(0.25, ge=0, le=1, description="share of a supported reference claim's key terms a claim must contain")
    # A contradiction is the stronger finding, so the claim must assert the false element itself.
    key_terms_contradicted: float = Field(0.5, ge=0, le=1, description="the same for a contradicted reference claim")
    # 12 gives the same verdicts as judging every reference on both gold documents (tests/checker/test_index.py)
    # at half the judging cost of 24.
    candidates: int = Field(12, ge=1, le=500, description="phrasings fetched from the index per claim before re-ranking")
    # Weights of the re-ranking score; they sum to 1.
    weight_reference_covered: float = Field(0.35, ge=0, le=1)
    weight_claim_covered: float = Field(0.25, ge=0, le=1)
    weight_fuzzy: float = Field(0.2, ge=0, le=1)
    weight_key_terms: float = Field(0.2, ge=0, le=1)


DEFAULT = Thresholds()
