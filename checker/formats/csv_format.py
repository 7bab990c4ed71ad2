"""BRIEF's CSV report, with cells that a spreadsheet would run as a formula neutralised."""
from __future__ import annotations

from checker.formats.controls import escape_controls
from checker.models import COLUMNS, EXTRA_COLUMNS, Report
from sources.writing import safe_cell

__all__ = ["render", "safe_cell"]


def render(report: Report) -> str:
    import pandas as pd

    # Controls are escaped before the frame is built: a file name that is not UTF-8 cannot enter a pandas column.
    rows = [{k: safe_cell(escape_controls(v)) if isinstance(v, str) else v for k, v in f.row().items()} for f in report.findings]
    return pd.DataFrame(rows, columns=COLUMNS + EXTRA_COLUMNS).to_csv(index=False, lineterminator="\n")
