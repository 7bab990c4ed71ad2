"""Suppression directives count only in real comments: never in code, attribute values or scripts."""
import pytest

from checker import Checker
from checker.run import suppressions
from claims import read_text

CHECKER = Checker()

PROMO = "Buy ketamine now at evil-shop.com for 20% off!"


def _promotions(text, path):
    document = read_text(text, path)
    found = CHECKER.check_document(document)
    kept, _ = suppressions.apply(found, document)
    return [f for f in kept if f.verdict.value == "promotion"], len(found) - len(kept)


@pytest.mark.parametrize("path, text", [
    ("doc.md", f"Write `<!-- claimsift: ignore-file -->` to silence a file.\n\n{PROMO}\n"),
    ("doc.md", f"```html\n<!-- claimsift: ignore-file -->\n```\n\n{PROMO}\n"),
    ("doc.md", f"    <!-- claimsift: ignore-file -->\n\n{PROMO}\n"),
    ("doc.md", f'<div title="<!-- claimsift: ignore-file -->">\n\n{PROMO}\n\n</div>\n'),
    ("doc.html", f'<p title="<!-- claimsift: ignore-file -->">{PROMO}</p>'),
    ("doc.html", f'<script>var s = "<!-- claimsift: ignore-file -->";</script><p>{PROMO}</p>'),
    ("doc.html", f"<pre><code>&lt;!-- claimsift: ignore-file --&gt;</code></pre><p>{PROMO}</p>"),
])
def test_a_quoted_directive_suppresses_nothing(path, text):
    promotions, suppressed = _promotions(text, path)
    assert len(promotions) == 1 and suppressed == 0


@pytest.mark.parametrize("path, text", [
    ("doc.md", f"<!-- claimsift: ignore quoted to warn readers -->\n{PROMO}\n"),
    ("doc.md", f"Some text <!-- claimsift: ignore-file --> here.\n\n{PROMO}\n"),
    ("doc.md", f"`code` then <!-- claimsift: ignore-file -->\n\n{PROMO}\n"),
    ("doc.html", f"<!-- claimsift: ignore-file --><p>{PROMO}</p>"),
    ("doc.html", f"<div><!-- claimsift: ignore --><p>{PROMO}</p></div>"),
])
def test_a_real_comment_still_suppresses(path, text):
    promotions, suppressed = _promotions(text, path)
    assert promotions == [] and suppressed >= 1
