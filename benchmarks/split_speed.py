"""Measure sentence-splitting speed: claimsift's splitter, and pysbd / blingfire / syntok if installed.

    python benchmarks/split_speed.py [--megabytes 5]

The corpus is generated health prose (abbreviations, doses, domains), so the numbers are repeatable.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import time

from claims.splitter import split_sentences

TEMPLATES = [
    "Dr. Smith et al. reported a 2.5 mg/kg dose of ketamine vs. placebo in {n} adults.",
    "Ketamine is a Class B drug in the U.K. and esketamine is licensed for depression.",
    "See e.g. nhs.uk or nice.org.uk for approx. {n} pages of guidance.",
    "About {n}% of patients responded within 24 hours... Most relapsed within weeks!",
    "Is microdosing better than placebo? Trials of {n} people say no.",
    "\"It works,\" said one user. Another disagreed.",
]


def corpus(megabytes: float) -> str:
    rng = random.Random(7)
    parts, size = [], 0
    while size < megabytes * 1_000_000:
        sentence = rng.choice(TEMPLATES).format(n=rng.randint(2, 900))
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)


def measure(name: str, split, text: str) -> None:
    start = time.perf_counter()
    count = split(text)
    seconds = time.perf_counter() - start
    print(f"{name:<24} {len(text) / 1e6 / seconds:8.2f} MB/s  {count:>9} sentences")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=5.0)
    options = parser.parse_args()
    text = corpus(options.megabytes)
    print(f"corpus: {len(text) / 1e6:.1f} MB")
    measure("claimsift (regex+abbr)", lambda t: len(split_sentences(t)), text)
    if importlib.util.find_spec("blingfire"):
        import blingfire

        measure("blingfire", lambda t: len(blingfire.text_to_sentences(t).split("\n")), text)
    if importlib.util.find_spec("pysbd"):
        import pysbd

        small = text[:200_000]  # pysbd is too slow for the whole corpus
        segmenter = pysbd.Segmenter(language="en", clean=False)
        measure("pysbd (first 0.2 MB)", lambda t: len(segmenter.segment(t)), small)


if __name__ == "__main__":
    main()
