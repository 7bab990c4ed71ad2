"""schema.org ClaimReview (JSON-LD), one object per finding.

Rating scale (bestRating 5, worstRating 1):
5 "Supported by clinical evidence", 3 "No evidence found", 2 "Commercial promotion", 1 "Contradicted by clinical evidence".
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from checker.models import Finding, Report

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


def _location(finding: Finding) -> str:
    path = finding.path if finding.path.startswith("<") else Path(finding.path).as_posix()
    return f"{path}#L{finding.line}"


def render(report: Report) -> str:
    author = {"@type": "Organization", "name": report.review_author or "claimsift"}
    today = report.review_date or dt.date.today().isoformat()
    reviews = []
    for finding in report.findings:
        value, name = _rating(finding)
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": _location(finding),
            "claimReviewed": finding.claim,
            "itemReviewed": {
                "@type": "Claim",
                "appearance": {"@type": "CreativeWork", "url": _location(finding)},
            },
            "author": author,
            "datePublished": today,
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1, "alternateName": name},
        }
        if finding.url:
            review["citation"] = [{"@type": "CreativeWork", "name": finding.citation, "url": finding.url}]
        reviews.append(review)
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
