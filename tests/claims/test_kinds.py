import re

import pytest
from hypothesis import given, strategies as st

from claims.kinds import classify
from claims.models import Kind

CASES = [
    ("Ketamine is a Class B drug in the UK.", "paragraph", None, Kind.CLAIM),
    ("Benefits and Limitations", "heading", None, Kind.HEADING),
    ("Is ketamine safe?", "paragraph", None, Kind.QUESTION),
    ("Benefits:", "paragraph", None, Kind.OTHER),
    ("Consult a doctor before starting any treatment.", "item", None, Kind.ADVICE),
    ("Reduce depressive symptoms within hours.", "item", "Studies highlight ketamine's ability to:", Kind.CLAIM),
    ("Optimal dosing regimens for older adults.", "item", "Research continues to explore:", Kind.OTHER),
    ("We believe this is the future of psychiatry.", "paragraph", None, Kind.OPINION),
    ("This research fuels hope that treatment will improve.", "paragraph", None, Kind.OPINION),
    ("No Responses", "paragraph", None, Kind.OTHER),
    ("Leave a reply", "paragraph", None, Kind.OTHER),
    ("You should talk to your GP first.", "paragraph", None, Kind.ADVICE),
    ("Product", "cell", None, Kind.OTHER),
    ("Home Blog Contact", "furniture", None, Kind.OTHER),
]


@pytest.mark.parametrize("text, role, lead_in, expected", CASES)
def test_kind(text, role, lead_in, expected):
    assert classify(text, role, lead_in) is expected


def test_sentences_about_the_page_itself_are_not_claims():
    assert classify("This guide looks at the evidence and the law.", "paragraph") is Kind.OTHER
    assert classify("Many readers ask us whether gummies help.", "paragraph") is Kind.OTHER


@pytest.mark.parametrize("text", [
    "Smith J. Ketamine. Lancet 2019;393:12-9.", "See doi: 10.1000/182 for the trial.", "https://doi.org/10.1000/182",
    "PMID 31234567", "Retrieved from the NHS website.", "Ketamine [Internet]. London.", "A study protocol for ketamine.",
    "Randomised, double-blind trial of ketamine in depression.", "Ketamine: a randomised trial", "RETRIEVED FROM nhs.uk",
    "Psilocybin: A SYSTEMATIC REVIEW", "Acceſſed on 3 May.", "Ketamine is a Class B drug in the UK.",
    "A review of ketamine", "Published in 2019 by the trust.", "Trial results in 1999.", "Doing well.",
])
def test_citation_shortcut_agrees_with_the_pattern(text):
    """`_cites` skips the pattern only where it cannot match: it gives the pattern's answer everywhere."""
    from claims.kinds import _CITATION, _cites

    assert _cites(text) is bool(re.search(_CITATION, text, re.I))


_CITATION_PIECES = [
    "2019", "1999", "2024", ":", ";", ",", ".", " ", "  ", "(", ")", "12", "3", "e45", "doi", "DOI", "10.", "doi.org/",
    "pmid", "PMID", "trial", "Trial", "study", "STUDY", "review", "meta-analysis", "of", "in", "on", "for", "retrieved",
    "from", "Accessed", "[internet]", "[Internet]", "randomised", "Randomized", "double-blind", "a", "an", "protocol",
    "phase", "ii", "pilot", "systematic", "cohort", "ketamine", "x", "\n", "\u017f", "\u212a",
]


@given(st.lists(st.sampled_from(_CITATION_PIECES), max_size=14).map("".join))
def test_citation_shortcut_agrees_with_the_pattern_on_any_mix_of_its_pieces(text):
    from claims.kinds import _CITATION, _cites

    assert _cites(text) is bool(re.search(_CITATION, text, re.I))


_CUED_PIECES = [
    " ", ".", ",", "I", "i", "we", "We", "you", "You", "patients", "readers", "people", "should", "Should", "must",
    "need to", "ought to", "please", "Please", "if you", "If you", "think", "believe", "feel", "recommend", "in", "my",
    "our", "Our", "view", "opinion", "be", "hope", "hopes", "hopeful", "the best chance", "ensure", "ensures", "love",
    "this", "This", "the present", "guide", "article", "post", "page", "blog", "piece", "review", "often", "ask",
    "asked", "us", "ketamine", "x", "-", "\u017f", "\u212a",
]


@pytest.mark.parametrize("pattern, cues", [("_ADVICE", "_ADVICE_CUES"), ("_OPINION", "_OPINION_CUES"),
                                           ("_SELF_REFERENCE", "_SELF_REFERENCE_CUES")])
@given(text=st.lists(st.sampled_from(_CUED_PIECES), max_size=12).map("".join))
def test_a_pattern_skipped_for_want_of_its_cues_cannot_match(pattern, cues, text):
    from claims import kinds

    if getattr(kinds, pattern).search(text):
        assert kinds._cued(text.lower() if text.isascii() else None, getattr(kinds, cues))


def _foreign_as_first_written(text):
    from claims.kinds import _ENGLISH, _LETTERS, _OTHER_LANGUAGES

    words = _LETTERS.findall(text.lower())
    if len(words) < 8:
        return False
    latin = sum(1 for w in words if w.isascii() or all(ord(ch) < 0x250 for ch in w))
    if latin * 2 < len(words):
        return True
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER_LANGUAGES)
    return other >= 3 and other > 2 * english


_LANGUAGE_PIECES = ["the", "of", "and", "is", "der", "die", "und", "le", "la", "et", "est", "el", "los", "y", "het",
                    "não", "são", "il", "che", "ketamine", "Ketamin", "кетамин", "депрессия", "氯胺酮", "ß", "x", " ", ".", "3"]


@given(st.lists(st.sampled_from(_LANGUAGE_PIECES), max_size=24).map(" ".join))
def test_the_foreign_test_gives_what_it_gave_before_it_was_made_quicker(text):
    from claims.kinds import _foreign

    assert _foreign(text) is _foreign_as_first_written(text)


@pytest.mark.parametrize("text", [
    "These capsules are not intended to diagnose, treat, cure or prevent any disease.",
    "*This claim has not been evaluated by the Food and Drug Administration.",
    "Our articles are not a substitute for medical advice from your own doctor.",
    "This page is for educational purposes only.",
    "Any treatment decision should be made with a qualified clinician.",
    "Sam Okafor is a health writer who has covered supplements for ten years.",
])
def test_disclaimers_and_bylines_are_not_claims(text):
    assert classify(text, "paragraph") is Kind.OTHER


@pytest.mark.parametrize("text", [
    "Ketamine is not intended for use in children under 16.",
    "Psilocybin is not a substitute for antidepressants in severe depression, the trial's authors wrote.",
    "Sam Okafor is a patient who joined the trial in 2021.",
])
def test_claims_that_sound_like_disclaimers_stay_claims(text):
    assert classify(text, "paragraph") is Kind.CLAIM
