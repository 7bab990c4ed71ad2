"""Every mistake is one line on stderr naming what is wrong, and exit status 2."""
import json
import os
import re
import subprocess
import sys

import pytest

from helpers import ROOT

CLAIM = "Ketamine is a Class B drug in the UK.\n"


def run(*arguments, cwd=None, env=None):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=120, env=env)


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


CASES = {
    "empty --fail-on": (lambda d: ["check", _write(d, "a.md", CLAIM), "--fail-on", ""], "fail-on '' names nothing"),
    "comma --fail-on": (lambda d: ["check", _write(d, "a.md", CLAIM), "--fail-on", ","], "fail-on ',' names nothing"),
    "bad --include glob": (lambda d: ["check", str(d), "--include", "[z-a]"], "--include: bad glob '[z-a]'"),
    "bad --exclude glob": (lambda d: ["check", str(d), "--exclude", "a/[z-a]"], "--exclude: bad glob 'a/[z-a]'"),
    "bad override glob": (
        lambda d: ["check", _write(d, "a.md", CLAIM), "--config",
                   _write(d, "c.toml", '[[overrides]]\npaths = ["[z-a]"]\nfail_on = "none"\n')],
        "c.toml: overrides[0].paths: bad glob"),
    "boolean max_file_size": (
        lambda d: ["check", _write(d, "a.md", CLAIM), "--config", _write(d, "c.toml", "max_file_size = true\n")],
        "max_file_size: should be a whole number, not True"),
    "string max_file_size": (
        lambda d: ["check", _write(d, "a.md", CLAIM), "--config", _write(d, "c.toml", 'max_file_size = "10"\n')],
        "max_file_size: should be a whole number, not '10'"),
    "baseline version true": (
        lambda d: ["check", _write(d, "a.md", CLAIM), "--baseline",
                   _write(d, "b.json", json.dumps({"version": True, "findings": []}))],
        "unsupported baseline version True"),
    "deeply nested baseline": (
        lambda d: ["check", _write(d, "a.md", CLAIM), "--baseline", _write(d, "b.json", "[" * 100_000 + "]" * 100_000)],
        "not a claimsift baseline"),
}


@pytest.mark.parametrize("name", CASES)
def test_each_mistake_is_one_line_and_exit_2(tmp_path, name):
    arguments, message = CASES[name]
    result = run(*arguments(tmp_path))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize("arguments", [[], ["sources"], ["baseline"]])
def test_a_bare_command_shows_help_and_exits_2(arguments):
    result = run(*arguments)
    assert result.returncode == 2 and "internal error" not in result.stderr, result.stderr


def _action_script() -> str:
    import yaml

    steps = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["runs"]["steps"]
    return next(step["run"] for step in steps if step.get("name") == "Check")


@pytest.mark.parametrize("fail_on, expected", [("", []), ("promotion", ["--fail-on", "promotion"])])
def test_the_action_never_passes_an_empty_fail_on(tmp_path, fail_on, expected):
    stub = tmp_path / "bin"
    stub.mkdir()
    (stub / "claimsift").write_text('#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n', encoding="utf-8")
    (stub / "claimsift").chmod(0o755)
    environment = {"PATH": f"{stub}:{os.environ['PATH']}", "CLAIMSIFT_PATHS": "docs", "CLAIMSIFT_FAIL_ON": fail_on,
                   "CLAIMSIFT_BASELINE": "", "CLAIMSIFT_DIFF": "", "CLAIMSIFT_SARIF": ""}
    done = subprocess.run(["bash", "-c", _action_script()], env=environment, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    arguments = done.stdout.split("\n")
    assert "" not in arguments[:-1]
    assert [a for a in arguments if re.match(r"--fail-on|promotion", a)] == expected


def test_baseline_create_reports_skipped_files_and_exits_2(tmp_path):
    _write(tmp_path, "a.md", CLAIM)
    (tmp_path / "bad.md").write_bytes(b"caf\xe9")
    result = run("baseline", "create", str(tmp_path), "-o", str(tmp_path / "base.json"))
    assert result.returncode == 2 and "skipped" in result.stderr and "bad.md: not UTF-8" in result.stderr
    assert json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))["version"] == 1


def test_claims_skips_an_undecodable_file_in_a_folder_and_limits_size(tmp_path):
    _write(tmp_path, "a.md", CLAIM)
    (tmp_path / "bad.md").write_bytes(b"caf\xe9")
    result = run("claims", str(tmp_path), "-f", "csv")
    assert result.returncode == 2 and "skipped" in result.stderr and "bad.md: not UTF-8" in result.stderr
    assert "Ketamine is a Class B drug" in result.stdout
    big = tmp_path / "big.txt"
    big.write_bytes(b"Ketamine. " * 600_000)
    result = run("claims", str(big))
    assert result.returncode == 2 and "larger than the limit" in result.stderr


def test_jobs_are_capped_at_the_core_count(tmp_path, monkeypatch, capsys):
    import concurrent.futures
    from unittest.mock import patch

    import cli

    for number in range(20):
        _write(tmp_path, f"p{number}.md", CLAIM)
    started = []
    real = concurrent.futures.ProcessPoolExecutor

    def recording(workers, *args, **kwargs):
        started.append(workers)
        return real(workers, *args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", recording)
    with patch.object(sys, "argv", ["claimsift", "check", str(tmp_path), "--jobs", "500", "-f", "csv"]):
        with pytest.raises(SystemExit):
            cli.main()
    assert started and max(started) <= (os.cpu_count() or 1)
    wanted = (os.cpu_count() or 1) + 1
    with patch.object(sys, "argv", ["claimsift", "check", str(tmp_path), "--jobs", str(wanted), "--force-jobs", "-f", "csv"]):
        with pytest.raises(SystemExit):
            cli.main()
    assert max(started) == wanted  # forced: as many as asked for


@pytest.mark.parametrize("target, said", [("folder", "a directory"), ("/dev/null", "a device"), ("missing.toml", "no such file")])
def test_config_that_is_not_a_file_says_what_it_is(tmp_path, target, said):
    path = tmp_path / target if not target.startswith("/") else target
    if target == "folder":
        path.mkdir()
    page = tmp_path / "page.md"
    page.write_text("Ketamine is a Class B drug in the UK.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "check", str(page), "--config", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip() == f"claimsift: error: {path}: {said}, not a configuration file"
