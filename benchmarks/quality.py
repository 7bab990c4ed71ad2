"""Matching and verdict quality on public benchmarks, through the same library calls as the command line.

    python benchmarks/quality.py --datasets ../shared/datasets [--json OUT]

- CLEF CheckThat! 2020 claim retrieval: the 10,375 verified claims become a source table (claim and title as
  two phrasings of one reference claim); each dev tweet is ranked against it with `Matcher.rank`, the ranking
  behind every verdict. MAP@5, MRR and Recall@5.
- Check-COVID: every sentence of the 347 abstracts becomes a reference claim; each dev claim ranks them.
  Recall@5 of the gold abstract (the five best distinct abstracts) and of a gold evidence sentence.
- HealthVer: each claim-evidence pair becomes a one-row table (the evidence, one phrasing per sentence) and the
  claim is checked with `check_text`, as `claimsift check` would: supports → Supports, contradicts → Refutes,
  no match → Neutral. Macro-F1 and the confusion matrix.

Nothing here knows which dataset it is reading beyond the file formats: the tables are ordinary source tables
and the checker runs with its default thresholds.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker import Checker, check_text  # noqa: E402
from checker.judging.matching import Matcher  # noqa: E402
from claims.splitter import split_sentences  # noqa: E402
from sources import ReferenceClaim, Source, SourceTable  # noqa: E402

TODAY = dt.date.today()
LABELS = ("Supports", "Refutes", "Neutral")


def _source(identifier: str, title: str, url: str) -> Source:
    return Source(
        id=identifier, type="other", title=title, url=url, confirmed_at=url, last_reviewed=TODAY,
        finding="a public benchmark dataset, used to measure claimsift",
    )


def _table(source: Source, rows: list[tuple[str, str, tuple[str, ...]]]) -> SourceTable:
    """A source table of supported reference claims: (id, statement, variants)."""
    claims = [
        ReferenceClaim(id=i, statement=s, variants=v, stance="supported", source_ids=(source.id,), finding=s[:500])
        for i, s, v in rows
    ]
    return SourceTable(sources={source.id: source}, claims=claims)


# ---------------------------------------------------------------- CLEF CheckThat! 2020 claim retrieval


def clef2020(folder: Path) -> dict:
    base = folder / "clef2020-claim-retrieval" / "v3.0"
    rows, ids = [], []
    for record in _tsv(base / "verified_claims.docs.tsv"):
        vclaim, title = (record["vclaim"] or "").strip(), (record["title"] or "").strip()
        if not vclaim:
            continue
        ids.append(record[""])
        rows.append((f"vc-{record['']}", vclaim[:4000], (title[:4000],) if title and title != vclaim else ()))
    table = _table(_source("clef2020", "CLEF CheckThat! 2020 verified claims", "https://sites.google.com/view/clef2020-checkthat"), rows)
    tweets = {r[""]: r["tweet_content"] for r in _tsv(base / "dev" / "tweets.queries.tsv")}
    gold: dict[str, set[str]] = {}
    for line in (base / "dev" / "tweet-vclaim-pairs.qrels").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            query, _, vclaim, relevant = line.split()
            if relevant != "0":
                gold.setdefault(query, set()).add(vclaim)
    matcher = Matcher(table)
    queries = [q for q in tweets if q in gold]
    ranked = matcher.rank([tweets[q] for q in queries], 100)
    rankings = [[ids[number] for number, _ in found] for found in ranked]
    golds = [gold[q] for q in queries]
    return {
        "queries": len(queries), "table": len(rows),
        "map5": _mean(_average_precision(r[:5], g) for r, g in zip(rankings, golds)),
        "mrr": _mean(_reciprocal_rank(r, g) for r, g in zip(rankings, golds)),
        "recall5": _mean(bool(set(r[:5]) & g) for r, g in zip(rankings, golds)),
    }


# ---------------------------------------------------------------- Check-COVID evidence retrieval


def checkcovid(folder: Path) -> dict:
    base = folder / "check-covid"
    abstracts = [json.loads(line) for line in (base / "corpus.json").read_text(encoding="utf-8").splitlines() if line.strip()]
    # Two tables from one corpus: whole abstracts (title and text) to find the paper, sentences to find the evidence.
    abstract_rows = [(f"a{n}", f"{a['title']} {' '.join(a['abstract'])}"[:4900], ()) for n, a in enumerate(abstracts)]
    rows, owners = [], []
    for abstract in abstracts:
        for number, sentence in enumerate(abstract["abstract"]):
            if sentence.strip():
                rows.append((f"s{len(rows)}", sentence.strip()[:4000], ()))
                owners.append((abstract["cord_id"], number))
    source = _source("checkcovid", "Check-COVID corpus", "https://github.com/posuer/Check-COVID")
    table = _table(source, rows)
    claims = [json.loads(line) for line in (base / "dev" / "covidCheck_dev_composed+extracted.json").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [c["claim"] for c in claims]
    ranked = Matcher(table).rank(texts, 5)
    papers = Matcher(_table(source, abstract_rows)).rank(texts, 5)
    abstract_hits, sentence_hits, with_evidence = 0, 0, 0
    for claim, found, found_papers in zip(claims, ranked, papers):
        sentences = [owners[number] for number, _ in found]
        abstract_hits += claim["cord_id"] in {abstracts[number]["cord_id"] for number, _ in found_papers[:5]}
        evidence = {(claim["cord_id"], e["sent_index"]) for e in claim.get("evidence_set") or []}
        if evidence:
            with_evidence += 1
            sentence_hits += bool(evidence & set(sentences[:5]))
    return {
        "claims": len(claims), "table": len(rows), "abstracts": len(abstracts),
        "abstract_recall5": abstract_hits / len(claims),
        "sentence_recall5": sentence_hits / with_evidence if with_evidence else 0.0,
    }


# ---------------------------------------------------------------- HealthVer stance


def healthver(folder: Path) -> dict:
    with (folder / "healthver" / "healthver_dev.csv").open(encoding="utf-8", newline="") as stream:
        pairs = list(csv.DictReader(stream))
    source = _source("healthver", "HealthVer", "https://github.com/sarrouti/HealthVer")
    confusion: Counter[tuple[str, str]] = Counter()
    for pair in pairs:
        text = pair["evidence"]
        sentences = tuple(text[a:b][:4000] for a, b in split_sentences(text) if text[a:b].strip())
        table = _table(source, [("evidence", pair["evidence"].strip()[:4000], sentences)])
        claim = pair["claim"].strip()
        if claim and claim[-1] not in ".!?":
            claim += "."  # each row is one claimed sentence; unpunctuated, a short line reads as a heading
        findings = check_text(claim, "claim.txt", "text", Checker(table)).findings
        evidence = Counter(f.evidence.value for f in findings)
        if evidence["contradicts"] > evidence["supports"]:
            predicted = "Refutes"
        elif evidence["supports"]:
            predicted = "Supports"
        else:
            predicted = "Neutral"
        confusion[(pair["label"], predicted)] += 1
    scores = {}
    for label in LABELS:
        true_positive = confusion[(label, label)]
        predicted = sum(confusion[(g, label)] for g in LABELS)
        actual = sum(confusion[(label, p)] for p in LABELS)
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / actual if actual else 0.0
        scores[label] = {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}
    return {
        "pairs": len(pairs), "macro_f1": _mean(s["f1"] for s in scores.values()), "per_label": scores,
        "confusion": {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS},
    }


# ---------------------------------------------------------------- measures and output


def _average_precision(ranking: list[str], gold: set[str]) -> float:
    hits, total = 0, 0.0
    for position, item in enumerate(ranking, start=1):
        if item in gold:
            hits += 1
            total += hits / position
    return total / min(len(gold), len(ranking) or 1) if gold else 0.0


def _reciprocal_rank(ranking: list[str], gold: set[str]) -> float:
    return next((1 / position for position, item in enumerate(ranking, start=1) if item in gold), 0.0)


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    options = parser.parse_args()
    if not options.datasets.is_dir():
        raise SystemExit(f"quality.py: error: no datasets folder at {options.datasets}")

    started = time.perf_counter()
    clef, covid, health = clef2020(options.datasets), checkcovid(options.datasets), healthver(options.datasets)
    figures = {
        "clef2020_map5": round(clef["map5"], 4),
        "clef2020_mrr": round(clef["mrr"], 4),
        "clef2020_recall5": round(clef["recall5"], 4),
        "checkcovid_abstract_recall5": round(covid["abstract_recall5"], 4),
        "checkcovid_sentence_recall5": round(covid["sentence_recall5"], 4),
        "healthver_macro_f1": round(health["macro_f1"], 4),
        "healthver_refutes_recall": round(health["per_label"]["Refutes"]["recall"], 4),
        "healthver_confusion": health["confusion"],
    }
    rows = [
        ("CLEF 2020 dev, MAP@5", f"{clef['map5']:.3f}", "≥ 0.85", f"{clef['queries']} tweets, {clef['table']:,} verified claims"),
        ("CLEF 2020 dev, MRR", f"{clef['mrr']:.3f}", "", ""),
        ("CLEF 2020 dev, Recall@5", f"{clef['recall5']:.3f}", "", ""),
        ("Check-COVID dev, abstract Recall@5", f"{covid['abstract_recall5']:.3f}", "≥ 0.90", f"{covid['claims']} claims, {covid['abstracts']} abstracts"),
        ("Check-COVID dev, sentence Recall@5", f"{covid['sentence_recall5']:.3f}", "", f"{covid['table']:,} sentences"),
        ("HealthVer dev, macro-F1", f"{health['macro_f1']:.3f}", "≥ 0.60", f"{health['pairs']:,} pairs"),
        *((f"HealthVer dev, {label} P / R / F1", "{precision:.2f} / {recall:.2f} / {f1:.2f}".format(**health["per_label"][label]),
           "R ≥ 0.50" if label == "Refutes" else "", "") for label in LABELS),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"| {'measure':<{widths[0]}} | {'value':<{widths[1]}} | {'target':<{widths[2]}} | {'on':<{widths[3]}} |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(f"{cell:<{w}}" for cell, w in zip(r, widths)) + " |")
    print("\nHealthVer confusion (rows: gold, columns: predicted)")
    print(f"{'':<10}" + "".join(f"{p:>10}" for p in LABELS))
    for gold in LABELS:
        print(f"{gold:<10}" + "".join(f"{health['confusion'][gold][p]:>10}" for p in LABELS))
    print(f"\n{time.perf_counter() - started:.0f} s")
    if options.json:
        options.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
