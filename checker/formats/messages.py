"""One-line messages and rule ids shared by the CI formats."""
from __future__ import annotations

from checker.models import Finding

RULES = {
    "contradicted-claim": "The claim is contradicted by the clinical sources in the table.",
    "promotion": "The sentence promotes a commercial product, service, shop or brand.",
    "unsupported-claim": "No reference claim in the table supports the claim.",
    "supported-claim": "The claim matches a reference claim supported by its sources.",
}


# The four words every human-facing report uses for a finding. "contradicted" is the CSV's verdict `unsupported`
# with evidence `contradicts`, as `--fail-on contradicted` names it.
LABELS = ("supported", "unsupported", "contradicted", "promotion")


def label(finding: Finding) -> str:
    if finding.verdict.value == "promotion":
        return "promotion"
    if finding.evidence.value == "contradicts":
        return "contradicted"
    return finding.verdict.value


def long_label(finding: Finding) -> str:
    """The label, and for a promotion whose claim the sources contradict, that too: "promotion (contradicted)"."""
    name = label(finding)
    return f"{name} (contradicted)" if name == "promotion" and finding.evidence.value == "contradicts" else name


def rule_id(finding: Finding) -> str:
    if finding.verdict.value == "promotion":
        return "promotion"
    if finding.evidence.value == "contradicts":
        return "contradicted-claim"
    if finding.verdict.value == "unsupported":
        return "unsupported-claim"
    return "supported-claim"


def title(finding: Finding) -> str:
    return {
        "promotion": "claimsift: promotion",
        "contradicted-claim": "claimsift: contradicted claim",
        "unsupported-claim": "claimsift: no evidence",
        "supported-claim": "claimsift: supported",
    }[rule_id(finding)]


def message(finding: Finding) -> str:
    parts = [long_label(finding)]
    if finding.matched:
        parts.append(f"matched: {finding.matched}")
    if finding.citation:
        parts.append(f"source: {finding.citation}")
    if finding.promotion_signals:
        parts.append(f"signals: {finding.promotion_signals}")
    if finding.notes:
        parts.append(f"notes: {finding.notes}")
    return " — ".join(parts)
