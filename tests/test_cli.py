"""The command line as a user meets it: exit codes, formats, one-line errors, whole-or-nothing files."""
import csv
import io
import json
import os
import subprocess
import sys

import pytest

from helpers import EXAMPLES, ROOT, shared

BRIEF_COLUMNS = ["path", "line", "column", "kind", "claim", "verdict", "evidence", "score", "source_id", "citation",
                 "url", "matched", "promotion_signals", "notes"]


def run(*arguments, stdin: bytes | None = None):
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *arguments],
        input=stdin, capture_output=True, cwd=ROOT, timeout=120,
    )


def test_check_writes_brief_csv_and_exits_1_on_findings(tmp_path):
    output = tmp_path / "report.csv"
    result = run("check", str(shared("inputs/ketamine-uk-article.txt")), "--format", "csv", "--output", str(output))
    assert result.returncode == 1, result.stderr
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert list(rows[0])[: len(BRIEF_COLUMNS)] == BRIEF_COLUMNS
    assert {r["verdict"] for r in rows} == {"supported", "unsupported", "promotion"}
    assert [int(r["line"]) for r in rows] == sorted(int(r["line"]) for r in rows)


def test_fail_on_none_exits_0_and_json_has_a_summary():
    result = run("check", str(EXAMPLES / "nhs-style-page.md"), "--format", "json", "--fail-on", "none")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["summary"]["verdicts"]["promotion"] == 0
    assert payload["findings"][0]["path"].endswith("nhs-style-page.md")


def test_stdin_and_table_format():
    result = run("check", "-", "--format", "table", "--fail-on", "none", stdin=b"Ketamine is a Class B drug in the UK.\n")
    assert result.returncode == 0
    assert "supported" in result.stdout.decode() and "1 supported" in result.stdout.decode()


def test_formula_cells_are_neutralised():
    text = "=HYPERLINK(\"http://evil.example\") ketamine is Class B in the UK.\n"
    result = run("check", "-", "--format", "csv", "--fail-on", "none", stdin=text.encode())
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert rows[0]["claim"].startswith("'=")


@pytest.mark.parametrize("arguments, message", [
    (["check", "no-such-file.md"], "no-such-file.md: no such file or directory"),
    (["check", str(EXAMPLES / "nhs-style-page.md"), "--format", "xml"], "unknown format"),
    (["check", str(EXAMPLES / "nhs-style-page.md"), "--fail-on", "maybe"], "unknown fail-on value"),
    (["check", str(EXAMPLES / "nhs-style-page.md"), "--sources", "no-such-table"], "no such file or directory"),
    (["sources", "show", "no-such-id"], "no source or reference claim"),
    (["check", str(EXAMPLES / "nhs-style-page.md"), "--output", str(EXAMPLES / "nhs-style-page.md")], "one of the inputs"),
])
def test_errors_are_one_line_and_exit_2(arguments, message):
    result = run(*arguments)
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert message in stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1


def test_undecodable_input_is_an_error_and_leaves_no_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 ketamine")
    output = tmp_path / "out.csv"
    result = run("check", str(bad), "--output", str(output))
    assert result.returncode == 2 and "not UTF-8" in result.stderr.decode()
    assert not output.exists()


def test_claims_command_lists_every_sentence():
    result = run("claims", str(EXAMPLES / "microdosing-guide.md"), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert list(rows[0]) == ["path", "line", "column", "kind", "text", "claim"]
    assert {"heading", "claim", "advice", "other"} <= {r["kind"] for r in rows}


def test_sources_commands(tmp_path):
    assert "ok:" in run("sources", "validate").stdout.decode()
    listing = json.loads(run("sources", "list", "--format", "json").stdout)
    assert listing["totals"]["sources"] >= 60 and listing["totals"]["reference claims"] >= 200
    assert "cited by" in run("sources", "show", "wilkinson2018").stdout.decode()
    assert run("sources", "export", str(tmp_path / "t")).returncode == 0
    assert run("sources", "validate", str(tmp_path / "t")).returncode == 0


def test_eval_prints_met_rows_and_misses():
    result = run("eval", str(ROOT / "tests/data/microdosing-guide.gold.csv"), str(EXAMPLES / "microdosing-guide.md"))
    out = result.stdout.decode()
    assert result.returncode == 0 and out.startswith("met ") and "precision" in out


def test_console_script_is_the_same_program():
    script = os.path.join(os.path.dirname(sys.executable), "claimsift")
    if not os.path.exists(script):
        pytest.fail("the claimsift console script is not installed beside this Python")
    result = subprocess.run([script, "sources", "validate"], capture_output=True)
    assert result.returncode == 0


def test_jobs_give_the_same_report_in_the_same_order(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for i in range(20):
        (site / f"page{i:02}.md").write_text(
            f"# Page {i}\n\nKetamine is a Class B drug in the UK.\n\nShop now at shop{i}.example.com for {i}% off.\n",
            encoding="utf-8",
        )
    one = run("check", str(site), "--format", "csv", "--jobs", "1", "--fail-on", "none")
    two = run("check", str(site), "--format", "csv", "--jobs", "2", "--fail-on", "none")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    assert one.stdout.decode().count("promotion") >= 20


def test_readme_lists_the_csv_columns_in_order():
    import re

    from checker.models import COLUMNS, EXTRA_COLUMNS

    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    first, rest = re.search(r"The columns start with `([^`]+)` and continue with `([^`]+)`", text).groups()
    assert [c.strip() for c in (first + "," + rest).split(",")] == COLUMNS + EXTRA_COLUMNS
    header = run("check", "-", "--format", "csv", "--fail-on", "none", stdin=b"Ketamine is a Class B drug in the UK.\n")
    assert header.stdout.decode().splitlines()[0].split(",") == COLUMNS + EXTRA_COLUMNS
