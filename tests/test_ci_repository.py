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
