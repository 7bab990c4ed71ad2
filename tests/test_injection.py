"""Nothing from a document or a file name can drive a terminal, forge a CI annotation or break an XML report."""
import json
import os
import subprocess
import sys
from xml.etree import ElementTree

import pytest

from checker import check_text
from checker.formats import NAMES, get
from helpers import ROOT

CONTROLS = "\x1b[2J\x1b]0;pwned\x07\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\\x9b31m\x85\x00\r\u2028\ufffe\uffff"
PROMO = "Buy ketamine now at evil-shop.com for 20% off!"
DANGEROUS = set("\x1b\x07\x9b\x85\x00\r\u2028\ufffe\uffff")


def run(*arguments, cwd=ROOT):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], capture_output=True, cwd=cwd, timeout=120)


def _hostile_report():
    text = f"Ketamine{CONTROLS} is a Class B drug in the UK.\n\n{PROMO}{CONTROLS}\n"
    return check_text(text, path=f"doc{CONTROLS}.txt")


@pytest.mark.parametrize("fmt", NAMES)
def test_no_output_format_carries_a_control_character(fmt):
    output = get(fmt)(_hostile_report())
    assert not DANGEROUS & set(output), fmt
    assert not any("\ud800" <= c <= "\udfff" for c in output)


@pytest.mark.parametrize("fmt", ["json", "sarif", "claimreview"])
def test_json_formats_escape_controls_and_keep_the_text(fmt):
    payload = json.loads(get(fmt)(_hostile_report()))
    assert any("\x1b[2J" in text for text in _strings(payload))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_junit_report_is_well_formed_xml_for_forbidden_characters():
    report = check_text("x" * 9000 + f"\n\nKetamine \x00\x01\ufffe is a Class B drug in the UK.\n\n{PROMO}\x0c\n", path="doc.txt")
    root = ElementTree.fromstring(get("junit")(report))
    assert root.get("tests") == str(len(report.findings)) and len(report.findings) >= 2


def test_file_names_cannot_forge_workflow_commands_on_stderr(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "bin\n::error file=x.md,line=1::forged\n::stop-commands::token.md").write_bytes(b"\x00\x01binary")
    (site / "page\n::add-mask::secret.md").write_text("<!-- claimsift: ignore nothing here -->\n\n# Title\n", encoding="utf-8")
    result = run("check", str(site), "-f", "json")
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert "skipped" in stderr and "unused suppression" in stderr
    assert all(line.startswith("claimsift: ") for line in stderr.splitlines()), stderr
    assert "\x1b" not in stderr


def test_terminal_table_and_stderr_escape_escape_sequences(tmp_path):
    document = tmp_path / "doc\x1b]0;title\x07.md"
    document.write_text(f"{PROMO}\x1b[2J\n\n<!-- claimsift: ignore \x1b[31m -->\n", encoding="utf-8")
    result = run("check", str(document), "-f", "table")
    assert result.returncode == 1
    assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout
    assert b"\x1b" not in result.stderr and b"\x07" not in result.stderr


@pytest.mark.parametrize("fmt", NAMES)
def test_a_file_name_that_is_not_utf8_is_written_in_every_format(tmp_path, fmt):
    folder = os.fsencode(tmp_path)
    with open(folder + b"/caf\xe9.md", "wb") as stream:
        stream.write(PROMO.encode())
    output = tmp_path / f"report.{fmt}"
    result = run("check", str(tmp_path), "-f", fmt, "-o", str(output), "--fail-on", "none")
    assert result.returncode == 0, result.stderr
    assert output.read_text(encoding="utf-8")
