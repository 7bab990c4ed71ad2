"""Every number that decides a match, in one place.

Calibrated on the shared article's gold file and on our own example
documents (see benchmarks/calibrate.py, which sweeps MATCH and prints
met rows and false matches for each value). Users can override them in
configuration.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Thresholds(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    match: float = Field(40.0, ge=0, le=100, description="lowest score (0-100) at which a reference claim counts as matched")
    contradiction_margin: float = Field(5.0, ge=0, le=100, description="a contradicting match this close to a better supporting one wins")
    key_terms: float = Field(0.25, ge=0, le=1, description="share of a reference claim's key terms a claim must contain")
    candidates: int = Field(24, ge=1, le=500, description="phrasings fetched from the index per claim before re-ranking")
    # Weights of the re-ranking score; they sum to 1.
    weight_reference_covered: float = 0.35
    weight_claim_covered: float = 0.25
    weight_fuzzy: float = 0.2
    weight_key_terms: float = 0.2


DEFAULT = Thresholds()
