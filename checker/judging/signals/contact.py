"""A clinic's or a shop's own booking and contact lines, and the pitch of a paid service."""
from __future__ import annotations

import re

from checker.judging.signals.vocabulary import cued
from claims import Sentence
from sources import SourceTable

CONTACT = re.compile(
    r"\b(?:contact us|call us|email us|get in touch|speak to our (?:team|experts?|advisers?)|enquire (?:now|today)|"
    r"(?:book|schedule|arrange|request) (?:a|an|your) (?:free |initial )?(?:consultation|appointment|call|callback|"
    r"session|assessment|visit)|request a callback|our (?:clinic|team) (?:is|are) open)\b",
)
_PHONE = re.compile(r"(?:\+?\d[\d ()-]{7,}\d)")
# The reader as the customer of a service: "your initial consultation", "a care plan customised for you".
PITCH = re.compile(
    r"\byour (?:\w+ ){0,2}?(?:consult|consultation|care team|care plan|program|programme|sessions?|prescription|"
    r"treatment plan|journey|membership|subscription|orders?|account|basket|cart)\b|"
    r"\bcustomi[sz]ed (?:for|to) you\b|\btailored to you\b|\bfrom the comfort of your (?:own )?home\b|"
    r"\b(?:you are|you're|you'll be) (?:then )?(?:paired|matched) with\b|\bat your own pace\b|"
    r"\b(?:benefits|advantages) over (?:other|traditional|conventional|standard)\b",
)


CONTACT_CUES = ("contact us", "call us", "email us", "get in touch", "speak to our", "enquire", "book", "schedule",
                "arrange", "request", "our clinic", "our team")
PITCH_CUES = ("your", "customi", "tailored", "paired", "matched", "own pace", "benefits over", "advantages over")


def contact(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    match = CONTACT.search(lower) if cued(lower, CONTACT_CUES) else None
    if not match:
        return []
    phone = _PHONE.search(sentence.text[match.end():])
    return [f"contact line: {match.group(0).lower()}" + (f" {phone.group(0).strip()}" if phone else "")]


def service_pitch(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    lower = sentence.text.lower()
    if not cued(lower, PITCH_CUES):
        return []
    return [f"service pitch: {' '.join(m.group(0).split())}" for m in PITCH.finditer(lower)]
