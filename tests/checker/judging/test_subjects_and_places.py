"""A reference claim judges only a sentence about its subject, in its jurisdiction."""
import random

from checker import Checker, check_text

CHECKER = Checker()


def findings(text: str, path: str = "page.md"):
    return check_text(text, path, checker=CHECKER).findings


def test_a_sentence_about_something_the_table_does_not_know_is_outside_the_table():
    [finding] = findings("Zinc lozenges are widely used to shorten the common cold.")
    assert finding.evidence.value == "none"
    assert finding.severity.value == "note"
    assert "outside the table" in finding.notes


def test_a_page_about_another_medicine_borrows_no_reference():
    page = ("# Omeprazole\n\nOmeprazole lowers the amount of acid the stomach makes.\n\n"
            "It is licensed for heartburn and stomach ulcers.\n\nSide effects are usually mild and pass quickly.\n")
    assert [f.evidence.value for f in findings(page)] == ["none", "none", "none"]


def test_a_mechanism_of_ssris_is_not_judged_by_a_ketamine_reference():
    for finding in findings("SSRIs work by increasing the amount of serotonin available in the brain."):
        assert not (finding.reference_id or "").startswith("ket-")


def test_the_subject_comes_from_the_heading_when_the_sentence_names_none():
    [finding] = findings("# Ketamine and the law\n\nIt is a Class B drug in the UK under the Misuse of Drugs Act.\n")
    assert finding.verdict.value == "supported"
    assert finding.reference_id.startswith("ket-")
    assert "from the heading" in finding.notes


def test_a_named_medicine_is_judged_by_references_about_its_class():
    # sertraline -> SSRIs -> antidepressants, as the subjects table says
    names = CHECKER.matcher.names
    assert "antidepressants" in names.with_broader(names.named("Sertraline is taken once a day."))
    assert "sertraline" not in names.with_broader(names.named("Antidepressants are taken once a day."))


def test_a_brand_name_is_an_alias_of_its_subject():
    assert CHECKER.matcher.names.named("Spravato is given under supervision in a clinic.") == {"esketamine"}


def test_a_reference_scoped_to_the_uk_does_not_judge_a_sentence_placed_in_canada():
    for finding in findings("In Canada, possession of psilocybin is illegal without an exemption."):
        assert finding.reference_id is None or not finding.reference_id.startswith("psy-00")


def test_a_document_placed_elsewhere_places_its_sentences_there_too():
    page = ("# Magic mushrooms in the Netherlands\n\nThe Netherlands banned the sale of fresh magic mushrooms in 2008.\n\n"
            "Dutch smart shops now sell truffles instead.\n\nMagic mushrooms were sold in smart shops before the ban.\n")
    assert all(f.evidence.value != "contradicts" for f in findings(page))


def test_the_place_shortcut_agrees_with_the_patterns():
    """`places_in` skips the long pattern for texts that cannot match it: the places found are the pattern's."""
    from checker.judging.places import _CASED_NAMES, _CASED_PATTERN, _NAMES, _PATTERN, places_in

    def by_patterns(text):
        found = {_NAMES[m.group(0).lower()] for m in _PATTERN.finditer(text)}
        return frozenset(found | {_CASED_NAMES[m.group(0)] for m in _CASED_PATTERN.finditer(text)})

    texts = [f"{before}{name}{after}" for name in _NAMES for before in ("In ", "x", "3", "_", "(") for after in ("", "s", ".", "_")]
    texts += [f"{before}{name}{after}" for name in _CASED_NAMES for before in ("In ", "x", ".", "(") for after in ("", "s", ".")]
    texts += [name.upper() for name in _NAMES] + ["New-Zealand rules", "Great  Britain", "Sold in British Columbia.",
                                                 "The FDA and the U.S. market", "ENGLAND", "Nothing placed here."]
    # random texts built from the names' pieces, in both cases
    pieces = [*_NAMES, *_CASED_NAMES, *(n.title() for n in _NAMES), " ", "-", ".", "_", "3", "x", "in "]
    chosen = random.Random(17)
    texts += ["".join(chosen.choice(pieces) for _ in range(chosen.randint(1, 8))) for _ in range(3000)]
    assert [places_in(t) for t in texts] == [by_patterns(t) for t in texts]


def test_a_place_written_with_a_letter_that_lower_cases_to_two_is_still_read():
    """re.I matches "İ" (U+0130) as "i", and its lower case is "i" and a combining dot: this used to be a KeyError."""
    from checker.judging.places import places_in

    assert places_in("Ketamine is legal in İreland.") == {"IE"}
    assert places_in("Sold in BRİTİSH COLUMBİA and Kent.") == {"CA"}
    assert findings("Ketamine is a Class B drug in İreland.")
