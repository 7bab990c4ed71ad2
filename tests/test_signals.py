"""Ctrl-C and SIGTERM during a parallel run: one line, the right status, at once, nothing left behind."""
import os
import signal
import subprocess
import sys
import time

import pytest

from helpers import ROOT

PARAGRAPH = "Ketamine is a Class B drug in the UK. Shop now at shop{n}.example.com for {n}% off. Psilocybin is a cure. "


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    for number in range(160):
        (folder / f"page{number:03}.md").write_text(
            f"# Page {number}\n\n" + "\n\n".join(PARAGRAPH.format(n=k) for k in range(60)), encoding="utf-8"
        )
    return folder


def _start(site, output):
    return subprocess.Popen(
        [sys.executable, str(ROOT / "cli.py"), "check", str(site), "--jobs", "2", "-f", "csv", "-o", str(output)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True,
        env={**os.environ, "CLAIMSIFT_NO_CACHE": "1"},
    )


def _group_gone(group: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def _stop(process, send, status, line, seconds):
    """Send the signal; the run must end within `seconds` with `status`, one `line` and no process left."""
    send(process)
    try:
        _, stderr = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail(f"the run did not stop within {seconds} s")
    assert process.returncode == status
    assert stderr.decode().strip() == line
    assert _group_gone(process.pid), "processes were left running"


@pytest.mark.parametrize("name, send, status, line", [
    ("ctrl-c", lambda p: os.killpg(p.pid, signal.SIGINT), 130, "claimsift: interrupted"),
    ("sigterm", lambda p: os.kill(p.pid, signal.SIGTERM), 143, "claimsift: terminated"),
])
def test_an_interrupted_parallel_run_stops_at_once_with_one_line(site, tmp_path, name, send, status, line):
    output = tmp_path / "report.csv"
    process = _start(site, output)
    time.sleep(4)  # start-up, worker pool, the first files
    assert process.poll() is None, "the run ended before it could be interrupted"
    _stop(process, send, status, line, seconds=15)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    import json

    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for number in range(1500):
            text = "\n\n".join(PARAGRAPH.format(n=k) for k in range(30))
            stream.write(json.dumps({"id": f"d{number}.md", "text": text}) + "\n")
    return path


@pytest.mark.parametrize("name, send, status, line", [
    ("ctrl-c", lambda p: os.killpg(p.pid, signal.SIGINT), 130, "claimsift: interrupted"),
    ("sigterm", lambda p: os.kill(p.pid, signal.SIGTERM), 143, "claimsift: terminated"),
])
def test_an_interrupted_corpus_run_leaves_no_partial_folder(corpus, tmp_path, name, send, status, line):
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "cli.py"), "check-corpus", str(corpus), str(tmp_path / "out"), "--workers", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".partial") for p in tmp_path.iterdir()):  # the run is writing parts
        assert process.poll() is None and time.monotonic() < deadline, "the run never started writing"
        time.sleep(0.2)
    _stop(process, send, status, line, seconds=30)
    assert list(tmp_path.iterdir()) == []
