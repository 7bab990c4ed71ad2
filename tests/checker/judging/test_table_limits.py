"""A table or thresholds that validate can never crash or silently skew a check."""
import math

import pytest
from pydantic import ValidationError

from checker.run.config import ConfigError, load_settings
from checker.judging.index import PhrasingIndex
from checker.judging.thresholds import Thresholds
from sources import ReferenceClaim, TableError, load_table


def test_a_reference_claim_without_content_words_is_refused(tmp_path):
    extra = tmp_path / "claims.csv"
    extra.write_text("id,statement,stance,source_ids,finding\nmine-1,It is what it is.,supported,xu2022,Review.\n", encoding="utf-8")
    with pytest.raises(TableError) as caught:
        load_table(extend=[extra])
    [problem] = caught.value.problems
    assert (problem.row, problem.field) == (2, "statement") and "no content words" in problem.message


def test_the_index_of_claims_without_content_words_is_empty_not_a_crash():
    claim = ReferenceClaim.model_validate(
        {"id": "x-1", "statement": "It is what it is.", "stance": "supported", "source_ids": "a", "finding": "f"}
    )
    index = PhrasingIndex([claim])
    assert index.candidates([["what"], []], 5) == [[], []]


@pytest.mark.parametrize("name, value", [
    ("match_contradicted", math.nan), ("key_terms", -0.5), ("match", 1e308), ("key_terms_contradicted", math.inf),
    ("match", math.nan), ("contradiction_margin", math.inf),
])
def test_thresholds_must_be_finite_and_in_range(name, value):
    with pytest.raises(ValidationError):
        Thresholds(**{name: value})


def test_a_non_finite_weight_in_configuration_is_a_configuration_error(tmp_path):
    (tmp_path / ".claimsift.toml").write_text("[thresholds]\nmatch_contradicted = nan\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="match_contradicted"):
        load_settings(start=tmp_path)
