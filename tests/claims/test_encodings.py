"""A document is read in UTF-8, UTF-8 with a byte-order mark, or UTF-16/UTF-32 with one; real binaries stay binary."""
import codecs
import subprocess
import sys

import pytest

from claims import InputError, read_path
from helpers import ROOT

TEXT = "# Ketamine\n\nKetamine is a Class B drug in the UK.\r\nIt is not approved for home use, says the café’s sign.\n"


@pytest.mark.parametrize("mark, encoding", [
    (b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_each_encoding_gives_the_same_sentences(tmp_path, mark, encoding):
    reference = tmp_path / "reference.md"
    reference.write_bytes(TEXT.encode("utf-8"))
    encoded = tmp_path / "page.md"
    encoded.write_bytes(mark + TEXT.encode(encoding))
    expected = [(s.line, s.column, s.text) for s in read_path(reference).sentences]
    assert [(s.line, s.column, s.text) for s in read_path(encoded).sentences] == expected
    assert len(expected) == 3


def test_the_command_line_checks_a_utf16_markdown_file(tmp_path):
    page = tmp_path / "page.md"
    page.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "check", str(page), "--format", "csv", "--fail-on", "none"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Ketamine is a Class B drug in the UK.,supported" in result.stdout


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
    ("Ketamine".encode("utf-16-le"), "looks like a binary file"),  # UTF-16 without a mark is not guessed
    (codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "not UTF-16 text despite its byte-order mark"),
    (b"caf\xe9", "not UTF-8 text"),
])
def test_binaries_and_broken_text_are_still_refused(tmp_path, data, message):
    page = tmp_path / "page.md"
    page.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_path(page)
