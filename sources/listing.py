"""What a table holds: counts for `sources list`, one entry for `sources show`."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

from sources.table import SourceTable
from sources.writing import safe_cell


def counts(table: SourceTable) -> dict[str, dict[str, int]]:
    return {
        "totals": {"sources": len(table.sources), "reference claims": len(table.claims), "domains": len(table.domains)},
        "claims by topic": dict(sorted(Counter(c.topic or "-" for c in table.claims).items())),
        "claims by stance": dict(sorted(Counter(c.stance.value for c in table.claims).items())),
        "claims by jurisdiction": dict(sorted(Counter(c.jurisdiction or "-" for c in table.claims).items())),
        "sources by type": dict(sorted(Counter(s.type.value for s in table.sources.values()).items())),
        "sources by topic": dict(sorted(Counter(s.topic or "-" for s in table.sources.values()).items())),
        "sources by jurisdiction": dict(sorted(Counter(s.jurisdiction or "-" for s in table.sources.values()).items())),
        "domains by category": dict(sorted(Counter(d.category.value for d in table.domains.values()).items())),
    }


def render_counts(data: dict[str, dict[str, int]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(data, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["group", "value", "count"])
        for group, values in data.items():
            for value, count in values.items():
                writer.writerow([group, safe_cell(value), count])
        return buffer.getvalue()
    lines = []
    for group, values in data.items():
        lines.append(f"{group}:")
        lines.extend(f"  {value:<28} {count:>5}" for value, count in values.items())
    return "\n".join(lines) + "\n"


def describe(table: SourceTable, identifier: str) -> str | None:
    source = table.sources.get(identifier)
    if source:
        lines = [f"{name}: {value}" for name, value in source.model_dump(mode="json").items() if value not in ("", None)]
        lines.append(f"citation: {source.citation}")
        lines.append(f"link: {source.link}")
        citing = [c.id for c in table.claims if identifier in c.source_ids]
        lines.append(f"cited by: {', '.join(citing) or '-'}")
        return "\n".join(lines) + "\n"
    for claim in table.claims:
        if claim.id == identifier:
            data = claim.model_dump(mode="json")
            lines = [f"{name}: {' | '.join(v) if isinstance(v, list) else v}" for name, v in data.items() if v not in ("", None, [])]
            lines.extend(f"source {i}: {table.sources[i].citation} {table.sources[i].link}" for i in claim.source_ids)
            return "\n".join(lines) + "\n"
    return None
