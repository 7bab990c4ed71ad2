"""Reports for places with a limit keep within it, errors first, and say how many more there are."""
import json
import random

from checker.formats import get
from checker.judging.matching import Evidence
from checker.models import Finding, Report, Severity, Verdict


def _findings(errors: int, warnings: int, claim_length: int = 60) -> list[Finding]:
    levels = ["error"] * errors + ["warning"] * warnings
    random.Random(0).shuffle(levels)  # errors and warnings mixed in document order
    found = []
    for i, level in enumerate(levels):
        error = level == "error"
        found.append(Finding(
            path=f"content/page{i // 50:03}.md", line=i % 50 + 1, column=1, kind="claim",
            claim=(f"Claim number {i} " + "x" * claim_length)[:claim_length],
            verdict=Verdict.PROMOTION if error else Verdict.UNSUPPORTED, evidence=Evidence.NONE,
            severity=Severity.ERROR if error else Severity.WARNING,
        ))
    return found


def test_sarif_keeps_at_most_25000_results_errors_first_and_says_how_many_more():
    findings = _findings(errors=100, warnings=25_000, claim_length=20)
    log = json.loads(get("sarif")(Report(findings=findings, documents=1, root="/repo")))
    run = log["runs"][0]
    assert len(run["results"]) == 25_000
    assert [r["level"] for r in run["results"][:100]] == ["error"] * 100
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"].startswith("and 100 more results not included: code scanning accepts at most 25,000")


def test_sarif_within_the_limit_has_no_notification():
    run = json.loads(get("sarif")(Report(findings=_findings(3, 3), documents=1)))["runs"][0]
    assert len(run["results"]) == 6 and "invocations" not in run


def test_markdown_comment_stops_at_65536_characters():
    text = get("markdown")(Report(findings=_findings(errors=400, warnings=400, claim_length=300), documents=16))
    assert len(text) <= 65_536
    rows = [line for line in text.splitlines() if line.startswith("| ❌") or line.startswith("| ⚠️")]
    assert rows and all(r.startswith("| ❌") for r in rows[:min(len(rows), 400)])
    assert f"… and {800 - len(rows)} more findings (" in text


def test_github_annotations_are_capped_per_level():
    text = get("github")(Report(findings=_findings(errors=30, warnings=4), documents=1))
    lines = text.splitlines()
    assert sum(l.startswith("::error ") for l in lines) == 10
    assert sum(l.startswith("::warning ") for l in lines) == 4
    assert lines[-1].endswith("and 20 more errors listed above without an annotation (GitHub shows 10 errors and 10 warnings per step)")
