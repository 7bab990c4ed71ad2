"""claimsift against the Python prose linter, proselint, on the same generated Markdown articles.

    python benchmarks/peer.py                 # 100 articles, 5 alternating pairs of fresh processes
    python benchmarks/peer.py --cold          # also: one article, cold process, table output, median of 9

Both tools are run as a user runs them, in a new process each time: `claimsift check DIR --jobs 1` (CSV
report to a file, the prepared index already cached by one untimed run) and `proselint check DIR`. The runs
alternate (claimsift, proselint, claimsift, …) so that a change in the machine's speed falls on both. The
figure is the median of the pairs' ratios; the medians and spreads of each tool are printed beside it.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (benchmarks/corpus.py, the generator)
import scale  # noqa: E402  (fresh-process timing and the one-article start-up)


def proselint(*arguments: str) -> list[str]:
    # The script beside this interpreter: proselint is a test extra of this project.
    return [str(Path(sys.executable).parent / "proselint"), *arguments]


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="also time one article in a cold process")
    parser.add_argument("--repeats", type=int, default=9, help="runs of the one-article start-up")
    options = parser.parse_args()
    os.chdir(scale.ROOT)
    # proselint runs from its installed bytecode; claimsift must too, or a checkout where PYTHONDONTWRITEBYTECODE
    # is set compiles some hundred modules from source in every timed run (as the start-up timing does).
    scale.compile_bytecode()

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        articles = work / "articles"
        written = corpus.write_articles(articles, options.articles, html_share=0.0)  # proselint reads Markdown
        report = work / "report.csv"
        ours = scale.claimsift("check", str(articles), "--jobs", "1", "--fail-on", "none", "-f", "csv", "-o", str(report))
        theirs = proselint("check", str(articles))
        scale.measure(ours)  # caches the index, as a user's second run finds it
        times: dict[str, list[float]] = {"claimsift": [], "proselint": []}
        for _ in range(options.pairs):
            times["claimsift"].append(scale.measure(ours).seconds)
            times["proselint"].append(scale.measure(theirs).seconds)
        ratios = [a / b for a, b in zip(times["claimsift"], times["proselint"])]

    print(f"{options.articles} Markdown articles ({written['bytes'] / 1e3:.0f} kB), {options.pairs} alternating pairs:")
    print(f"  claimsift check --jobs 1: {spread(times['claimsift'])}")
    print(f"  proselint check:          {spread(times['proselint'])}")
    print(f"  ratio claimsift / proselint: median {statistics.median(ratios):.2f} "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f}; target ≤ 0.5)")
    if options.cold:
        _, cached = scale.startup(options.repeats)
        print(f"one article, cold process, table output, cached index: median of {options.repeats} {cached:.2f} s (target ≤ 0.3 s)")


if __name__ == "__main__":
    main()
