"""The report as JSON: the same fields as the CSV, plus a summary."""
from __future__ import annotations

import json

from checker.models import Report


def render(report: Report) -> str:
    payload = {
        "summary": report.summary(),
        "findings": [finding.row() for finding in report.findings],
        "skipped": [s.model_dump() for s in report.skipped],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
