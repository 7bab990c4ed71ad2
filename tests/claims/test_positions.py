"""Positions are exact after entities and backslash escapes, so --diff and editors find the sentence."""
import pytest

from claims import read_text

PROMO = "Buy ketamine &amp; more now at evil-shop.com for 20% off!"


@pytest.mark.parametrize("first", ["Ketamine is a Class B drug in the UK.", "Caf&eacute; &#42; society &copy; is nice.", r"Stars \* and \_ escapes."])
def test_a_sentence_after_an_entity_or_escape_is_on_its_own_line(first):
    document = read_text(f"{first}\n{PROMO}\n", "doc.md")
    assert [(s.line, s.column) for s in document.sentences] == [(1, 1), (2, 1)]


def test_a_sentence_after_entities_on_the_same_line_has_its_column():
    text = "Caf&eacute; &amp; bar. " + PROMO + "\n"
    [first, second] = read_text(text, "doc.md").sentences
    assert second.text.startswith("Buy ketamine & more") and text[second.column - 1:].startswith("Buy ketamine")
