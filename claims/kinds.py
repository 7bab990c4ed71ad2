"""Decide what kind of sentence a sentence is: claim, heading, question, advice, opinion or other."""
from __future__ import annotations

import re

from claims.models import Kind

# Verbs that open an instruction to the reader.
IMPERATIVES = frozenset(
    """
    consult avoid explore stay talk speak ask check visit try consider see read learn discover find get
    buy order shop use take keep remember seek call contact click join sign subscribe start choose follow
    discuss never always be make tell look watch download book browse grab save shop register enrol enroll
    let don't do note compare
    """.split()
)
_LABEL = re.compile(r"^[^:]{2,60}:\s+")
_ADVICE = re.compile(r"\b(?:you|patients|readers|people) (?:should|must|need to|ought to)\b|^(?:please|if you\b)", re.I)
_OPINION = re.compile(
    r"\b(?:i|we) (?:think|believe|feel|recommend)\b|\bin (?:my|our) (?:view|opinion)\b|\bshould be\b|"
    r"\bhopes?\b|\bhopeful\b|\bthe best chance\b|\bensures?\b|\bwe love\b",
    re.I,
)
_FURNITURE = re.compile(
    r"^(?:no responses?|\d+ (?:responses?|comments?)|leave a (?:reply|comment)|share (?:this|on)|posted (?:on|in|by)|"
    r"read more|related posts?|all rights reserved|copyright|©|cookie|subscribe|tags?:|categories?:|menu|skip to)",
    re.I,
)
# Sentences about the page itself, not about the world.
_SELF_REFERENCE = re.compile(
    r"^(?:this|our|the present) (?:guide|article|post|page|blog|piece|review)\b|\b(?:readers|people|you) (?:often )?ask(?:ed)? us\b",
    re.I,
)
# Lead-ins that announce topics being studied rather than findings.
_TOPIC_VERB = re.compile(r"\b(?:explor\w*|investigat\w*|examin\w*|stud(?:y|ying)|research(?:ing)? into|look(?:ing)? into|questions? (?:about|on))\b", re.I)


def classify(text: str, role: str, lead_in: str | None = None) -> Kind:
    stripped = text.strip()
    if role == "heading":
        return Kind.HEADING
    if role == "furniture" or _FURNITURE.match(stripped):
        return Kind.OTHER
    if stripped.endswith("?"):
        return Kind.QUESTION
    if stripped.endswith(":"):
        return Kind.OTHER  # a label or the lead-in of a list
    if len(stripped.split()) < 3:
        return Kind.OTHER
    if _SELF_REFERENCE.search(stripped):
        return Kind.OTHER
    if role == "item" and lead_in and lead_in.rstrip().endswith(":") and _TOPIC_VERB.search(lead_in[-300:]):
        return Kind.OTHER
    if _is_advice(stripped, role, lead_in):
        return Kind.ADVICE
    if _OPINION.search(stripped):
        return Kind.OPINION
    if role == "cell" and len(stripped.split()) < 6 and not stripped.endswith("."):
        return Kind.OTHER
    return Kind.CLAIM


def _is_advice(text: str, role: str, lead_in: str | None) -> bool:
    if _ADVICE.search(text):
        return True
    body = _LABEL.sub("", text, count=1)
    first = body.split(maxsplit=1)[0].lower().strip("\"'“‘*_") if body.split() else ""
    if first not in IMPERATIVES:
        return False
    # "…ketamine's ability to:" / "- Reduce symptoms" is a claim, not an instruction.
    continues_infinitive = role == "item" and lead_in is not None and re.search(r"\bto:?\s*$", lead_in)
    return not continues_infinitive
