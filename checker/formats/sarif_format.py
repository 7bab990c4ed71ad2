"""SARIF 2.1.0, for code-scanning dashboards."""
from __future__ import annotations

import json
from pathlib import Path

from checker.formats.messages import RULES, message, rule_id
from checker.models import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    if path.startswith("<"):
        return path.strip("<>")
    return Path(path).as_posix()


def render(report: Report) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        tool_version = version("claimsift")
    except PackageNotFoundError:
        tool_version = "0"
    rules = [
        {"id": rid, "name": rid.replace("-", " "), "shortDescription": {"text": text},
         "defaultConfiguration": {"level": "error" if rid in ("contradicted-claim", "promotion") else "warning" if rid == "unsupported-claim" else "note"}}
        for rid, text in RULES.items()
    ]
    results = []
    for finding in report.findings:
        result = {
            "ruleId": rule_id(finding),
            "level": finding.severity.value,
            "message": {"text": f"{finding.claim} — {message(finding)}"},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(finding.path)},
                    "region": {"startLine": finding.line, "startColumn": finding.column},
                }
            }],
            "properties": {"verdict": finding.verdict.value, "evidence": finding.evidence.value, "score": finding.score,
                           "sourceIds": [s for s in finding.source_id.split(";") if s]},
        }
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "claimsift", "version": tool_version, "rules": rules}},
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
