"""The report: one finding per claim and per promotional sentence. The contract with every output format."""
from __future__ import annotations

from collections import Counter
from enum import Enum

from pydantic import BaseModel, ConfigDict

from checker.judging.matching import Evidence

COLUMNS = [
    "path", "line", "column", "kind", "claim", "verdict", "evidence", "score", "source_id", "citation", "url",
    "matched", "promotion_signals", "notes",
]
EXTRA_COLUMNS = ["severity", "self_contained", "reference_id", "finding", "context"]
ROW_COLUMNS = tuple(COLUMNS + EXTRA_COLUMNS)


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


class Verdict(str, Enum):
    SUPPORTED = "supported"
    UNSUPPORTED = "unsupported"
    PROMOTION = "promotion"


class Severity(str, Enum):
    ERROR = "error"  # contradicted claims and promotion
    WARNING = "warning"  # claims with no evidence
    NOTE = "note"  # supported claims


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    line: int
    column: int
    kind: str
    claim: str
    verdict: Verdict
    evidence: Evidence
    score: float = 0.0
    source_id: str = ""
    citation: str = ""
    url: str = ""
    matched: str = ""
    promotion_signals: str = ""
    notes: str = ""
    severity: Severity = Severity.NOTE
    self_contained: str = ""
    reference_id: str = ""
    finding: str = ""
    context: str = ""

    def row(self) -> dict[str, object]:
        # What model_dump(mode="json") gives for these fields (str, int, float, and str enums as their values),
        # read straight from the attributes: every CSV row and every corpus row is made here.
        return {name: _plain(getattr(self, name)) for name in ROW_COLUMNS}


class Skipped(BaseModel):
    path: str
    reason: str


class SentenceView(BaseModel):
    line: int
    column: int
    text: str


class DocumentView(BaseModel):
    """A document's sentences, for reports that show the text (HTML)."""

    path: str
    title: str = ""
    sentences: list[SentenceView] = []


class UnusedSuppression(BaseModel):
    path: str
    line: int
    column: int
    action: str
    reason: str = ""


class DirectiveProblem(BaseModel):
    """A comment that looks like a claimsift directive but is not one (`<!-- claimsift: ignroe -->`)."""

    path: str
    line: int
    column: int
    message: str


class Report(BaseModel):
    findings: list[Finding] = []
    documents: int = 0
    sentences: int = 0
    skipped: list[Skipped] = []
    unused_suppressions: list[UnusedSuppression] = []
    directive_problems: list[DirectiveProblem] = []
    suppressed: int = 0  # findings hidden by suppression comments
    baselined: int = 0  # findings hidden because the baseline holds them
    views: list[DocumentView] = []
    review_author: str = ""  # for ClaimReview, from configuration
    review_date: str = ""  # ISO date for ClaimReview; the file's modification date when empty
    review_base_url: str = ""  # where the checked pages are published, for ClaimReview URLs
    root: str = ""  # the repository's root folder: report paths in SARIF, GitHub annotations and baselines are relative to it
    not_shown: int = 0  # findings left out by `--show`

    def summary(self) -> dict[str, object]:
        verdicts = Counter(f.verdict.value for f in self.findings)
        evidence = Counter(f.evidence.value for f in self.findings)
        cited = Counter(s for f in self.findings for s in f.source_id.split(";") if s)
        severities = Counter(f.severity.value for f in self.findings)
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "findings": len(self.findings),
            "verdicts": {v.value: verdicts.get(v.value, 0) for v in Verdict},
            "evidence": {e.value: evidence.get(e.value, 0) for e in Evidence},
            "sources_cited": dict(sorted(cited.items())),
            "skipped": len(self.skipped),
            "suppressed": self.suppressed,
            "baselined": self.baselined,
            "unused_suppressions": len(self.unused_suppressions),
            "unknown_directives": len(self.directive_problems),
            "severities": {s.value: severities.get(s.value, 0) for s in Severity},
            "not_shown": self.not_shown,
        }

    def to_dataframe(self):
        import pandas as pd

        return pd.DataFrame([f.row() for f in self.findings], columns=COLUMNS + EXTRA_COLUMNS)
