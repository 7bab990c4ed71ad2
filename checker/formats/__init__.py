"""Report formats. Each module turns a Report into text; none of them judges anything."""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from checker.models import Report

Formatter = Callable[[Report], str]

MODULES = {
    "table": "table_format", "csv": "csv_format", "json": "json_format", "github": "github_format",
    "sarif": "sarif_format", "junit": "junit_format", "markdown": "markdown_format", "html": "html_format",
    "claimreview": "claimreview_format",
}
NAMES = tuple(MODULES)


def get(name: str) -> Formatter:
    """The renderer of a format; its output never carries a control character from a document or a file name."""
    from checker.formats.controls import escape_controls

    render = import_module(f"checker.formats.{MODULES[name]}").render
    return lambda report: escape_controls(render(report))
