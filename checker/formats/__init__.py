"""Report formats. Each module turns a Report into text; none of them judges anything."""
from __future__ import annotations

from collections.abc import Callable

from checker.models import Report

Formatter = Callable[[Report], str]


def get(name: str) -> Formatter:
    if name == "csv":
        from checker.formats.csv_format import render
    elif name == "json":
        from checker.formats.json_format import render
    elif name == "table":
        from checker.formats.table_format import render
    else:
        raise KeyError(name)
    return render


NAMES = ("table", "csv", "json")
