"""The quality runner's measures, on hand-made examples and a miniature dataset in the real file formats."""
import importlib.util
import json

import pytest
from helpers import ROOT

spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quality)


@pytest.mark.parametrize("ranking, gold, expected", [
    (["a", "b", "c"], {"a"}, 1.0),
    (["b", "a", "c"], {"a"}, 0.5),
    (["b", "c", "d", "e", "f"], {"a"}, 0.0),
    (["a", "x", "b"], {"a", "b"}, (1 + 2 / 3) / 2),
])
def test_average_precision(ranking, gold, expected):
    assert quality._average_precision(ranking, gold) == pytest.approx(expected)


def test_reciprocal_rank():
    assert quality._reciprocal_rank(["x", "y", "a"], {"a"}) == pytest.approx(1 / 3)
    assert quality._reciprocal_rank(["x"], {"a"}) == 0.0


def test_claim_retrieval_on_a_miniature_dataset(tmp_path):
    base = tmp_path / "clef2020-claim-retrieval" / "v3.0"
    (base / "dev").mkdir(parents=True)
    (base / "verified_claims.docs.tsv").write_text(
        "\tvclaim\ttitle\n"
        "0\tKetamine is a Class B drug in the United Kingdom.\tIs ketamine Class B?\n"
        "1\tVitamin C does not cure the common cold.\tDoes vitamin C cure colds?\n"
        "2\tThe Eiffel Tower is in Paris.\tWhere is the Eiffel Tower?\n",
        encoding="utf-8",
    )
    (base / "dev" / "tweets.queries.tsv").write_text(
        "\ttweet_content\n7\tSo vitamin C cures the common cold now? #health\n8\tketamine class B in the UK, right?\n",
        encoding="utf-8",
    )
    (base / "dev" / "tweet-vclaim-pairs.qrels").write_text("7\t0\t1\t1\n8\t0\t0\t1\n", encoding="utf-8")
    result = quality.clef2020(tmp_path)
    assert result["queries"] == 2
    assert result["map5"] == pytest.approx(1.0)


def test_stance_on_a_miniature_dataset(tmp_path):
    (tmp_path / "healthver").mkdir()
    rows = [
        ("1", "Ketamine is controlled as a Class B drug in the UK.", "Ketamine is a Class B drug in the UK", "Supports"),
        ("2", "Ketamine is controlled as a Class B drug in the UK.", "The Eiffel Tower is tall", "Neutral"),
    ]
    lines = ["id,evidence,claim,label,topic_ip,question"] + [",".join([*r, "1", "q"]) for r in rows]
    (tmp_path / "healthver" / "healthver_dev.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = quality.healthver(tmp_path)
    assert result["confusion"]["Supports"]["Supports"] == 1
    assert result["confusion"]["Neutral"]["Neutral"] == 1
    assert json.dumps(result)  # the figures can be written with --json
