"""The Markdown report, posted as a pull-request comment, notifies nobody and links nowhere."""
import re

from checker import check_text
from checker.formats import get


def test_mentions_and_bare_urls_are_inert():
    text = (
        "Buy ketamine now at evil-shop.com for 20% off, say @octocat and @acme/security-team!\n\n"
        "Order from https://evil-shop.com/buy or www.evil-shop.com today, mail sales@evil-shop.com for 30% off!\n"
    )
    report = check_text(text, path="@path-owner/www.example.com.md")
    markdown = get("markdown")(report)
    assert sum(f.verdict.value == "promotion" for f in report.findings) == 2
    assert "octocat" in markdown and "evil-shop.com/buy" in markdown
    assert not re.search(r"@\w", markdown)
    assert "://" not in markdown
    assert not re.search(r"(?<![\w.])www\.", markdown, re.I)
