"""ClaimReview a site can publish: page URLs from --base-url, and a date that does not change between reruns."""
import json
import os
import subprocess
import sys

from helpers import ROOT

PAGE = "# Ketamine\n\nKetamine is a Class B drug in the UK.\n\nShop now at calmcaps.example.com for 20% off.\n"
MODIFIED = 1_700_000_000  # 2023-11-14 UTC


def run(*arguments, cwd):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), "check", *arguments, "--format", "claimreview", "--fail-on", "none"],
                          cwd=cwd, capture_output=True, text=True, timeout=120)


def site(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    page = tmp_path / "health" / "ketamine.md"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    os.utime(page, (MODIFIED, MODIFIED))
    return page


def test_base_url_gives_published_urls_and_reruns_are_byte_identical(tmp_path):
    site(tmp_path)
    first = run("health", "--base-url", "https://example.org/articles/", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    reviews = json.loads(first.stdout)
    assert [r["url"] for r in reviews] == ["https://example.org/articles/health/ketamine.md#L3",
                                           "https://example.org/articles/health/ketamine.md#L5"]
    assert {r["itemReviewed"]["appearance"]["url"] for r in reviews} == {r["url"] for r in reviews}
    assert {r["datePublished"] for r in reviews} == {"2023-11-14"}  # the file's date, not today's
    again = run(str(tmp_path / "health"), "--base-url", "https://example.org/articles", cwd=tmp_path / "health")
    assert again.stdout == first.stdout  # from elsewhere, with an absolute path: the same bytes


def test_configuration_gives_the_base_url_and_the_date(tmp_path):
    site(tmp_path)
    (tmp_path / ".claimsift.toml").write_text(
        'base_url = "https://example.org"\nreview_date = "2026-11-30"\nauthor = "Example Health Desk"\n', encoding="utf-8")
    reviews = json.loads(run("health", cwd=tmp_path).stdout)
    assert reviews[0]["url"] == "https://example.org/health/ketamine.md#L3"
    assert {r["datePublished"] for r in reviews} == {"2026-11-30"}
    assert reviews[0]["author"]["name"] == "Example Health Desk"
