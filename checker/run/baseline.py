"""Baselines: accept the findings a repository already has, and report only new ones.

Findings are keyed on path and normalised claim text (and verdict), not on line numbers, so editing
the lines around an old finding does not make it new again. Paths are relative to the repository's root
(checker/run/repository.py), so a baseline made at the top works from any subfolder, and the other way round.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from checker.models import Finding, Report
from checker.run.repository import relative_path

VERSION = 1


class BaselineError(Exception):
    pass


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def key(finding: Finding, root: str | Path | None = None) -> tuple[str, str, str]:
    return relative_path(finding.path, root), _normal(finding.claim), finding.verdict.value


def render(report: Report, root: str | Path | None = None) -> str:
    entries = sorted({key(f, root or report.root or None) for f in report.findings})
    payload = {
        "version": VERSION,
        "tool": "claimsift",
        "findings": [{"path": p, "claim": c, "verdict": v} for p, c, v in entries],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


MAX_BYTES = 50_000_000


def load(path: Path) -> set[tuple[str, str, str]]:
    from claims.files import ReadRefused, read_bounded

    try:
        payload = json.loads(read_bounded(path, MAX_BYTES).decode("utf-8"))
        if not isinstance(payload, dict):
            raise BaselineError(f"{path}: not a claimsift baseline (expected a JSON object)")
        if type(payload.get("version")) is not int or payload["version"] != VERSION:  # `true` is not 1
            raise BaselineError(f"{path}: unsupported baseline version {payload.get('version')!r}")
        return {(e["path"], _normal(e["claim"]), e["verdict"]) for e in payload["findings"]}
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file") from None
    except ReadRefused as refused:
        raise BaselineError(f"{path}: {refused}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise BaselineError(f"{path}: not a claimsift baseline ({type(error).__name__})") from None


def new_findings(findings: list[Finding], known: set[tuple[str, str, str]], root: str | Path | None = None) -> list[Finding]:
    return [f for f in findings if key(f, root) not in known]
