"""End to end: claimsift run by a content team's CI on a small git repository."""
import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from helpers import sarif_schema

GUIDE = """---
title: Ketamine and shops
---

# Ketamine guide

Ketamine is a Class B drug in the UK.

```
visit cheapshrooms.example.com for 20% off
```

<!-- claimsift: ignore we quote this shop to warn readers -->
Visit cheapshrooms.example.com for 20% off all microdose capsules.

<!-- claimsift: ignore-start legacy copy -->
Order now from sporeshop.example.net with free delivery.
<!-- claimsift: ignore-end -->

Our top choice is happycaps.example.org, which offers a range of microdose capsules.

<!-- claimsift: ignore nothing to suppress below -->
Read the [study](https://elifesciences.org/articles/62878).
"""

PAGE = """<html><body>
<h1>CBD</h1>
<p>CBD is a proven cure for anxiety and depression.</p>
<p>The FSA advises healthy adults to take no more than 10 mg of CBD a day.</p>
</body></html>
"""

CONFIG = """fail_on = "contradicted,promotion"
exclude = ["legacy/**"]

[[overrides]]
paths = ["archive/**"]
fail_on = "none"
"""


def claimsift(*arguments, cwd: Path, env: dict | None = None):
    script = Path(sys.executable).with_name("claimsift")
    if not script.exists():
        pytest.fail("the claimsift console script is not installed beside this Python")
    environment = {**os.environ, "CI": "true", **(env or {})}
    environment.pop("GITHUB_ACTIONS", None)
    environment.update(env or {})
    return subprocess.run([str(script), *arguments], cwd=cwd, capture_output=True, text=True, env=environment, timeout=300)


def git(*arguments, cwd: Path):
    subprocess.run(["git", "-c", "user.email=ci@example.com", "-c", "user.name=CI", *arguments], cwd=cwd, check=True, capture_output=True)


@pytest.fixture()
def repository(tmp_path):
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "legacy").mkdir()
    (root / "build").mkdir()
    (root / "archive").mkdir()
    (root / "docs" / "guide.md").write_text(GUIDE, encoding="utf-8")
    (root / "docs" / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "legacy" / "old.md").write_text("Buy now: CBD cures cancer.\n", encoding="utf-8")
    (root / "build" / "generated.md").write_text("Buy now: CBD cures cancer.\n", encoding="utf-8")
    (root / "archive" / "2019.md").write_text("Shop now at oldshop.example.com for 50% off.\n", encoding="utf-8")
    (root / "notes.bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (root / ".gitignore").write_text("build/\nnotes.bin.txt\n", encoding="utf-8")
    (root / ".claimsift.toml").write_text(CONFIG, encoding="utf-8")
    git("init", "-q", cwd=root)
    git("add", "-A", cwd=root)
    git("commit", "-qm", "site", cwd=root)
    return root


def test_github_annotations_suppressions_and_exit_code(repository):
    result = claimsift("check", ".", "--format", "github", cwd=repository)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "::error file=docs/guide.md,line=20,col=1,title=claimsift%3A promotion::Our top choice is happycaps" in "\n".join(lines)
    assert any(l.startswith("::error file=docs/page.html,line=3,col=4,") for l in lines)
    text = "\n".join(lines)
    assert "cheapshrooms" not in text and "sporeshop" not in text  # suppressed
    assert "legacy/" not in text and "build/" not in text  # excluded, gitignored
    assert "file=docs/guide.md,line=22,col=1,title=claimsift%3A unused suppression" in text
    assert "unused suppression (ignore)" in result.stderr


def test_github_format_is_chosen_on_github_actions(repository):
    result = claimsift("check", "docs/page.html", cwd=repository, env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::error file=docs/page.html")


def test_per_path_override_and_fail_on(repository):
    assert claimsift("check", "archive", cwd=repository).returncode == 0  # override: fail_on none
    assert claimsift("check", "docs/page.html", "--fail-on", "none", cwd=repository).returncode == 0
    assert claimsift("check", "docs/page.html", cwd=repository).returncode == 1


def test_sarif_is_valid_against_the_official_schema(repository):
    import jsonschema

    result = claimsift("check", ".", "--format", "sarif", cwd=repository)
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"promotion", "contradicted-claim"}
    first = results[0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"] and first["region"]["startLine"] >= 1


def test_junit_and_markdown(repository):
    junit = ElementTree.fromstring(claimsift("check", ".", "--format", "junit", cwd=repository).stdout)
    assert int(junit.get("failures")) >= 2
    markdown = claimsift("check", ".", "--format", "markdown", cwd=repository).stdout
    assert markdown.startswith("## claimsift") and "| ❌ |" in markdown


def test_baseline_reports_only_new_findings(repository):
    created = claimsift("baseline", "create", ".", "--output", "baseline.json", cwd=repository)
    assert created.returncode == 0, created.stderr
    same = claimsift("check", ".", "--baseline", "baseline.json", "--format", "json", cwd=repository)
    assert same.returncode == 0 and json.loads(same.stdout)["findings"] == []
    guide = repository / "docs" / "guide.md"
    guide.write_text("## Updated\n\n" + guide.read_text(encoding="utf-8") + "\nBuy now at moodgummies.example.shop for 30% off.\n", encoding="utf-8")
    fresh = claimsift("check", ".", "--baseline", "baseline.json", "--format", "json", cwd=repository)
    findings = json.loads(fresh.stdout)["findings"]
    assert fresh.returncode == 1
    assert [f["claim"] for f in findings] == ["Buy now at moodgummies.example.shop for 30% off."]


def test_diff_checks_only_changed_lines(repository):
    page = repository / "docs" / "page.html"
    page.write_text(PAGE.replace("</body>", "<p>Shop now at calmspores.example.com for 25% off.</p>\n</body>"), encoding="utf-8")
    result = claimsift("check", ".", "--diff", "HEAD", "--format", "json", cwd=repository)
    findings = json.loads(result.stdout)["findings"]
    assert [(f["path"], f["line"]) for f in findings] == [("docs/page.html", 5)]
    assert claimsift("check", ".", "--diff", "no-such-ref", cwd=repository).returncode == 2


def test_configuration_errors_and_config_command(repository):
    shown = claimsift("config", ".", cwd=repository).stdout
    assert "exclude = ['legacy/**']  # " in shown and ".claimsift.toml" in shown
    (repository / ".claimsift.toml").write_text("fail_onn = 'promotion'\n", encoding="utf-8")
    result = claimsift("check", ".", cwd=repository)
    assert result.returncode == 2 and "fail_onn" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_files_are_reported_and_the_run_carries_on(repository):
    (repository / "docs" / "bad.md").write_bytes(b"caf\xe9 ketamine")
    result = claimsift("check", "docs", "--format", "json", cwd=repository)
    assert result.returncode == 2
    assert "bad.md: not UTF-8" in result.stderr
    assert json.loads(result.stdout)["summary"]["documents"] == 2


def _wiki(root: Path, topics: int = 15, per_kind: int = 10) -> Path:
    """A health wiki: each topic's index.md with promotion (errors) and unsupported claims (warnings), and a
    README.md that links to it, as many wikis have."""
    for t in range(topics):
        folder = root / "topics" / f"topic-{t:02}"
        folder.mkdir(parents=True)
        lines = [f"# Topic {t}", ""]
        for i in range(per_kind):
            lines += [f"Shop now at shop{t}x{i}.example.com for {i + 10}% off microdose capsules, a deal for readers of topic {t}.", ""]
            lines += [f"Ketamine cures hair loss in {i + 2} weeks, as readers of topic {t} report.", ""]
        (folder / "index.md").write_text("\n".join(lines), encoding="utf-8")
        (folder / "README.md").symlink_to("index.md")
    git("init", "-q", cwd=root)
    git("add", "-A", cwd=root)
    git("commit", "-qm", "wiki", cwd=root)
    return root


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return _wiki(tmp_path_factory.mktemp("wiki"))


def test_a_linked_file_is_checked_once_as_its_target(wiki):
    result = claimsift("check", ".", "--format", "json", "--fail-on", "none", cwd=wiki)
    payload = json.loads(result.stdout)
    assert payload["summary"]["documents"] == 15 and payload["summary"]["findings"] == 300
    assert {Path(f["path"]).name for f in payload["findings"]} == {"index.md"}
    given_twice = claimsift("check", "topics/topic-00/README.md", "topics/topic-00/index.md", "--format", "json",
                            "--fail-on", "none", cwd=wiki)
    assert json.loads(given_twice.stdout)["summary"]["documents"] == 1


def test_github_annotations_stay_within_githubs_limits(wiki):
    result = claimsift("check", ".", "--format", "github", cwd=wiki)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    errors = [l for l in lines if l.startswith("::error ")]
    warnings = [l for l in lines if l.startswith("::warning ")]
    assert len(errors) == 10 and len(warnings) == 10 and len(errors) + len(warnings) <= 50
    assert lines.index(errors[-1]) < lines.index(warnings[0])  # errors first
    assert sum(": error: " in l for l in lines) == 140 and sum(": warning: " in l for l in lines) == 140  # the rest, in the log
    assert lines[-1] == ("claimsift: 15 documents, 300 findings (150 errors, 150 warnings, 0 notes; 0 supported, 150 unsupported, "
                         "150 promotion); and 140 more errors and 140 more warnings listed above without an annotation "
                         "(GitHub shows 10 errors and 10 warnings per step)")


def test_show_filters_what_is_reported_and_fail_on_still_decides_the_exit(wiki):
    warnings_only = claimsift("check", ".", "--format", "json", "--show", "warning", cwd=wiki)
    assert warnings_only.returncode == 1  # the errors still fail the run
    payload = json.loads(warnings_only.stdout)
    assert {f["severity"] for f in payload["findings"]} == {"warning"} and payload["summary"]["not_shown"] == 150
    (wiki / ".claimsift.toml").write_text('show = "error"\n', encoding="utf-8")
    try:
        from_config = json.loads(claimsift("check", ".", "--format", "json", cwd=wiki).stdout)
    finally:
        (wiki / ".claimsift.toml").unlink()
    assert {f["severity"] for f in from_config["findings"]} == {"error"}
    bad = claimsift("check", ".", "--show", "errors", cwd=wiki)
    assert bad.returncode == 2 and "unknown --show value(s) errors; choose from error, warning, note" in bad.stderr


def test_sarif_results_are_relative_to_the_repository_root(wiki):
    result = claimsift("check", str(wiki / "topics" / "topic-03"), "--format", "sarif", cwd=wiki / "topics")
    run = json.loads(result.stdout)["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "topics/topic-03/index.md", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == wiki.resolve().as_uri() + "/"
    assert len(run["results"]) == 20 and "invocations" not in run
    import jsonschema

    whole = json.loads(claimsift("check", "..", "--format", "sarif", cwd=wiki / "topics").stdout)
    jsonschema.Draft4Validator(sarif_schema()).validate(whole)
    results = whole["runs"][0]["results"]
    assert len(results) == 300 <= 25_000
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
        f"topics/topic-{t:02}/index.md" for t in range(15)}
    assert [r["level"] for r in results] == ["error"] * 150 + ["warning"] * 150  # errors first


def test_markdown_summary_fits_a_pull_request_comment(wiki):
    result = claimsift("check", ".", "--format", "markdown", cwd=wiki)
    text = result.stdout
    assert len(text) <= 65_536
    assert text.splitlines()[2].startswith("15 documents, 300 findings: 150 errors, 150 warnings, 0 notes")
    rows = [l for l in text.splitlines() if l.startswith("| ❌") or l.startswith("| ⚠️")]
    assert 0 < len(rows) < 300 and rows[0].startswith("| ❌")
    assert f"… and {300 - len(rows)} more findings (" in text


def test_baseline_made_at_the_root_works_from_a_subfolder(wiki, tmp_path):
    baseline = tmp_path / "baseline.json"
    created = claimsift("baseline", "create", ".", "--output", str(baseline), cwd=wiki)
    assert created.returncode == 0, created.stderr
    paths = {entry["path"] for entry in json.loads(baseline.read_text(encoding="utf-8"))["findings"]}
    assert paths == {f"topics/topic-{t:02}/index.md" for t in range(15)}
    from_subfolder = claimsift("check", ".", "--baseline", str(baseline), "--format", "json", cwd=wiki / "topics" / "topic-04")
    assert from_subfolder.returncode == 0, from_subfolder.stderr
    assert json.loads(from_subfolder.stdout)["findings"] == []
    sub_baseline = tmp_path / "sub.json"
    claimsift("baseline", "create", ".", "--output", str(sub_baseline), cwd=wiki / "topics")
    at_root = claimsift("check", "topics/topic-01", "--baseline", str(sub_baseline), "--format", "json", cwd=wiki)
    assert at_root.returncode == 0 and json.loads(at_root.stdout)["summary"]["baselined"] == 20


def test_an_empty_target_says_no_documents_found(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "data.json").write_text("{}", encoding="utf-8")
    for folder in ("empty", "notes"):
        result = claimsift("check", folder, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.startswith(f"claimsift: error: no documents found in {folder} (claimsift reads .htm, .html, ")
        assert result.stdout == ""


def test_the_pre_commit_hook_takes_exactly_the_files_claimsift_reads():
    import re

    import yaml

    from claims.discovery import EXTENSIONS
    from helpers import ROOT

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert "types_or" not in hook and hook.get("types", ["file"]) == ["file"]
    pattern = re.compile(hook["files"])  # pre-commit matches `files` with re.search on the staged path
    for extension in EXTENSIONS:
        assert pattern.search(f"docs/page{extension}") and pattern.search(f"docs/PAGE{extension.upper()}")
    for other in ("cli.py", "pyproject.toml", "action.yml", ".pre-commit-hooks.yaml", "docs/report.png", "notes.md.bak", "Makefile"):
        assert not pattern.search(other), other


def test_a_misspelt_directive_is_a_warning_on_stderr_and_in_annotations(repository):
    (repository / "docs" / "typo.md").write_text("<!-- claimsift: ignroe -->\nShop now at typoshop.example.com for 20% off.\n", encoding="utf-8")
    result = claimsift("check", "docs", "--format", "github", cwd=repository)
    assert "claimsift: warning: docs/typo.md:1:1: unknown claimsift directive 'ignroe'; did you mean 'ignore'?" in result.stderr
    assert "::warning file=docs/typo.md,line=1,col=1,title=claimsift%3A unknown directive::unknown claimsift directive" in result.stdout
    assert "::error file=docs/typo.md,line=2," in result.stdout  # it suppressed nothing
