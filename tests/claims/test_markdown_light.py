"""The light Markdown reader against markdown-it's full parse: wherever the light reader reads a document, the blocks
(role, text, nesting, lead-in, links and the source offset of every visible character) must be the full parse's."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from claims import read_text
from claims.readers.markdown import mask_front_matter, read_markdown
from claims.readers.markdown_light import tokens
from helpers import EXAMPLES, SHARED

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402  (the generator of the benchmark corpus)


def _blocks(text: str, light: bool) -> list[tuple]:
    return [
        (b.role, b.text, b.depth, b.lead_in, b.links,
         [b.source_offset(i) for i, char in enumerate(b.text) if not char.isspace()])
        for b in read_markdown(text, light=light)
    ]


def _same(text: str) -> bool:
    """Whether the light reader read `text`; asserts its blocks are the full parse's where it did."""
    if tokens(mask_front_matter(text)) is None:
        return False
    assert _blocks(text, light=True) == _blocks(text, light=False), text
    return True


def _files() -> list[Path]:
    found = sorted(EXAMPLES.glob("*.md")) + sorted(ROOT.glob("docs/**/*.md")) + [ROOT / "README.md"]
    if SHARED.exists():
        found += sorted(SHARED.glob("**/*.md")) + sorted(SHARED.glob("inputs/**/*.md"))
    return found


def test_the_project_and_shared_markdown_files():
    for path in _files():
        text = path.read_text(encoding="utf-8")
        _same(text)
        # the same files with their tables and HTML taken out, so that the light reader reads the rest of them
        _same("\n".join(line for line in text.split("\n") if "|" not in line and "<" not in line))


def test_the_generated_corpus_is_read_light_and_the_same():
    for seed in (0, 1):
        for index in range(150):
            _, text, _ = corpus.article_text(seed, index, html_share=0.0)
            assert _same(text), f"article {index} of seed {seed} fell back to markdown-it"


def test_the_sentences_are_the_same(monkeypatch):
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.md"))]
    texts += [corpus.article_text(2, index, html_share=0.0)[1] for index in range(40)]
    light = [read_text(text, "a.md").sentences for text in texts]
    monkeypatch.setattr("claims.readers.markdown.light_tokens", lambda source: None)
    assert [read_text(text, "a.md").sentences for text in texts] == light


_LINES = [
    "", "", "", "Ketamine is a Class B drug.", "It eases low mood within hours.", "Studies show:", "and so on",
    "# Ketamine", "## Side effects", "### What the *law* says", "#hashtag here", "# C#", "#",
    "- Reduce symptoms.", "* Ease low mood", "+ A third item.", "1. First step.", "2. Second step.", "1) Other style",
    "2019. The year it changed.", "  - A nested item.", "  - Another nested item", "   - Three spaces in",
    "    - Four spaces in", "  continued inside the item", "lazy continuation", "-", "- ", "1.", "10. Ten items.",
    "> A quote from a patient.", "> continued quote", ">", "> - a list in a quote", "> > nested", "  > indented quote",
    "```", "```python", "~~~", "````", "``` not `a` fence", "    indented code", "     five spaces",
    "Some **bold** text.", "Some *italic* text.", "An _underscored_ word.", "Un**balanced", "snake_case_name",
    "**Note:** read this.", "A `code span` here.", "A ``double `tick` span`` here.", "Unclosed `tick",
    "See [the NHS](https://www.nhs.uk/conditions/) for more.", "[Wikipedia](https://en.wikipedia.org/wiki/St_John's_wort)",
    "![An image](/images/1.jpg)", "![](/x.png) Caption text.", "[not a link]", "[a](javascript:alert(1))",
    "[a](https://x.com/é)", "[a](<https://x.com>)", '[a](https://x.com "title")', "A & B and A&E.", "Fish &amp; chips.",
    "Line with trailing spaces.   ", "Back\\slash", "<b>html</b>", "< 5 mg", "a | b", "---", "***", "===",
    "Title", "\u00a0Non-breaking start.", "Ends with a tab\t", "* * *", "[ref]: https://example.com",
    "Price: £20 — 50% off!", "“Quoted” text, said Dr. Smith.", "*(see below)*", '"*quoted*"', "5 * 3 = 15",
]


@pytest.mark.parametrize("seed", range(6))
def test_random_documents_read_light_are_the_same(seed):
    rng = random.Random(seed)
    light = 0
    for _ in range(400):
        text = "\n".join(rng.choice(_LINES) for _ in range(rng.randint(1, 14)))
        light += _same(text)
    assert light > 40  # the light reader takes a fair share of these, so the comparison means something
