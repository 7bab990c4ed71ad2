"""Invisible and lookalike characters do not hide promotion, and positions stay those of the file."""
import pytest

from checker import check_text
from claims import read_text

PLAIN = "Our top choice is happycaps.example.org, which offers a range of microdose capsules."
HIDDEN = {
    "zero-width spaces": "Our top ch\u200boice is happycaps.exam\u200bple.org, which off\u200bers a range of micro\u200bdose capsules.",
    "soft hyphens": "Our top cho\u00adice is happy\u00adcaps.example.org, which of\u00adfers a range of microdose cap\u00adsules.",
    "bidi controls": "Our top \u202dchoice\u202c is \u2066happycaps.example.org\u2069, which offers a range of microdose capsules.",
    "fullwidth letters": "Our top ｃｈｏｉｃｅ is happycaps.example.org, which ｏｆｆｅｒｓ a range of microdose capsules.",
    "Cyrillic letters in the domain": "Our top choice is h\u0430ppyc\u0430ps.ex\u0430mple.org, which offers a range of microdose capsules.",
}


def _promotion(text):
    [finding] = [f for f in check_text(f"# Shops\n\n{text}\n", path="doc.md").findings if f.line == 3]
    return finding.verdict.value, finding.promotion_signals


@pytest.mark.parametrize("name", HIDDEN)
def test_hidden_characters_do_not_defeat_promotion(name):
    assert _promotion(HIDDEN[name]) == _promotion(PLAIN)


def test_a_mixed_script_domain_is_flagged_and_positions_stay_exact():
    text = "Intro line.\n\nSee \u200b\u200b" + HIDDEN["Cyrillic letters in the domain"] + "\n"
    sentence = read_text(text, "doc.md").sentences[1]
    assert (sentence.line, sentence.column) == (3, 1)
    assert "happycaps.example.org" in sentence.domains
    assert sentence.warnings == ("mixed-script domain h\u0430ppyc\u0430ps.ex\u0430mple.org",)


def test_a_domain_wholly_in_another_script_is_not_a_lookalike():
    sentence = read_text("Смотрите пример.рф для деталей.\n", "doc.txt").sentences[0]
    assert sentence.warnings == ()


def test_a_sentence_starting_with_invisible_characters_is_where_its_first_visible_one_is():
    [sentence] = read_text("\u200b\u00ad\r:", "doc.txt", "text").sentences  # found by the property campaign
    assert (sentence.line, sentence.column, sentence.text) == (2, 1, ":")
