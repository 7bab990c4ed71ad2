"""check-corpus refuses what it cannot use, at once and in one line: a malformed --scheduler (not a traceback after
a 20-second wait), a malformed JSON line (with its number), a text that is not a string."""
import subprocess
import sys
import time

import pytest

from helpers import ROOT


@pytest.mark.parametrize("address", ["tcp://[bad", "tcp://host", "http://host:8786", "host:99999", "tcp://a b:1", "tcp://h:1/x?y"])
def test_a_malformed_scheduler_address_is_refused_at_once(tmp_path, address):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "Ketamine is a Class B drug in the UK."}\n', encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "check-corpus", str(corpus), str(tmp_path / "out"), "--scheduler", address],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert done.returncode == 2
    assert "is not a Dask scheduler address" in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert time.monotonic() - started < 8
    assert not (tmp_path / "out").exists()


def _corpus(tmp_path, *arguments, lines):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "check-corpus", str(corpus), str(tmp_path / "out"), "-f", "csv",
         "--scheduler", "synchronous", *arguments],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


def test_a_malformed_json_line_is_named_by_its_number(tmp_path):
    done = _corpus(tmp_path, lines=['{"id": "a", "text": "Ketamine is a Class B drug in the UK."}', '{"id": "b", "text": "x"'])
    assert done.returncode == 2 and "line 2: Expecting" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_text_that_is_a_list_is_skipped_not_checked_as_its_repr(tmp_path):
    done = _corpus(tmp_path, lines=['{"id": "a", "text": "Ketamine is a Class B drug in the UK."}',
                                    '{"id": "c", "text": ["Ketamine", "is legal"]}'])
    assert done.returncode == 2, done.stderr
    skipped = (tmp_path / "out" / "_skipped.csv").read_text(encoding="utf-8")
    assert "c: text is a list, not a string" in skipped
    assert "Ketamine', 'is legal" not in (tmp_path / "out" / "part-00000.csv").read_text(encoding="utf-8")


def test_duplicate_ids_are_named_and_exit_2(tmp_path):
    claim = '"text": "Ketamine is a Class B drug in the UK."'
    done = _corpus(tmp_path, lines=[f'{{"id": "a", {claim}}}', f'{{"id": "b", {claim}}}', f'{{"id": "a", {claim}}}'])
    assert done.returncode == 2, done.stderr
    assert "1 duplicate id (first: 'a')" in done.stderr and len(done.stderr.strip().splitlines()) == 1
