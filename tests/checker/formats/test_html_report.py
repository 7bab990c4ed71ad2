"""The HTML report in a real headless browser, and ClaimReview output."""
import json
import shutil

import pytest

from checker import Checker, check_path, check_text
from checker.formats import get
from helpers import shared

CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


@pytest.fixture()
def browser(tmp_path):
    if not shutil.which("chromium") or not shutil.which("chromedriver"):
        pytest.fail("Debian's chromium and chromium-driver are needed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_window_size(1400, 1000)
    yield driver
    driver.quit()


def test_report_of_the_shared_article_in_a_browser(tmp_path, browser):
    from selenium.webdriver.common.by import By

    report = check_path(str(shared("inputs/ketamine-uk-article.txt")), Checker())
    page = tmp_path / "report.html"
    page.write_text(get("html")(report), encoding="utf-8")
    browser.get(page.as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "mark[data-finding]")
    assert len(marks) == len(report.findings)
    cited = next(m for m in marks if report.findings[int(m.get_attribute("data-finding"))].citation)
    browser.execute_script("arguments[0].scrollIntoView()", cited)
    cited.click()
    finding = report.findings[int(cited.get_attribute("data-finding"))]
    details = browser.find_element(By.ID, "details").text
    assert finding.citation.split(";")[0] in details
    link = browser.find_element(By.CSS_SELECTOR, "#details a")
    assert link.get_attribute("href") == finding.url
    browser.save_screenshot(str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_an_embedded_script_does_not_run(tmp_path, browser):
    from selenium.webdriver.common.by import By

    hostile = ('<p>Ketamine is a Class B drug in the UK.<script>document.title="pwned"</script></p>'
               '<p>&lt;script&gt;document.title="pwned"&lt;/script&gt; Buy now at evil.example.com for 20% off.</p>'
               '<p>&lt;img src=x onerror="document.title=\'pwned\'"&gt; Our top choice is shady.example.com.</p>')
    report = check_text(hostile, "hostile.html", checker=Checker())
    page = tmp_path / "hostile.html"
    page.write_text(get("html")(report), encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.title == "claimsift report"
    body = browser.find_element(By.TAG_NAME, "main").text
    assert '<script>document.title="pwned"</script>' in body
    assert not browser.find_elements(By.CSS_SELECTOR, "main img")


def test_claimreview_has_the_fields_google_requires():
    report = check_text(
        "Ketamine is a Class B drug in the UK. Magic mushrooms are legal in the UK if fresh. "
        "Shop now at calmcaps.example.com for 20% off.", "a.txt", checker=Checker())
    report.review_author = "Example Health Desk"
    reviews = json.loads(get("claimreview")(report))
    assert len(reviews) == len(report.findings) == 3
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["url"] and review["datePublished"]
        assert review["author"] == {"@type": "Organization", "name": "Example Health Desk"}
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["appearance"]["url"].startswith("a.txt#L")
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [5, 1, 2]
    assert reviews[0]["citation"][0]["url"].startswith("https://")


def _multi_file_report():
    """Three documents and a finding of each kind, made directly: the report's layout, not the judging, is tested."""
    from checker.judging.matching import Evidence
    from checker.models import DocumentView, Finding, Report, SentenceView, Severity, Verdict

    kinds = {
        "supported": (Verdict.SUPPORTED, Evidence.SUPPORTS, Severity.NOTE),
        "unsupported": (Verdict.UNSUPPORTED, Evidence.NONE, Severity.WARNING),
        "contradicted": (Verdict.UNSUPPORTED, Evidence.CONTRADICTS, Severity.ERROR),
        "promotion": (Verdict.PROMOTION, Evidence.NONE, Severity.ERROR),
    }
    pages = {"a.md": ["supported", "unsupported"], "b.md": ["contradicted", "promotion", "contradicted"], "c.md": ["unsupported"]}
    findings, views = [], []
    for path, names in pages.items():
        sentences = [SentenceView(line=n + 1, column=1, text=f"Sentence {n} of {path}.") for n in range(len(names))]
        views.append(DocumentView(path=path, sentences=sentences))
        for sentence, name in zip(sentences, names):
            verdict, evidence, severity = kinds[name]
            findings.append(Finding(path=path, line=sentence.line, column=1, kind="claim", claim=sentence.text,
                                    verdict=verdict, evidence=evidence, severity=severity))
    return Report(findings=findings, views=views, documents=len(pages))


def test_one_vocabulary_a_legend_and_a_filter_for_each_word():
    import re

    from checker.formats.messages import label

    report = _multi_file_report()
    page = get("html")(report)
    words = ["supported", "unsupported", "contradicted", "promotion"]
    assert re.findall(r'data-label="(\w+)"', page) == words
    legend = re.search(r'<ul class="legend">(.*?)</ul>', page).group(1)
    for word in words:
        count = sum(label(f) == word for f in report.findings)
        assert f"{word} {count}</li>" in legend and f"{word} ({count})</label>" in page
    assert "contradicts)" not in page.split('<script type="application/json"')[0]  # no "unsupported (contradicts)"
    contradicted = [i for i, f in enumerate(report.findings) if label(f) == "contradicted"]
    assert contradicted and all(f'<mark class="contradicted" data-finding="{i}"' in page for i in contradicted)
    data = json.loads(re.search(r'<script type="application/json" id="claimsift-data">(.*?)</script>', page, re.S).group(1))
    assert {data[i]["label"] for i in contradicted} == {"contradicted"}
    assert "h.textContent = f.label" in page


def test_the_file_index_has_errors_and_warnings_most_errors_first():
    import re

    report = _multi_file_report()
    page = get("html")(report)
    table = re.search(r'<table class="files">(.*?)</table>', page, re.S).group(1)
    headings = re.findall(r'<th data-key="(\w+)"', table)
    assert headings == ["file", "errors", "warnings", "supported", "unsupported", "contradicted", "promotion"]
    rows = re.findall(r'<tr data-file="([^"]+)" data-errors="(\d+)" data-warnings="(\d+)"', table)
    assert [path for path, _, _ in rows] == ["b.md", "a.md", "c.md"]  # most errors first, then most warnings
    for path, errors, warnings in rows:
        mine = [f.severity.value for f in report.findings if f.path == path]
        assert (int(errors), int(warnings)) == (mine.count("error"), mine.count("warning"))
    errors = [int(e) for _, e, _ in rows]
    assert errors == sorted(errors, reverse=True)


def test_the_file_index_sorts_and_the_filter_hides_in_a_browser(tmp_path, browser):
    from selenium.webdriver.common.by import By

    page = tmp_path / "report.html"
    page.write_text(get("html")(_multi_file_report()), encoding="utf-8")
    browser.get(page.as_uri())

    def column(key):
        return [int(r.get_attribute(f"data-{key}")) for r in browser.find_elements(By.CSS_SELECTOR, "table.files tbody tr")]

    assert column("errors") == sorted(column("errors"), reverse=True)
    browser.find_element(By.CSS_SELECTOR, 'th[data-key="errors"] button').click()
    assert column("errors") == sorted(column("errors"))
    browser.find_element(By.CSS_SELECTOR, 'th[data-key="supported"] button').click()
    assert column("supported") == sorted(column("supported"), reverse=True)
    browser.find_element(By.CSS_SELECTOR, 'input[data-label="contradicted"]').click()
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.contradicted")
    assert marks and all("hidden-by-filter" in m.get_attribute("class") for m in marks)
    assert not any("hidden-by-filter" in m.get_attribute("class") for m in browser.find_elements(By.CSS_SELECTOR, "mark.unsupported"))
