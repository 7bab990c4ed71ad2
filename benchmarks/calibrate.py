"""Sweep the support threshold (the acceptance model's probability × 100) over gold files and print what each
value gets right and wrong; the shipped value is fitted by benchmarks/fit_acceptance.py, not chosen here.

    python benchmarks/calibrate.py ../shared/gold/ketamine-uk-article.csv ../shared/inputs/ketamine-uk-article.txt \
        tests/data/microdosing-guide.gold.csv examples/microdosing-guide.md

For each threshold: rows met per document, and two kinds of error that matter most to a reviewer:
`false support` (a claim the gold calls unsupported, tagged supported) and `missed support`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from checker import Checker, Thresholds, check_path
from checker.evaluation import evaluate, read_gold
from sources import load_table


def main(arguments: list[str]) -> None:
    pairs = list(zip(arguments[::2], arguments[1::2]))
    table = load_table()
    print(f"{'match':>5} " + " ".join(f"{Path(d).name[:24]:>26}" for _, d in pairs) + f" {'false support':>14} {'missed support':>15}")
    for match in range(30, 76, 3):
        checker = Checker(table, Thresholds(match=match))
        cells, false_support, missed_support = [], 0, 0
        for gold, document in pairs:
            result = evaluate(read_gold(Path(gold).read_text(encoding="utf-8")), check_path(document, checker))
            cells.append(f"{result.met:>3}/{len(result.outcomes):<3} ({result.share_met:5.1%})")
            for outcome in result.outcomes:
                if outcome.got == "supported" and outcome.gold.expected != "supported" and "supported" not in outcome.gold.also_ok:
                    false_support += 1
                if outcome.gold.expected == "supported" and outcome.got != "supported":
                    missed_support += 1
        print(f"{match:>5} " + " ".join(f"{c:>26}" for c in cells) + f" {false_support:>14} {missed_support:>15}")


if __name__ == "__main__":
    main(sys.argv[1:])
