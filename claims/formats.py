"""Output for `claimsift claims`: every sentence with its location, kind and self-contained form."""
from __future__ import annotations

import csv
import io
import json
import shutil

from claims.models import Document

COLUMNS = ["path", "line", "column", "kind", "text", "claim"]


def rows(documents: list[Document]) -> list[dict[str, object]]:
    return [
        {"path": s.path, "line": s.line, "column": s.column, "kind": s.kind.value, "text": s.text, "claim": s.claim}
        for document in documents
        for s in document.sentences
    ]


def render(documents: list[Document], fmt: str) -> str:
    table = rows(documents)
    if fmt == "json":
        return json.dumps(table, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        from checker.formats.csv_format import safe_cell

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in table)
        return buffer.getvalue()
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    buffer = io.StringIO()
    width = max(shutil.get_terminal_size(fallback=(100, 24)).columns, 40)  # the terminal's width
    console = Console(file=buffer, width=width, highlight=False, emoji=False)  # sentences as written: ":pill:" stays text
    view = Table(expand=True)
    locations = [f"{row['path']}:{row['line']}:{row['column']}" for row in table]
    # a location takes the room it needs up to a third of the width, then wraps; it is never cut
    view.add_column("where", overflow="fold", max_width=width // 3)
    view.add_column("kind", no_wrap=True)
    for name in ("text", "self-contained form"):
        view.add_column(name, ratio=1)
    for row, location in zip(table, locations):
        claim = "" if row["claim"] == row["text"] else escape(str(row["claim"]))
        view.add_row(escape(location), str(row["kind"]), escape(str(row["text"])), claim)
    console.print(view)
    return buffer.getvalue()
