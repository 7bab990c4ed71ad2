"""Dump the (sentence, reference claim) pairs that reach the acceptance model, with their features, for labelling.

    python benchmarks/pairs.py ../shared/pages/clean ../shared/pages/promo ../shared/inputs examples -o pairs.csv

For every claim in every document: the candidates that pass the rule gates before the model (subject, place,
predicate, amounts), at most three per sentence, best first. A person then fills `same_proposition` (1 when the
sentence asserts or denies what the reference states, 0 otherwise) and `stance_ok` (1 when the evidence shown is
right). `benchmarks/fit_acceptance.py` fits the model on them.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker import Checker  # noqa: E402
from checker.judging.decision import FEATURES  # noqa: E402
from checker.judging.frame import frames  # noqa: E402
from claims import Kind, find_documents, read_path  # noqa: E402

BEFORE_MODEL = ("subject", "place", "predicate", "amounts")
PER_SENTENCE = 3


def _after_model(judgement) -> bool:
    """Whether the pair passes the gates after the model (polarity, and a contradiction's own rules)."""
    return all(g.passed for g in judgement.gates if g.name not in (*BEFORE_MODEL, "accept"))


def pairs(paths: list[str], checker: Checker) -> list[dict]:
    rows = []
    for path in find_documents(paths):
        if Path(path).name == "INDEX.md":  # the list of pages in a folder of pages, not a page
            continue
        document = read_path(path)
        judged = [i for i, s in enumerate(document.sentences) if s.kind is Kind.CLAIM]
        for i, frame in zip(judged, frames(document, judged, checker.matcher.names)):
            sentence = document.sentences[i]
            found = [j for j in checker.matcher.explain(sentence.claim, frame)
                     if all(g.passed for g in j.gates if g.name in BEFORE_MODEL)]
            for judgement in found[:PER_SENTENCE]:
                reference = next(c for c in checker.table.claims if c.id == judgement.reference_id)
                rows.append({
                    "document": Path(path).name, "line": sentence.line, "sentence": sentence.text,
                    "self_contained": sentence.claim, "subject_origin": frame.origin,
                    "reference_id": reference.id, "stance": reference.stance.value, "statement": reference.statement,
                    "phrasing": judgement.phrasing, "evidence": judgement.reading,
                    **{name: round(judgement.features[name], 4) for name in FEATURES},
                    "after_model": int(_after_model(judgement)),
                    "same_proposition": "", "stance_ok": "",
                })
    return rows


def variant_pairs(checker: Checker, folds: int = 2) -> list[dict]:
    """Labelled without a person: each curator-written variant of a reference claim, judged against a table from
    which that variant (and the others of its fold) is left out. The pair with its own reference is the same
    proposition; pairs with other references are not (a few near-duplicate references make this label noisy)."""
    from dataclasses import replace

    from checker.judging.frame import Frame
    from checker.judging.matching import Matcher

    table = checker.table
    by_id = {claim.id: claim for claim in table.claims}
    rows = []
    for fold in range(folds):
        queries, claims = [], []
        for number, claim in enumerate(table.claims):
            kept = [v for k, v in enumerate(claim.variants) if (number + k) % folds != fold]
            queries += [(claim, v) for k, v in enumerate(claim.variants) if (number + k) % folds == fold]
            claims.append(claim.model_copy(update={"variants": tuple(kept)}))
        matcher = Matcher(replace(table, claims=claims, fingerprint=f"{table.fingerprint}-fold{fold}"))
        for own, text in queries:
            frame = matcher.frame_of(text)
            if not frame.subjects:  # the variant names its subject only through the document it would sit in
                frame = Frame(matcher.names.with_broader(frozenset({own.subject})), "document", frame.places, frame.place_origin)
            found = [j for j in matcher.explain(text, frame) if all(g.passed for g in j.gates if g.name in BEFORE_MODEL)]
            for judgement in found[:PER_SENTENCE]:
                same = judgement.reference_id == own.id
                other = by_id[judgement.reference_id]
                # Another reference on the same subject with the same stance may state the same thing in other
                # words (the table has near-duplicates): such a pair is left unlabelled rather than called wrong.
                unsure = not same and other.subject == own.subject and other.stance == own.stance
                rows.append({
                    "document": f"variants-of-{own.topic or own.subject}", "line": 0, "sentence": text,
                    "self_contained": text, "subject_origin": frame.origin, "reference_id": judgement.reference_id,
                    "stance": "", "statement": "", "phrasing": judgement.phrasing, "evidence": judgement.reading,
                    **{name: round(judgement.features[name], 4) for name in FEATURES},
                    "after_model": int(_after_model(judgement)),
                    "same_proposition": "" if unsure else "1" if same else "0", "stance_ok": "1" if same else "",
                })
    return rows


KEY = ("document", "line", "sentence", "reference_id")


def carry_labels(rows: list[dict], labelled: str) -> int:
    """Copy the labels of an earlier labelled file onto the same pairs, so features can be recomputed with new code."""
    with open(labelled, encoding="utf-8") as stream:
        labels = {tuple(str(r[k]) for k in KEY): r for r in csv.DictReader(stream)}
    carried = 0
    for row in rows:
        old = labels.get(tuple(str(row[k]) for k in KEY))
        if old:
            row["pair"], row["same_proposition"], row["stance_ok"] = old.get("pair", ""), old["same_proposition"], old["stance_ok"]
            # stance_ok judged the evidence shown to the labeller; the fit reads it against this evidence
            row["labelled_evidence"] = old.get("labelled_evidence") or old["evidence"]
            row["labelled_by"] = old.get("labelled_by", "")
            row["support_ok"] = old.get("support_ok", "")
            carried += 1
    return carried


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--labels", help="an earlier labelled file whose labels are carried onto the same pairs")
    parser.add_argument("--variants", action="store_true", help="the table's own variants, left out in turn, instead")
    arguments = parser.parse_args()
    rows = variant_pairs(Checker()) if arguments.variants else pairs(arguments.paths, Checker())
    if arguments.labels:
        print(f"{carry_labels(rows, arguments.labels)} of {len(rows)} pairs carry a label from {arguments.labels}")
    with open(arguments.output, "w", encoding="utf-8", newline="") as stream:
        # every row's columns, in first-seen order: the first pair may carry no label while later ones do
        columns = list(dict.fromkeys(name for row in rows for name in row)) or ["document"]
        writer = csv.DictWriter(stream, fieldnames=columns, restval="", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} pairs written to {arguments.output}")


if __name__ == "__main__":
    main()
