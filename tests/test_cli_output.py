"""Where the report goes: the terminal's width, the file named by -o, and what is said about it."""
import os
import pty
import subprocess
import sys

import pytest

from checker.formats import table_format
from checker.formats.choice import FormatChoiceError, choose
from checker.judging.matching import Evidence
from checker.models import Finding, Report, Severity, Verdict
from helpers import EXAMPLES, ROOT

LONG = "content/topics/microdosing-and-psychedelic-substances/a-very-long-article-name-about-dosing-schedules.md"


def finding(path=LONG, line=1234, column=56, **extra):
    values = dict(path=path, line=line, column=column, kind="claim", claim="Microdosing psilocybin cures depression in a week.",
                  verdict=Verdict.UNSUPPORTED, evidence=Evidence.CONTRADICTS, severity=Severity.ERROR,
                  citation="Szigeti 2021, eLife")
    values.update(extra)
    return Finding(**values)


@pytest.mark.parametrize("width", [40, 60, 100])
def test_the_table_never_cuts_a_location(width):
    report = Report(findings=[finding(), finding(line=7, column=3), finding(path="short.md", line=99999, column=120)], documents=2)
    text = table_format.render(report, color=False, width=width)
    lines = text.splitlines()
    assert LONG in lines and "short.md" in lines  # each path whole on a line of its own (the terminal may wrap it)
    for location in ("1234:56", "7:3", "99999:120"):
        assert any(line.lstrip().startswith(location + " ") for line in lines), (location, text)
    assert max(len(line) for line in lines if line not in (LONG, "short.md")) <= width


def test_the_table_follows_the_terminal_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    report = Report(findings=[finding(path="a.md")], documents=1)
    assert max(len(line) for line in table_format.render(report, color=False).splitlines()) <= 70
    monkeypatch.setenv("COLUMNS", "200")
    assert max(len(line) for line in table_format.render(report, color=False).splitlines()) > 100


def run(*arguments, cwd=ROOT, stderr_terminal=False):
    command = [sys.executable, str(ROOT / "cli.py"), *arguments]
    environment = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    if not stderr_terminal:
        return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=120, env=environment)
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=terminal, cwd=cwd, timeout=120, env=environment)
        os.close(terminal)
        terminal = -1
        chunks = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        done.stderr = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
        return done
    finally:
        os.close(controller)
        if terminal != -1:
            os.close(terminal)


def test_writing_a_report_says_so_on_a_terminal(tmp_path):
    output = tmp_path / "report.csv"
    result = run("check", str(EXAMPLES / "microdosing-guide.md"), "-o", str(output), stderr_terminal=True)
    assert result.returncode == 1
    rows = output.read_text(encoding="utf-8").count("\n") - 1
    errors = output.read_text(encoding="utf-8").count(",error,")
    assert f"wrote {output} (csv, from its extension): {rows} findings, {errors} errors, " in result.stderr
    quiet = run("check", str(EXAMPLES / "microdosing-guide.md"), "-o", str(output))
    assert quiet.stderr == ""  # piped or in CI: nothing extra


@pytest.mark.parametrize("arguments, message", [
    (["-o", "report.xlsx"], "cannot tell the report format from the extension .xlsx of report.xlsx; give --format"),
    (["-o", "report.xlsx", "--format", "csv"], "--output report.xlsx has the extension .xlsx, which does not fit --format csv"),
    (["-o", "report.csv", "--format", "json"], "--output report.csv has the extension .csv, which does not fit --format json"),
])
def test_an_output_extension_that_does_not_fit_is_refused(tmp_path, arguments, message):
    result = run("check", str(EXAMPLES / "nhs-style-page.md"), *arguments, cwd=tmp_path)
    assert result.returncode == 2 and result.stderr == f"claimsift: error: {message}" + result.stderr[len("claimsift: error: ") + len(message):]
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt, output, expected", [
    (None, "r.csv", ("csv", True)), (None, "r.sarif", ("sarif", True)), (None, "r.sarif.json", ("sarif", True)),
    (None, "r.json", ("json", True)), (None, "r.html", ("html", True)), (None, "r.md", ("markdown", True)),
    (None, "r.xml", ("junit", True)), (None, "r.jsonld", ("claimreview", True)), (None, "report", ("csv", False)),
    ("sarif", "r.json", ("sarif", False)), ("claimreview", "r.json", ("claimreview", False)), ("csv", "report", ("csv", False)),
])
def test_the_format_follows_the_extension_when_not_given(fmt, output, expected):
    from checker.formats import NAMES
    from pathlib import Path

    assert choose(fmt, Path(output), NAMES, terminal=False) == expected


def test_an_unknown_format_is_refused():
    from checker.formats import NAMES

    with pytest.raises(FormatChoiceError, match="unknown format 'pdf'"):
        choose("pdf", None, NAMES, terminal=True)


def test_diff_with_a_bad_ref_names_it_and_gives_gits_message(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "a.md").write_text("Ketamine is a Class B drug in the UK.\n", encoding="utf-8")
    result = run("check", ".", "--diff", "no-such-ref", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("claimsift: error: --diff no-such-ref: no such commit, branch or tag in ")
    assert "fatal: " in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_claims_table_folds_a_long_location_and_never_cuts_it(monkeypatch):
    from claims import read_text
    from claims.formats import render

    monkeypatch.setenv("COLUMNS", "60")
    text = render([read_text("Ketamine is a Class B drug in the UK.\n", LONG)], "table")
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 60
    first_column = "".join(line.split("│")[1].strip() for line in lines if line.startswith("│"))
    assert f"{LONG}:1:1" in first_column and "…" not in first_column
