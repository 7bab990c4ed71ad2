"""What a table holds: counts for `sources list`, one entry for `sources show`."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

from sources.models import GRADE_ORDER, Grade, ReferenceClaim
from sources.table import SourceTable
from sources.writing import safe_cell

MOST_CITED = 15  # how many of the most-cited sources the mix lists


def best_grade(claim: ReferenceClaim, table: SourceTable) -> Grade:
    """The strongest grade among the sources a claim cites (synthesis first, then primary research …)."""
    grades = {table.sources[i].grade for i in claim.source_ids if i in table.sources}
    return next((g for g in GRADE_ORDER if g in grades), Grade.OTHER)


def mix(table: SourceTable) -> dict[str, dict[str, int]]:
    """Where the table is thin: sources by grade, claims by their best source, subjects, the sources cited most."""
    cited = Counter(i for c in table.claims for i in c.source_ids)
    order = {g: n for n, g in enumerate(GRADE_ORDER)}
    by_grade = Counter(s.grade for s in table.sources.values())
    by_best = Counter(best_grade(c, table) for c in table.claims)
    return {
        "sources by grade": {g.value: by_grade[g] for g in sorted(by_grade, key=order.get)},
        "claims by grade of best source": {g.value: by_best[g] for g in sorted(by_best, key=order.get)},
        "claims by number of sources": {
            str(n): k for n, k in sorted(Counter(len(c.source_ids) for c in table.claims).items())},
        "claims by subject": dict(sorted(Counter(c.subject or "-" for c in table.claims).items())),
        "claims by subject and jurisdiction": dict(sorted(
            Counter(f"{c.subject or '-'} / {c.jurisdiction or '-'}" for c in table.claims).items())),
        "sources cited most": dict(cited.most_common(MOST_CITED)),
        "sources missing an identifier": {
            "no DOI": sum(not s.doi for s in table.sources.values()),
            "no PMID": sum(not s.pmid for s in table.sources.values()),
            "no URL": sum(not s.url for s in table.sources.values()),
            "no year": sum(s.year is None for s in table.sources.values()),
        },
    }


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
        **mix(table),
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
