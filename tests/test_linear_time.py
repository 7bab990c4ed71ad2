"""Inputs under the default size limit cost time in proportion to their size: four times the input, about four
times the time (a quadratic step would take sixteen). Each size is timed at its best of several runs, so that a
machine shared with other work measures the code rather than its neighbours."""
import gc
import time
from pathlib import Path

import pathspec

from checker.run import suppressions
from checker.run.config import Config, Settings
from checker.models import Finding
from claims import read_text

GROWTH = 4
LIMIT = 8  # linear gives about 4, quadratic about 16


def _seconds(work, size, repeats=1):
    # The garbage collector's full passes grow with every object alive, so they can make linear work look
    # quadratic on a busy machine; the best of several runs without them measures the work itself.
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            started = time.perf_counter()
            work(size)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


def _assert_linear(work, size):
    small = _seconds(work, size, repeats=3)
    large = _seconds(work, size * GROWTH, repeats=3)
    assert large / small < LIMIT, f"{GROWTH}x the input took {large / small:.1f}x the time ({small:.2f}s, {large:.2f}s)"


def _suppression_pairs(count):
    text = "".join(f"<!-- claimsift: ignore-start r{i} -->\nText {i}.\n<!-- claimsift: ignore-end -->\n\n" for i in range(count))
    document = read_text(text, "doc.md")
    findings = [
        Finding(path="doc.md", line=s.line, column=s.column, kind="claim", claim=s.text, verdict="unsupported", evidence="none")
        for s in document.sentences
    ]
    kept, unused = suppressions.apply(findings, document)
    assert not kept and not unused


def _entity_lines(count):
    read_text("".join(f"Ketamine &amp; co &copy; line {i} &#42; more\n" for i in range(count)), "doc.md")


def test_suppression_pairs_are_linear():
    _assert_linear(_suppression_pairs, 1500)


def test_markdown_lines_with_entities_are_linear():
    _assert_linear(_entity_lines, 5000)


def test_override_globs_are_compiled_once_per_run(monkeypatch):
    compiled = []
    original = pathspec.PathSpec.from_lines
    monkeypatch.setattr(pathspec.PathSpec, "from_lines", lambda *a, **k: compiled.append(1) or original(*a, **k))
    config = Config.model_validate({"overrides": [{"paths": [f"dir{i}/**"], "fail_on": "none"} for i in range(30)]})
    config_base = Path.cwd()
    settings = Settings(config, {}, config_base)
    for number in range(200):
        settings.fail_on_for(str(config_base / f"dir{number % 40}" / "page.md"))
        settings.thresholds_for(str(config_base / f"dir{number % 40}" / "page.md"))
    assert len(compiled) == 30
    assert settings.fail_on_for(str(config_base / "dir3" / "a.md")) == set()
    assert settings.fail_on_for(str(config_base / "dir35" / "a.md")) == {"contradicted", "promotion"}
