"""The acceptance test of the checker: the shared article against its gold file, and our own example."""
from pathlib import Path

from checker import Checker, check_path
from checker.evaluation import evaluate, read_gold
from helpers import EXAMPLES, ROOT, shared


def _evaluate(gold: Path, document: Path):
    report = check_path(str(document), Checker())
    return evaluate(read_gold(gold.read_text(encoding="utf-8")), report)


def test_shared_article_meets_its_gold_file():
    result = _evaluate(shared("gold/ketamine-uk-article.csv"), shared("inputs/ketamine-uk-article.txt"))
    misses = [(o.gold.line, o.gold.expected, o.got, o.gold.text[:50]) for o in result.misses()]
    assert result.share_met >= 0.90, misses
    promotion_rows = [o for o in result.outcomes if o.gold.expected == "promotion"]
    assert len(promotion_rows) == 7
    assert all(o.met for o in promotion_rows), misses
    assert not [o for o in result.outcomes if o.gold.expected == "supported" and o.got == "promotion"]


def test_our_example_meets_its_gold_file():
    result = _evaluate(ROOT / "tests/data/microdosing-guide.gold.csv", EXAMPLES / "microdosing-guide.md")
    # The example is left out of the acceptance model's fit (benchmarks/fit_acceptance.py, SCORED_ELSEWHERE): 14 of
    # its 17 rows were met when it was refitted on 2026-12-01; a missed support is a warning, a wrong verdict is not.
    assert result.share_met >= 0.80, [(o.gold.line, o.got) for o in result.misses()]
    assert not [o for o in result.outcomes if not o.met and o.got in ("supported", "promotion")]
