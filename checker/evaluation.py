"""Score a report against a gold file (BRIEF's format: line, text, expected, also_ok, evidence, note)."""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

from checker.models import Report, Verdict

LABELS = [v.value for v in Verdict] + ["none"]


@dataclass
class GoldRow:
    line: int
    text: str
    expected: str
    also_ok: tuple[str, ...]
    note: str = ""


@dataclass
class Outcome:
    gold: GoldRow
    got: str  # the verdict found, or "none" when the report has no row for the sentence
    met: bool


@dataclass
class Evaluation:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def met(self) -> int:
        return sum(o.met for o in self.outcomes)

    @property
    def share_met(self) -> float:
        return self.met / len(self.outcomes) if self.outcomes else 0.0

    def per_label(self) -> dict[str, dict[str, float]]:
        """Precision and recall per verdict, counting a row as right when it is met."""
        scores = {}
        for label in LABELS:
            predicted = [o for o in self.outcomes if o.got == label]
            relevant = [o for o in self.outcomes if o.gold.expected == label]
            scores[label] = {
                "precision": sum(o.met for o in predicted) / len(predicted) if predicted else 0.0,
                "recall": sum(o.met for o in relevant) / len(relevant) if relevant else 0.0,
                "predicted": len(predicted),
                "expected": len(relevant),
            }
        return scores

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.met]


def read_gold(text: str) -> list[GoldRow]:
    rows = []
    for row in csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))):
        rows.append(
            GoldRow(
                line=int(row["line"]), text=row["text"].strip(), expected=row["expected"].strip(),
                also_ok=tuple(a.strip() for a in (row.get("also_ok") or "").split("|") if a.strip()),
                note=row.get("note", ""),
            )
        )
    return rows


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def evaluate(gold: list[GoldRow], report: Report) -> Evaluation:
    evaluation = Evaluation()
    for row in gold:
        wanted = _normal(row.text)
        found = [
            f for f in report.findings
            if f.line == row.line and (wanted in _normal(f.claim) or _normal(f.claim) in wanted)
        ]
        got = found[0].verdict.value if found else "none"
        accepted = {row.expected, *row.also_ok}
        evaluation.outcomes.append(Outcome(row, got, got in accepted))
    return evaluation


def label_counts(evaluation: Evaluation) -> Counter:
    return Counter((o.gold.expected, o.got) for o in evaluation.outcomes)
