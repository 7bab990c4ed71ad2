"""Does a static word embedding pay its way as one more acceptance feature? Measures, does not ship.

    pip install wordllama   # not a dependency of claimsift
    python benchmarks/pairs.py --variants -o variants.csv
    python benchmarks/meaning_feature.py benchmarks/data/labelled-pairs.csv --extra variants.csv

Adds to every pair the cosine of WordLlama's average word vectors for the sentence's self-contained form and the
reference phrasing, then fits `benchmarks/fit_acceptance.py`'s model with and without it and prints both
cross-validated (fitting part) and kept-apart figures, plus what loading the vectors costs. The decision whether to
ship it is recorded in README ("What was measured and not adopted").
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_acceptance  # noqa: E402


def load_vectors():
    import wordllama

    logging.getLogger("wordllama").setLevel(logging.WARNING)
    # the wheel carries its tokenizer and weights; its own folder serves as the cache, so nothing is downloaded
    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def with_meaning(path: str, vectors, folder: Path) -> str:
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    sentences = vectors.embed([r["self_contained"] or r["sentence"] for r in rows], norm=True)
    phrasings = vectors.embed([r["phrasing"] or r["statement"] for r in rows], norm=True)
    for row, similarity in zip(rows, (sentences * phrasings).sum(axis=1)):
        row["meaning"] = f"{max(0.0, float(similarity)):.4f}"
    out = folder / Path(path).name
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return str(out)


def fitted(labelled: list[str], extra: list[str]) -> dict:
    sys.argv = ["fit_acceptance", *labelled, "--extra", *extra]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        fit_acceptance.main()
    return json.loads(printed.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", nargs="+")
    parser.add_argument("--extra", nargs="*", default=[])
    arguments = parser.parse_args()
    start = time.perf_counter()
    vectors = load_vectors()
    print(f"loading the vectors: {time.perf_counter() - start:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        labelled = [with_meaning(p, vectors, Path(folder)) for p in arguments.labelled]
        extra = [with_meaning(p, vectors, Path(folder)) for p in arguments.extra]
        base = fit_acceptance.FEATURES
        for name, features in (("lexical features", base), ("+ meaning", (*base, "meaning"))):
            fit_acceptance.FEATURES = features
            result = fitted(labelled, extra)
            cv, kept = result["fitting_part_cross_validated_supports"], result["kept_apart"]["supports"]
            print(f"{name:17} supporting cut {result['support']:.3f} | cross-validated precision {cv['precision']} "
                  f"recall {cv['recall']} ({cv['accepted']} accepted) | kept apart precision {kept['precision']} "
                  f"recall {kept['recall']} ({kept['accepted']} accepted)")
        fit_acceptance.FEATURES = base


if __name__ == "__main__":
    main()
