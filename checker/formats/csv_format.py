"""BRIEF's CSV report, with cells that a spreadsheet would run as a formula neutralised."""
from __future__ import annotations

import csv
import io

from checker.formats.controls import escape_controls
from checker.models import COLUMNS, EXTRA_COLUMNS, Report
from sources.writing import safe_cell

__all__ = ["render", "safe_cell"]


def render(report: Report) -> str:
    # The standard library's writer, not pandas: importing pandas alone took longer than checking 100 articles'
    # worth of findings. It quotes as pandas did (minimal quoting, "\n" line ends; every cell is a str, int or
    # float, written as repr), so the bytes are the same. Controls are escaped so that a file name that is not
    # UTF-8 cannot break the file.
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS + EXTRA_COLUMNS)
    for finding in report.findings:
        writer.writerow([safe_cell(escape_controls(v)) if isinstance(v, str) else v for v in finding.row().values()])
    return stream.getvalue()
