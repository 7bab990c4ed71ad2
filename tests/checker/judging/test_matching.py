import pytest

from checker import Checker, check_text

CHECKER = Checker()


def judged(text: str):
    finding = check_text(text, "claim.txt", checker=CHECKER).findings[0]
    return finding.verdict.value, finding.evidence.value, finding.reference_id


@pytest.mark.parametrize("text, verdict, evidence", [
    ("In the UK, ketamine is a Class B drug under the Misuse of Drugs Act 1971.", "supported", "supports"),
    ("Magic mushrooms are legal in the UK if you pick them fresh.", "unsupported", "contradicts"),
    ("Psilocybin microdosing was no better than placebo for mood in placebo-controlled studies.", "supported", "supports"),
    ("CBD is a proven cure for anxiety and depression.", "unsupported", "contradicts"),
    ("Antidepressants usually take several weeks to reach their full effect.", "supported", "supports"),
])
def test_known_statements_get_their_stance(text, verdict, evidence):
    assert judged(text)[:2] == (verdict, evidence)


def test_the_subject_must_agree():
    # The table says ketamine is Class B; it must not lend that to psilocybin.
    verdict, evidence, reference = judged("Psilocybin is a Class B drug in the UK.")
    assert not reference.startswith("ket-")
    assert evidence != "supports"


def test_negation_flips_the_stance():
    # Denying a false claim agrees with the evidence; denying a true one is never read as support.
    assert judged("Microdose mushroom capsules cannot be sold legally in the UK.")[1] == "supports"
    assert judged("Fresh magic mushrooms are not legal in the UK.")[1] == "supports"
    # close to the supporting cut: whichever side it falls, a denial is never read as a contradiction
    assert judged("Magic mushrooms are not legal in the UK, even when fresh.")[1] != "contradicts"
    assert judged("Ketamine is not a Class B drug in the UK.")[1] != "supports"


def test_opposite_words_never_turn_a_warning_into_agreement():
    # "damage" against "completely safe for your bladder" is the opposite claim: never a contradiction
    assert judged("Regular heavy use of ketamine can damage the bladder.")[1] != "contradicts"


def test_different_amounts_do_not_match():
    assert judged("The FSA advises healthy adults to take no more than 10 mg of CBD a day.")[1] == "supports"
    assert judged("The FSA advises healthy adults to take no more than 70 mg of CBD a day.")[1] != "supports"
    assert judged("The FSA advises healthy adults to take no more than 200 mg of CBD a day.")[1] == "none"


def test_a_claim_with_nothing_in_the_table_is_unsupported_with_no_evidence():
    assert judged("Drinking green tea doubles the speed of learning a new language.")[:2] == ("unsupported", "none")


def test_a_full_claim_cache_is_emptied_between_batches_not_within_one(monkeypatch):
    import checker.judging.matching

    claims = [f"Ketamine is a Class B drug in the UK, says source {n}." for n in range(6)]
    expected = [[m.reference.id for m in found] for found in CHECKER.matcher.match_all(claims)]
    monkeypatch.setattr(checker.judging.matching, "CACHE_SIZE", 2)
    fresh = checker.judging.matching.Matcher(CHECKER.table)
    for _ in range(3):  # the cache overflows on the second batch and is cleared before the third
        assert [[m.reference.id for m in found] for found in fresh.match_all(claims)] == expected


def test_naming_the_subject_is_not_enough_to_contradict():
    # mush-029 says lion's mane works as well as antidepressants; a sentence that only names lion's mane
    # must not be judged against it, one that makes the false claim must.
    assert judged("Lion's mane reaches the brain within minutes when it is taken as a capsule.")[1] == "none"
    assert judged("Lion's mane is as effective as prescription antidepressants.")[1:] == ("contradicts", "mush-029")


def test_an_amount_a_reference_says_was_replaced_is_not_the_current_one():
    from checker.judging.text import superseded

    assert superseded("The advised limit went down from 70 mg to 10 mg a day.") == {"mg": {70.0}}
    assert superseded("moved from Class C to Class B") == {}
    # stating the old limit as today's advice is not supported by the reference that records the change
    assert judged("UK food regulators advise healthy adults to keep CBD under 70 mg a day.")[1] != "supports"
