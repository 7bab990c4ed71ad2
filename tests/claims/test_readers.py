import csv

import pytest

from claims import InputError, Kind, read_path, read_text
from claims.document import decode
from helpers import EXAMPLES, shared


def _claims(document):
    return [(s.line, s.text) for s in document.sentences if s.kind is Kind.CLAIM]


def test_markdown_and_html_versions_give_the_same_claims():
    markdown = read_path(EXAMPLES / "microdosing-guide.md")
    html = read_path(EXAMPLES / "microdosing-guide.html")
    assert [t for _, t in _claims(markdown)] == [t for _, t in _claims(html)]
    assert len(_claims(markdown)) >= 10


@pytest.mark.parametrize("name", ["microdosing-guide.md", "microdosing-guide.html"])
def test_every_sentence_is_found_at_its_reported_position(name):
    path = EXAMPLES / name
    lines = path.read_text(encoding="utf-8").split("\n")
    for sentence in read_path(path).sentences:
        line = lines[sentence.line - 1]
        first_word = sentence.text.split()[0]
        assert line[sentence.column - 1:].startswith(first_word), (sentence, line)


def test_markdown_skips_code_front_matter_and_comments():
    text = "---\ntitle: Ketamine is Class A\n---\n\n<!-- ketamine is Class C -->\n\nKetamine is Class B.\n\n```\nketamine is legal\n```\n\nUse `ketamine cures all` wisely.\n"
    sentences = read_text(text, "a.md").sentences
    assert [(s.line, s.text) for s in sentences] == [(7, "Ketamine is Class B."), (13, "Use wisely.")]


def test_html_skips_script_style_template_and_hidden():
    text = "<p>Seen.</p><script>a = 'ketamine'</script><style>p{}</style><template><p>no</p></template><p hidden>no</p><p style='display: none'>no</p><p aria-hidden='true'>no</p>"
    assert [s.text for s in read_text(text, "a.html").sentences] == ["Seen."]


def test_link_targets_stay_with_their_sentence():
    document = read_text("Ketamine is Class B. See [the shop](https://shop.example.com/?ref=x) now.\n", "a.md")
    first, second = document.sentences
    assert first.urls == () and second.urls == ("https://shop.example.com/?ref=x",)
    assert second.domains == ("shop.example.com",)


def test_bare_domains_are_found_but_abbreviations_are_not():
    document = read_text("Products from ukmushroom.uk, e.g. capsules, cost 2.5 pounds.", "a.txt")
    assert document.sentences[0].domains == ("ukmushroom.uk",)


def test_list_items_carry_the_lead_in_and_pronouns_their_antecedent():
    text = "Studies highlight ketamine's ability to:\n- Reduce symptoms within hours.\nIn the UK, ketamine is Class B. Its use is regulated.\n"
    sentences = read_text(text, "a.txt").sentences
    assert sentences[1].claim == "Studies highlight ketamine's ability to reduce symptoms within hours."
    assert sentences[3].claim == "ketamine's use is regulated."


def test_wrapped_plain_text_joins_lines():
    text = "Ketamine is a drug that was first\nmade in 1962 and is used today.\n"
    sentences = read_text(text, "a.txt").sentences
    assert [s.text for s in sentences] == ["Ketamine is a drug that was first made in 1962 and is used today."]


def test_utf8_bom_is_accepted_and_undecodable_bytes_are_an_error():
    assert decode("\ufeffKetamine.".encode("utf-8"), "a.txt") == "Ketamine."
    with pytest.raises(InputError, match="not UTF-8"):
        decode(b"caf\xe9 ketamine", "a.txt")
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00", "a.txt")


def test_shared_article_claims_match_the_gold_file():
    document = read_path(shared("inputs/ketamine-uk-article.txt"))
    gold = list(csv.DictReader(shared("gold/ketamine-uk-article.csv").open(encoding="utf-8")))

    def kind_of(row):
        wanted = row["text"][:40]
        found = [s for s in document.sentences if s.line == int(row["line"]) and s.text.startswith(wanted)]
        return found[0].kind if found else None

    claims = [r for r in gold if r["expected"] in ("supported", "unsupported")]
    not_claims = [r for r in gold if r["expected"] == "none"]
    claim_share = sum(kind_of(r) is Kind.CLAIM for r in claims) / len(claims)
    none_share = sum(kind_of(r) is not Kind.CLAIM for r in not_claims) / len(not_claims)
    assert claim_share >= 0.95, claim_share
    assert none_share >= 0.95, none_share
    for line in (8, 9, 10):
        item = next(s for s in document.sentences if s.line == line)
        assert "ketamine" in item.claim.lower()
