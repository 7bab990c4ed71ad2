"""schema.org ClaimReview (JSON-LD), one object per finding.

Rating scale (bestRating 5, worstRating 1):
5 "Supported by clinical evidence", 3 "No evidence found", 2 "Commercial promotion", 1 "Contradicted by clinical evidence".
"""
from __future__ import annotations

import datetime as dt
import json
import os
from urllib.parse import quote

from checker.models import Finding, Report
from checker.run.repository import relative_path

SCALE = {
    "supported": (5, "Supported by clinical evidence"),
    "none": (3, "No evidence found"),
    "promotion": (2, "Commercial promotion"),
    "contradicts": (1, "Contradicted by clinical evidence"),
}


def _rating(finding: Finding) -> tuple[int, str]:
    if finding.evidence.value == "contradicts":
        return SCALE["contradicts"]
    if finding.verdict.value == "promotion":
        return SCALE["promotion"]
    return SCALE["supported"] if finding.verdict.value == "supported" else SCALE["none"]


def _location(finding: Finding, report: Report) -> str:
    """The published page (`base_url` + the path from the repository root) and the line, or the path alone."""
    path = relative_path(finding.path, report.root or None)
    if report.review_base_url and not finding.path.startswith("<"):
        path = report.review_base_url.rstrip("/") + "/" + quote(path.lstrip("/"))
    return f"{path}#L{finding.line}"


def _date(finding: Finding, report: Report, cache: dict[str, str]) -> str:
    """The configured date, else the day the file was last modified (UTC), so a rerun on the same files is
    byte-identical; today only for stdin."""
    if report.review_date:
        return report.review_date
    if finding.path not in cache:
        try:
            stamp = os.stat(finding.path).st_mtime
            cache[finding.path] = dt.datetime.fromtimestamp(stamp, dt.timezone.utc).date().isoformat()
        except (OSError, ValueError, OverflowError):
            cache[finding.path] = dt.datetime.now(dt.timezone.utc).date().isoformat()
    return cache[finding.path]


def render(report: Report) -> str:
    author = {"@type": "Organization", "name": report.review_author or "claimsift"}
    dates: dict[str, str] = {}
    reviews = []
    for finding in report.findings:
        value, name = _rating(finding)
        where = _location(finding, report)
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": where,
            "claimReviewed": finding.claim,
            "itemReviewed": {
                "@type": "Claim",
                "appearance": {"@type": "CreativeWork", "url": where},
            },
            "author": author,
            "datePublished": _date(finding, report, dates),
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1, "alternateName": name},
        }
        if finding.url:
            review["citation"] = [{"@type": "CreativeWork", "name": finding.citation, "url": finding.url}]
        reviews.append(review)
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
