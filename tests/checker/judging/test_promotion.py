import pytest

from checker import Checker, check_path, check_text
from helpers import EXAMPLES

CHECKER = Checker()


def verdicts(text: str, path: str = "page.md") -> list[tuple[str, str]]:
    return [(f.claim, f.verdict.value) for f in check_text(text, path, checker=CHECKER).findings]


def test_a_clean_nhs_style_page_has_no_promotion():
    report = check_path(str(EXAMPLES / "nhs-style-page.md"), CHECKER)
    assert report.findings
    assert [f.claim for f in report.findings if f.verdict.value == "promotion"] == []


def test_a_shop_page_is_promotion_throughout():
    report = check_path(str(EXAMPLES / "shop-page.html"), CHECKER)
    promotion = [f for f in report.findings if f.verdict.value == "promotion"]
    assert len(promotion) >= 5
    assert any("affiliate" in f.promotion_signals for f in promotion)


def test_a_promotional_sentence_keeps_its_evidence():
    found = check_text("Shop now for fresh magic mushrooms, which are legal in the UK as long as they are fresh.",
                       "shop.md", checker=CHECKER).findings
    assert [(f.verdict.value, f.evidence.value) for f in found] == [("promotion", "contradicts")]


@pytest.mark.parametrize("sentence", [
    "Explore our range of calming gummies at happyspores-shop.example.co.uk.",
    "Visit greencalm.example.com for 15% off all CBD oils.",
    "Our top choice for microdose capsules is shroomtime.example.org, with free delivery.",
    "This article contains affiliate links, and we may earn a commission.",
    "Calmpages is independent and reader-supported.",
    "When you buy through links on our site, we will earn a commission.",
    "Order now from [CalmLeaf](https://calmleaf.example.com/?ref=abc) and save.",
    "Trusted platforms such as sporeshop.example.net provide legal psychedelic products.",
])
def test_selling_sentences_are_promotion(sentence):
    assert verdicts(sentence)[0][1] == "promotion"


@pytest.mark.parametrize("sentence", [
    "See the NHS advice at nhs.uk for more information.",
    "NICE guidance on depression is published at nice.org.uk.",
    "The FDA warned consumers not to eat Diamond Shruumz products.",
    "Self-pay ketamine infusions cost £225 each at one NHS trust.",
])
def test_clinical_and_official_mentions_are_not_promotion(sentence):
    found = verdicts(sentence)
    assert all(v != "promotion" for _, v in found), found


def test_promotion_carries_on_to_a_sentence_that_refers_back():
    found = verdicts("Shroomly.example.com offers a range of microdose capsules. These can lift your mood.")
    assert [v for _, v in found] == ["promotion", "promotion"]


def test_attribution_to_an_unrecognised_website_is_noted():
    report = check_text("Studies summarised on healthhype.example.org show ketamine is Class B in the UK.", checker=CHECKER)
    assert "healthhype.example.org" in report.findings[0].notes


def test_a_mixed_script_domain_is_named_in_the_notes():
    # the first letter is a Cyrillic "е": a lookalike of a seller's domain
    found = check_text("Buy now at \u0435vil-shop.example.com for 20% off!", "page.md", checker=CHECKER).findings
    assert "mixed-script domain" in found[0].notes


def test_a_reader_who_supported_something_is_no_disclosure():
    assert verdicts("The reader supported the idea of a second trial.") == [
        ("The reader supported the idea of a second trial.", "unsupported")]
