"""BRIEF's CSV report, with cells that a spreadsheet would run as a formula neutralised."""
from __future__ import annotations

import csv
import io
import re

from checker.formats.controls import CONTROLS, escape_controls
from checker.models import COLUMNS, EXTRA_COLUMNS, Report
from sources.writing import FORMULA_START, safe_cell

__all__ = ["render", "safe_cell"]

# A row's cells need escaping or quoting only if one holds a control character or begins like a formula. Two
# searches in C over all its cells, each after a newline, find every such row, and a few more (a newline inside
# a cell, a negative number), which take the cell-by-cell path: the same cells either way.
_CONTROL = re.compile(CONTROLS)
_FORMULA_AFTER_NEWLINE = re.compile(r"\n" + FORMULA_START)  # a literal first: the search skips ahead in C


def _may_need_care(row: list) -> bool:
    cells = "\n" + "\n".join(map(str, row))
    return bool(_FORMULA_AFTER_NEWLINE.search(cells) or _CONTROL.search(cells))


def render(report: Report) -> str:
    # The standard library's writer, not pandas: importing pandas alone took longer than checking 100 articles'
    # worth of findings. It quotes as pandas did (minimal quoting, "\n" line ends; every cell is a str, int or
    # float, written as repr), so the bytes are the same. Controls are escaped so that a file name that is not
    # UTF-8 cannot break the file.
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS + EXTRA_COLUMNS)
    for finding in report.findings:
        row = list(finding.row().values())
        if _may_need_care(row):
            row = [safe_cell(escape_controls(v)) if isinstance(v, str) else v for v in row]
        writer.writerow(row)
    return stream.getvalue()
