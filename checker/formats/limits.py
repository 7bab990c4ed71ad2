"""What the places a CI report goes to accept, and the order that puts what matters within those limits.

GitHub shows at most 10 error and 10 warning annotations per step (50 per job), code scanning accepts at most
25,000 results per SARIF run, and a pull-request comment holds at most 65,536 characters. Reports for those
places list errors first, then warnings, then notes, each in document order, and say how many more there are.
"""
from __future__ import annotations

from checker.models import Finding

GITHUB_ANNOTATIONS_PER_LEVEL = 10  # per step, for each of error and warning
GITHUB_ANNOTATIONS_PER_JOB = 50
SARIF_RESULTS_PER_RUN = 25_000
COMMENT_CHARACTERS = 65_536

RANK = {"error": 0, "warning": 1, "note": 2}


def errors_first(findings: list[Finding]) -> list[Finding]:
    """Errors, then warnings, then notes; document order within each (the sort is stable)."""
    return sorted(findings, key=lambda f: RANK[f.severity.value])


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
