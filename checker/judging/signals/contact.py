"""A clinic's or a shop's own booking and contact lines, and the pitch of a paid service."""
from __future__ import annotations

import re

from checker.judging.signals.vocabulary import cued
from claims import Sentence
from sources import SourceTable

CONTACT = re.compile(
    r"\b(?:contact us|call us|email us|get in touch|speak to our (?:team|experts?|advisers?)|enquire (?:now|today)|"
    r"(?:book|schedule|arrange|request) (?:a|an|your) (?:[\w-]+ ){0,2}?(?:consultation|appointment|call|callback|"
    r"session|assessment|evaluation|visit)|request a callback|our (?:clinic|team) (?:is|are) open|call our (?:office|clinic))\b|"
    # a contact label with its number or address: "Phone: 1-800 …", "Email: hello@…"
    r"^(?:phone|tel|telephone|call|email|e-mail|whatsapp)\s*:\s*(?=[\d+(]|\S+@)",
)
_PHONE = re.compile(r"(?:\+?\d[\d ()-]{7,}\d)")
# The reader as the customer of a service: "your initial consultation", "a care plan customised for you".
PITCH = re.compile(
    r"\byour (?:\w+ ){0,2}?(?:consult|consultation|care team|care plan|program|programme|sessions?|prescription|"
    r"treatment plan|journey|membership|subscription|orders?|account|basket|cart|provider|clinician|prescriber|guide|"
    r"integrator|specialist|practitioner|experience|retreat|stay|booking|spot|intake|deposit|balance)\b|"
    # the client's path through a paid service: "a good candidate for our program", "is ketamine right for you"
    r"\b(?:candidate for (?:our|this|the) (?:\w+ ){0,2}?(?:program|programme|treatment|therapy|service)|right for (?:you|me)|"
    r"sign up for)\b|"
    r"\bcustomi[sz]ed (?:for|to) you\b|\btailored to you\b|\bfrom the comfort of your (?:own )?home\b|"
    r"\b(?:you are|you're|you'll be) (?:then )?(?:paired|matched) with\b|\bat your own pace\b|"
    r"\b(?:benefits|advantages) over (?:other|traditional|conventional|standard)\b|"
    # the provider's promise of what it will do with its client: "we will review the process with you"
    r"\bwe(?:['’]ll| will) (?:[\w,-]+ ){1,8}?(?:with|for|on) you\b",
)


CONTACT_CUES = ("contact us", "call us", "email us", "get in touch", "speak to our", "enquire", "book", "schedule",
                "arrange", "request", "our clinic", "our team", "call our", "phone", "tel", "call", "mail", "whatsapp")
PITCH_CUES = ("your", "candidate", "right for", "sign up", "customi", "tailored", "paired", "matched", "own pace",
              "benefits over", "advantages over", "we will", "we'll", "we’ll")


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


# The reader taken through the steps of a service: "you'll meet your clinician", "you will be connected to …",
# the service's staff at work ("the prescriber will adjust the dose"), its clients, what it costs them.
YOU_WILL = re.compile(
    r"\byou(?:['’]ll| will)\b|"
    r"\b(?:the|an?|our|your) (?:[\w-]+ )?(?:clinician|prescriber|integrator|specialist|guide|nurse|provider|physician|"
    r"facilitator|practitioner|therapist|care team|medical team)s? (?:[\w-]+ ){0,2}?(?:will|can|is|are)\b|"
    r"\b(?:by|with) the (?:clinician|prescriber|integrator|specialist|guide|nurse|provider|facilitator)\b|"
    r"\bclients?\b|\b(?:the|its|their) cost of\b|\binvestment in your\b|"
    r"\b(?:insurance|insurers?|reimburse\w*|superbills?|out-of-network|financing|payment plans?)\b|"
    # the visit itself: "before you arrive", "during your infusion", "to and from the appointments"
    r"\b(?:before|after|during|to and from) (?:you arrive|(?:the|your) (?:first )?(?:appointments?|infusions?|"
    r"sessions?|visits?|treatments?|consultations?))\b"
)


# What shows that the page sells a service, not goods: its voice, its pitch, its booking lines.
SERVICE_FEATURES = ("service voice", "service pitch", "booking or contact lines")


def customer_path(sentence: Sentence, table: SourceTable, page=None) -> list[str]:
    """On a page that sells a service (its own voice or pitch counted), telling the reader what will happen to
    them is the service describing itself. Read only once the page's decision is made: an NHS page or a trial's
    says "you will" too, and does not sell."""
    if page is None or not page.sells or not any(page.counts[name] for name in SERVICE_FEATURES):
        return []
    match = YOU_WILL.search(sentence.text.lower())
    return [f"the customer's path: {match.group(0)}"] if match else []
