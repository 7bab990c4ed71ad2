"""A malformed --scheduler is one line at once, not a traceback after a 20-second wait."""
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
