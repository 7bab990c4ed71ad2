"""Hostile and broken input: nothing crashes, nothing leaks, nothing is lost.

Property tests run with a fixed seed and budget (derandomize=True) so CI is repeatable; set
CLAIMSIFT_FUZZ_EXAMPLES to run a longer campaign.
"""
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import Checker, check_text
from checker.formats import get
from claims import InputError, read_text
from claims.document import decode
from claims.normalise import normalise
from claims.splitter import split_sentences
from helpers import ROOT

CHECKER = Checker()
SECOND_CHECKER = Checker(CHECKER.table)  # a fresh index and caches, to show nothing carries over
BUDGET = settings(
    max_examples=int(os.environ.get("CLAIMSIFT_FUZZ_EXAMPLES", "60")), derandomize=True, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FORMATS = ["text", "markdown", "html"]
PATHS = {"text": "doc.txt", "markdown": "doc.md", "html": "doc.html"}
HOSTILE_CHARACTERS = st.sampled_from(list("\u200b\u200e\u200f\u202e\u2066\ufeff\x00\r\n\t<>&*_`#-[]()!.?:;\"'“”’…") + ["\r\n", "<!--", "-->", "<p>", "</div>", "```", "---\n"])
DOCUMENTS = st.lists(st.one_of(st.text(max_size=40), HOSTILE_CHARACTERS), max_size=60).map("".join)


def _lines(text: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", text)


def _check_positions(text: str, document) -> None:
    lines = _lines(text)
    for sentence in document.sentences:
        assert 1 <= sentence.line <= len(lines), sentence
        assert 1 <= sentence.column <= len(lines[sentence.line - 1]) + 1, sentence


# -- properties ---------------------------------------------------------------

@BUDGET
@given(DOCUMENTS)
def test_splitter_spans_are_ordered_trimmed_and_inside(text):
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


@BUDGET
@given(DOCUMENTS, st.sampled_from(FORMATS))
def test_readers_never_fail_and_positions_are_inside_the_file(text, fmt):
    document = read_text(text, PATHS[fmt], fmt)
    _check_positions(text, document)


@BUDGET
@given(DOCUMENTS)
def test_plain_text_sentences_are_found_at_their_position(text):
    text = text.replace("\x00", "")
    lines = _lines(text)
    for sentence in read_text(text, "doc.txt", "text").sentences:
        line = lines[sentence.line - 1]
        first_word = sentence.text.split()[0]
        # sentences are normalised (NFKC, no format characters) after they are located
        assert normalise(line[sentence.column - 1:]).lstrip().startswith(first_word), (sentence, line)


@BUDGET
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        text = decode(data, "doc.txt")
    except InputError as error:
        assert "\n" not in str(error)
        return
    check_text(text, "doc.txt", checker=CHECKER)


@BUDGET
@given(DOCUMENTS, st.sampled_from(FORMATS))
def test_the_whole_pipeline_is_deterministic(text, fmt):
    first = check_text(text, PATHS[fmt], fmt, checker=CHECKER)
    second = check_text(text, PATHS[fmt], fmt, checker=SECOND_CHECKER)
    for name in ("csv", "json", "sarif", "markdown", "github", "junit"):
        assert get(name)(first) == get(name)(second)


# -- pathological documents ---------------------------------------------------

DEEP = 10_000
PATHOLOGICAL = {
    "empty": ("", "doc.md"),
    "crlf": ("Ketamine is Class B.\r\nIt is an anaesthetic.\r\n", "doc.txt"),
    "cr only": ("# Title\rKetamine is Class B.\rIt is an anaesthetic.\r", "doc.md"),
    "zero width and right-to-left": ("Ket\u200bamine is \u202eClass B\u202c in the UK.\u200f", "doc.html"),
    "html nested 10,000 deep": ("<div>" * DEEP + "<p>Ketamine is Class B.</p>" + "</div>" * DEEP, "doc.html"),
    "unclosed tags": ("<p>Ketamine is Class B.<div><span><b><i>" * 2_000, "doc.html"),
    "markdown quotes 10,000 deep": (">" * DEEP + " Ketamine is Class B.\n", "doc.md"),
    "markdown list nested 10,000 deep": ("".join(" " * min(i, 2000) + "- item\n" for i in range(DEEP)), "doc.md"),
    "markdown emphasis 10,000 deep": ("*" * DEEP + "Ketamine" + "*" * DEEP + " is Class B.\n", "doc.md"),
    "unclosed comment": ("<!-- claimsift: ignore" + " x" * 50_000, "doc.md"),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_documents(name):
    text, path = PATHOLOGICAL[name]
    report = check_text(text, path, checker=CHECKER)
    _check_positions(text, read_text(text, path))
    json.loads(get("json")(report))


def test_a_ten_megabyte_single_line():
    text = "Ketamine is a Class B drug in the UK and its effects fade within weeks " * 142_000
    assert len(text) >= 10_000_000
    document = read_text(text, "doc.txt")
    assert document.sentences and max(len(s.text) for s in document.sentences) <= 5000
    report = check_text(text[:2_000_000], "doc.txt", checker=CHECKER)
    assert report.findings


def test_a_hundred_thousand_list_items():
    text = "Studies highlight ketamine's ability to:\n" + "".join(f"- Reduce symptoms within {i % 48} hours.\n" for i in range(100_000))
    document = read_text(text, "doc.txt")
    assert len(document.sentences) == 100_001
    assert document.sentences[-1].line == 100_001
    assert "ketamine" in document.sentences[-1].claim


def test_binary_files_under_text_extensions(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01\x02\nendstream"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "ketamine " * 100)
    for name, data in (("image.txt", png), ("paper.md", pdf), ("archive.html", buffer.getvalue())):
        with pytest.raises(InputError):
            decode(data, name)


# -- every pattern runs in linear time ---------------------------------------

def _patterns():
    import importlib
    import pkgutil

    for package in ("claims", "checker", "sources"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            loaded = importlib.import_module(info.name)
            for name, value in vars(loaded).items():
                if isinstance(value, re.Pattern):
                    yield f"{info.name}.{name}", value


ADVERSARIAL = [
    "." * 1_000_000,
    "1" * 1_000_000,
    "a." * 500_000,
    ". " * 500_000,
    "a" * 1_000_000,
    "explore " * 125_000,
    "<!-- claimsift: ignore" + " " * 1_000_000,
    "claimsift: ignore" + " " * 1_000_000 + "x",
    "Visit " * 160_000 + "shop",
    "A, " * 330_000,
    "-" * 1_000_000,
    "x" + " " * 1_000_000 + "x",
    "http://" + "a" * 1_000_000,
    "&#" * 500_000,
]


@pytest.mark.parametrize("name, pattern", list(_patterns()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_regular_expression_is_linear_on_a_megabyte(name, pattern):
    for text in ADVERSARIAL:
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
        elapsed = time.perf_counter() - started
        # Generous: a linear pattern takes well under a second here; a quadratic one takes hours.
        assert elapsed < 5, f"{name} took {elapsed:.1f}s on {text[:20]!r}…"


# -- no network, ever ---------------------------------------------------------

def test_a_full_run_opens_no_socket(monkeypatch, tmp_path):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("claimsift tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = (
        '<!DOCTYPE html SYSTEM "http://example.com/evil.dtd"><html><body>'
        '<img src="http://example.com/track.png"><p>Ketamine is Class B &amp; &nbsp; &evil;.</p>'
        '<link rel="stylesheet" href="http://example.com/x.css"><script src="http://example.com/x.js"></script></body></html>'
    )
    checker = Checker()
    report = check_text(page, "page.html", checker=checker)
    for name in ("table", "csv", "json", "sarif", "junit", "markdown", "github"):
        get(name)(report)
    assert attempts == []


# -- the command line: each bad input, its exact message and exit code ---------

def _cli(*arguments, cwd=None):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], capture_output=True, text=True, cwd=cwd, timeout=300)


BAD_INPUTS = [
    ("missing file", lambda d: ["check", "missing.md"], "claimsift: error: missing.md: no such file or directory"),
    ("undecodable", lambda d: ["check", _write(d, "latin1.txt", b"caf\xe9")], "claimsift: error: {d}/latin1.txt: not UTF-8 text (undecodable byte at offset 3)"),
    ("png as text", lambda d: ["check", _write(d, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")], "claimsift: error: {d}/image.txt: looks like a binary file, not text"),
    ("too large", lambda d: ["check", _write(d, "big.md", b"a " * 600), "--max-file-size", "1000"], "claimsift: error: {d}/big.md: file is larger than the limit of 1000 bytes"),
    ("a directory as output", lambda d: ["check", _write(d, "ok.md", b"Ketamine is Class B."), "--output", str(d / "nowhere" / "r.csv")], "claimsift: error: cannot write {d}/nowhere/r.csv: directory {d}/nowhere does not exist"),
    ("output is an input", lambda d: ["check", _write(d, "ok.md", b"Ketamine is Class B."), "--output", str(d / "ok.md")], "claimsift: error: output {d}/ok.md is one of the inputs; refusing to overwrite it"),
    ("unknown format", lambda d: ["check", "-", "--format", "pdf"], "claimsift: error: unknown format 'pdf'; choose from table, csv, json, github, sarif, junit, markdown, html, claimreview"),
    ("bad fail-on", lambda d: ["check", "-", "--fail-on", "everything"], "claimsift: error: unknown fail-on value(s) everything; choose from contradicted, promotion, unsupported, none"),
    ("bad baseline", lambda d: ["check", "-", "--baseline", _write(d, "b.json", b"[]")], "claimsift: error: {d}/b.json: not a claimsift baseline (expected a JSON object)"),
    ("formula in a table", lambda d: ["sources", "validate", _write(d, "claims.csv", b"id,statement,stance,source_ids,finding\nx-1,=HYPERLINK(\"http://e\"),supported,s,f\n")], "claimsift: error: {d}/claims.csv, row 2, statement: starts like a spreadsheet formula (=, @, also after spaces)"),
    ("enormous field", lambda d: ["sources", "validate", _write(d, "claims.csv", b"id,statement,stance,source_ids,finding\nx-1," + b"a" * 6000 + b",supported,s,f\n")], "claimsift: error: {d}/claims.csv, row 2, statement: longer than 5000 characters"),
    ("table not UTF-8", lambda d: ["sources", "validate", _write(d, "claims.csv", b"id,statement\n1,caf\xe9\n")], "claimsift: error: {d}/claims.csv: not UTF-8 (undecodable byte at offset 18)"),
    ("unknown config key", lambda d: ["check", _write(d, "doc.md", b"Ketamine."), "--config", _write(d, "c.toml", b"colour = 1\n")], "claimsift: error: {d}/c.toml: colour: unknown key; known keys: sources, add_sources, fail_on, include, exclude, max_file_size, thresholds, overrides, author, show, base_url, review_date"),
    ("invalid config toml", lambda d: ["check", _write(d, "doc.md", b"Ketamine."), "--config", _write(d, "c.toml", b"fail_on = \n")], "claimsift: error: {d}/c.toml: invalid TOML (Invalid value (at line 1, column 11))"),
]


def _write(directory, name, data: bytes) -> str:
    path = directory / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("name, arguments, message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_each_bad_input_gives_its_message_and_exit_code_2(tmp_path, name, arguments, message):
    result = _cli(*arguments(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == message.format(d=tmp_path)


def test_ten_thousand_duplicate_ids_are_reported_briefly(tmp_path):
    rows = "".join(f"dup-1,Statement number {i}.,supported,s,f\n" for i in range(10_000))
    table = _write(tmp_path, "claims.csv", ("id,statement,stance,source_ids,finding\n" + rows).encode())
    result = _cli("sources", "validate", table)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2
    assert lines[0] == f"claimsift: error: {table}, row 3, id: duplicate claim id 'dup-1'"
    assert len(lines) == 51 and "more problems" in lines[-1]


def test_an_interrupted_or_failed_write_leaves_no_partial_report(tmp_path, monkeypatch):
    from sources.table import write_atomically

    target = tmp_path / "report.csv"
    target.write_text("previous report", encoding="utf-8")

    class Boom(Exception):
        pass

    def explode(*args, **kwargs):
        raise Boom()

    monkeypatch.setattr(os, "replace", explode)
    with pytest.raises(Boom):
        write_atomically(target, "new report " * 1000)
    assert target.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_script_in_a_document_is_escaped_in_every_format():
    report = check_text('<p>Buy now at evil.example.com: <img src=x onerror="alert(1)"> &lt;script&gt;alert(1)&lt;/script&gt; 20% off!</p>', "p.html", checker=CHECKER)
    markdown = get("markdown")(report)
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert json.loads(get("json")(report))["findings"][0]["claim"].count("<script>") == 1
