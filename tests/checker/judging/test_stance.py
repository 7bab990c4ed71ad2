"""Stance: negation over the words it governs, denials of false claims, hedges, reported speech."""
import pytest

from checker import Checker, check_text

CHECKER = Checker()


def judged(text: str):
    found = check_text(text, "claim.txt", checker=CHECKER).findings
    return (found[0].verdict.value, found[0].evidence.value, found[0].notes) if found else ("", "", "")


def test_asserting_a_proven_cure_is_contradicted_by_the_weak_evidence():
    assert judged("CBD oil cures anxiety and depression.")[1] == "contradicts"


def test_proven_against_little_evidence_is_never_agreement():
    # "proven" and "little good evidence" take opposite sides: the sentence must not be read as supported
    assert judged("CBD has been proven to treat anxiety disorders.")[1] != "supports"


def test_a_double_negative_asserts_the_side_effects():
    assert judged("Ketamine is not without risks, and nausea is a common side effect.")[1] != "contradicts"


def test_denying_a_false_cure_in_other_words_agrees_with_the_evidence():
    assert judged("There is no proven health benefit from taking CBD oil for depression.")[1] != "contradicts"


def test_no_better_than_placebo_is_an_assertion_not_a_denial():
    verdict, evidence, _ = judged("In controlled trials, psilocybin microdosing did no better than placebo.")
    assert evidence != "contradicts"


def test_reported_speech_does_not_assert_the_false_claim():
    verdict, evidence, notes = judged("Some sellers claim that fresh magic mushrooms are legal in the UK.")
    assert evidence != "contradicts"
    assert "reported speech (sellers claim)" in notes


def test_a_study_protocol_is_not_a_finding():
    assert judged("Mood and creativity will be assessed after each microdose of psilocybin.")[1] != "contradicts"


def test_questions_get_no_row():
    assert check_text("Are magic mushrooms legal in the UK?", "q.txt", checker=CHECKER).findings == []


@pytest.mark.parametrize("text", [
    "Magic mushrooms are perfectly legal to pick and keep in the UK as long as they are fresh.",
    "Cannabis is legal to buy and smoke recreationally in the UK.",
])
def test_a_plain_false_claim_is_contradicted(text):
    assert judged(text)[1] == "contradicts"


def test_news_that_a_regulator_will_not_approve_is_never_read_as_claiming_approval():
    # "that" after a noun ("word from the agency that …") may open the content of the noun, so the negation after
    # it may deny the false claim: too unsure to call a contradiction
    sentence = "This week the company heard from the FDA that the agency has decided not to approve MDMA-assisted therapy for PTSD."
    assert judged(sentence)[1] != "contradicts"


def test_the_plain_false_approval_claim_is_still_contradicted():
    # the plain case still works: the false approval claim, unhedged, with no negation anywhere
    assert judged("MDMA-assisted therapy has been approved by the FDA as a treatment for PTSD.")[1] == "contradicts"
