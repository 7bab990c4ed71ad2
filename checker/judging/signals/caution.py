"""Reputable context around a product: a warning, a recall, harm, funding, or a free public service.

These count against promotion: a regulator naming a recalled brand, a research centre naming its donors,
a charity inviting readers to a free service."""
from __future__ import annotations

from checker.judging.signals.vocabulary import CAUTION, DISCLAIMER, PUBLIC_SERVICE, RESEARCH, cued
from claims import Sentence
from sources import SourceTable


CUES = ("recall", "warn", "poison", "seiz", "illness", "hospitali", "adverse", "contaminat", "undisclosed", "undeclared",
        "unlabel", "banned", "withdrawn", "enforcement", "given", "donated", "granted", "donor", "grant", "fund", "free",
        "no cost", "charit", "profit", "helpline", "nhs", "crisis", "gp", "refer", "we ", "participants",
        "investigator", "volunteers", "protocol", "registration", "peer", "upheld", "complainant", "advertisers",
        "breach of", "scam", "consumer protection", "attorney general", "trading standards", "miracle cure",
        "waste of")


def caution(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    if not cued(lower, CUES):
        return []
    found = [f"caution: {m.group(0).lower()}" for m in CAUTION.finditer(lower)][:1]
    found += [f"public service: {m.group(0).lower()}" for m in PUBLIC_SERVICE.finditer(lower)][:1]
    found += [f"research: {m.group(0)}" for m in RESEARCH.finditer(lower)][:1]
    return found


DISCLAIMER_CUES = ("consult", "talk to", "speak to", "speak with", "check with", "accountable", "responsible", "liable",
                   "exceed", "intended", "meant to", "evaluated", "substitute", "replacement", "decision", "purposes only")


def disclaimer(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """A seller's own legal or safety disclaimer ("consult your doctor", "we cannot be held responsible"): it
    protects the seller and sells nothing. It counts against its own sentence only: shops carry disclaimers, so
    they say nothing about whether the page sells."""
    lower = sentence.text.lower()
    if not cued(lower, DISCLAIMER_CUES):
        return []
    return [f"disclaimer: {m.group(0)}" for m in DISCLAIMER.finditer(lower)][:1]
