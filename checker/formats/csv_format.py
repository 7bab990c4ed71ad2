"""BRIEF's CSV report, with cells that a spreadsheet would run as a formula neutralised."""
from __future__ import annotations

import re

from checker.models import COLUMNS, EXTRA_COLUMNS, Report

_FORMULA = re.compile(r"^\s*[=+\-@\t\r]")


def safe_cell(value: object) -> object:
    """Prefix a quote to text a spreadsheet would evaluate ("=HYPERLINK(…)", "+1", "@SUM", also after spaces)."""
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def render(report: Report) -> str:
    frame = report.to_dataframe()
    for column in frame.columns:
        if frame[column].dtype == object or str(frame[column].dtype).startswith("str"):
            frame[column] = frame[column].map(safe_cell)
    return frame[COLUMNS + EXTRA_COLUMNS].to_csv(index=False, lineterminator="\n")
