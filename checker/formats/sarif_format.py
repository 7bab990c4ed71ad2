"""SARIF 2.1.0, for code-scanning dashboards.

Locations are relative to the repository's root under the base id `%SRCROOT%`, as code scanning expects;
at most 25,000 results (code scanning's limit per run), errors first, with a notification saying how many more.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from checker.formats.limits import SARIF_RESULTS_PER_RUN, errors_first
from checker.formats.messages import RULES, message, rule_id
from checker.models import Report
from checker.run.repository import relative_path

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
BASE_ID = "%SRCROOT%"


def _location(path: str, root: str) -> dict:
    if path.startswith("<"):
        return {"uri": path.strip("<>")}
    relative = relative_path(path, root or None)
    if Path(relative).is_absolute():  # outside the repository: an absolute file URI
        return {"uri": Path(relative).as_uri()}
    return {"uri": quote(relative), "uriBaseId": BASE_ID}


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
    findings = errors_first(report.findings)
    for finding in findings[:SARIF_RESULTS_PER_RUN]:
        result = {
            "ruleId": rule_id(finding),
            "level": finding.severity.value,
            "message": {"text": f"{finding.claim} — {message(finding)}"},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": _location(finding.path, report.root),
                    "region": {"startLine": finding.line, "startColumn": finding.column},
                }
            }],
            "properties": {"verdict": finding.verdict.value, "evidence": finding.evidence.value, "score": finding.score,
                           "sourceIds": [s for s in finding.source_id.split(";") if s]},
        }
        results.append(result)
    run = {
        "tool": {"driver": {"name": "claimsift", "version": tool_version, "rules": rules}},
        "originalUriBaseIds": {BASE_ID: {"uri": Path(report.root or Path.cwd()).resolve().as_uri() + "/"}},
        "results": results,
    }
    left_out = len(findings) - len(results)
    if left_out:
        text = (f"and {left_out} more results not included: code scanning accepts at most {SARIF_RESULTS_PER_RUN:,} "
                "per run (errors come first); use --show error,warning or the CSV report for all of them")
        run["invocations"] = [{"executionSuccessful": True,
                               "toolExecutionNotifications": [{"level": "warning", "message": {"text": text}}]}]
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
