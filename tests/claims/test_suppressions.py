"""Where a suppression comment stands decides what it covers; a misspelt one is reported, never silently ignored."""
import pytest

from checker import Checker
from checker.run.suppressions import apply
from claims import read_text
from sources import load_table

CHECKER = Checker(load_table())
SHOP = "Visit cheapshrooms.example.com for 20% off all microdose capsules."
OTHER = "Order now from sporeshop.example.net with free delivery."


def kept_and_unused(text: str, path: str = "page.md"):
    document = read_text(text, path)
    found = CHECKER.check_document(document)
    assert {f.claim for f in found} >= {SHOP, OTHER} & {s.text for s in document.sentences}, found
    kept, unused = apply(found, document)
    return {f.claim for f in kept}, unused


def test_a_trailing_ignore_covers_its_own_paragraph_not_the_next():
    kept, unused = kept_and_unused(f"{SHOP} <!-- claimsift: ignore quoted to warn readers -->\n\n{OTHER}\n")
    assert SHOP not in kept and OTHER in kept and unused == []


def test_a_trailing_ignore_at_the_end_of_a_wrapped_paragraph_covers_the_sentence_it_ends():
    wrapped = SHOP.replace(" for ", "\nfor ")
    kept, unused = kept_and_unused(f"{wrapped} <!-- claimsift: ignore -->\n\n{OTHER}\n")
    assert {s for s in kept if "cheapshrooms" in s} == set() and OTHER in kept and unused == []


def test_an_ignore_on_its_own_line_covers_the_whole_next_block():
    kept, unused = kept_and_unused(f"<!-- claimsift: ignore -->\n{SHOP} {OTHER}\n\nShop now at calmspores.example.com for 25% off.\n")
    assert SHOP not in kept and OTHER not in kept
    assert "Shop now at calmspores.example.com for 25% off." in kept and unused == []


def test_an_ignore_before_a_list_covers_only_the_first_item():
    kept, _ = kept_and_unused(f"<!-- claimsift: ignore -->\n- {SHOP}\n- {OTHER}\n")
    assert SHOP not in kept and OTHER in kept


def test_html_blocks_on_consecutive_lines():
    text = f"<html><body>\n<!-- claimsift: ignore -->\n<p>{SHOP}</p>\n<p>{OTHER}</p>\n</body></html>\n"
    kept, unused = kept_and_unused(text, "page.html")
    assert SHOP not in kept and OTHER in kept and unused == []


def test_a_trailing_ignore_with_nothing_to_suppress_is_unused():
    _, unused = kept_and_unused(f"Read the study. <!-- claimsift: ignore -->\n\n{SHOP}\n")
    assert [d.action for d in unused] == ["ignore"]


@pytest.mark.parametrize("comment, message", [
    ("<!-- claimsift: ignroe -->", "unknown claimsift directive 'ignroe'; did you mean 'ignore'?"),
    ("<!-- claimsift ignore -->", "'claimsift ignore' is not a directive: write 'claimsift: ignore' (with a colon)"),
    ("<!-- claimsift: ignore-next legacy -->", "unknown claimsift directive 'ignore-next'; did you mean"),
    ("<!-- claimsift: -->", "'claimsift:' without a directive"),
    ("<!-- claimsift: please-skip -->", "unknown claimsift directive 'please-skip'; use one of ignore, ignore-file, ignore-end, ignore-start"),
])
def test_a_misspelt_directive_is_reported_and_suppresses_nothing(comment, message):
    document = read_text(f"{comment}\n{SHOP}\n", "page.md")
    problems = [d for d in document.directives if d.action == "unknown"]
    assert [(d.line, d.column) for d in problems] == [(1, 1)] and problems[0].reason.startswith(message)
    kept, unused = apply(CHECKER.check_document(document), document)
    assert SHOP in {f.claim for f in kept} and unused == []


def test_misspelt_directives_in_plain_text_lines_are_reported_but_prose_is_not():
    text = f"claimsift: ignroe\n{SHOP}\n\nclaimsift is a tool that reads articles.\n# claimsift ignore-file\n"
    problems = [(d.line, d.reason) for d in read_text(text, "notes.txt").directives if d.action == "unknown"]
    assert [line for line, _ in problems] == [1, 5]
    assert "did you mean 'ignore'" in problems[0][1] and "with a colon" in problems[1][1]


def test_valid_directives_are_not_reported():
    text = ("<!-- claimsift: ignore-start legacy -->\nx\n<!-- claimsift: ignore-end -->\n<!-- CLAIMSIFT: IGNORE shout -->\n"
            "<!-- claimsift: ignore-file generated -->\n")
    assert [d.action for d in read_text(text, "a.md").directives] == ["ignore-start", "ignore-end", "ignore", "ignore-file"]
