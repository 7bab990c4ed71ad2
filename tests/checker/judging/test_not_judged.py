"""Lines that read like statements but are not claims: bibliography, glossary, other languages, study titles."""
import pytest

from claims.kinds import classify
from claims.models import Kind


@pytest.mark.parametrize("text, kind", [
    ("Okafor N, Lindqvist P. Ketamine and mood in older adults. J Affect Disord. 2021;12(3):45-52.", Kind.CITATION),
    ("Harlow B et al. Psilocybin for low mood. doi:10.1000/xyz123", Kind.CITATION),
    ("A randomised, placebo-controlled trial of ketamine infusions in adults with chronic pain", Kind.CITATION),
    ("KETA: study protocol for a double-blind trial of repeated ketamine doses", Kind.CITATION),
    ("SSRI = selective serotonin reuptake inhibitor", Kind.DEFINITION),
    ("Ketamin ist ein Narkosemittel, das auch bei Depressionen eingesetzt wird und in der Klinik gegeben wird.", Kind.FOREIGN),
    ("La psilocybine est une substance qui est interdite dans la plupart des pays du monde.", Kind.FOREIGN),
])
def test_kind(text, kind):
    assert classify(text, "paragraph") is kind


def test_an_in_text_citation_is_still_a_claim():
    assert classify("Okafor et al. (2021) found that ketamine lifted mood within a day.", "paragraph") is Kind.CLAIM


def test_a_bare_product_name_in_a_list_is_not_a_claim():
    assert classify("Calmleaf full-spectrum drops 10%", "item") is Kind.OTHER


def test_every_sentence_of_a_reference_list_entry_is_a_citation():
    from claims import read_text

    document = read_text("Intro.\n\n- Okafor N, Lindqvist P. Ketamine lifts mood fast. J Affect Disord. 2021;12(3):45-52.\n",
                         "refs.md")
    assert {s.kind for s in document.sentences[1:]} == {Kind.CITATION}
