"""Output for `claimsift claims`: every sentence with its location, kind and self-contained form."""
from __future__ import annotations

import csv
import io
import json

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
    console = Console(file=buffer, width=160, highlight=False)
    view = Table(expand=True)
    for name, ratio in (("where", 2), ("kind", 1), ("text", 5), ("self-contained form", 5)):
        view.add_column(name, ratio=ratio)
    for row in table:
        claim = "" if row["claim"] == row["text"] else escape(str(row["claim"]))
        view.add_row(f"{escape(str(row['path']))}:{row['line']}:{row['column']}", str(row["kind"]), escape(str(row["text"])), claim)
    console.print(view)
    return buffer.getvalue()
