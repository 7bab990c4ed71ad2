"""The on-disk index cache changes speed, never verdicts, and never makes a run fail."""
from checker import Checker, check_path
from checker.cache import key
from helpers import shared
from sources import load_table


def _verdicts(checker):
    report = check_path(str(shared("inputs/ketamine-uk-article.txt")), checker)
    return [(f.line, f.column, f.verdict, f.evidence, f.reference_id, f.score) for f in report.findings]


def test_cached_and_fresh_indexes_give_identical_verdicts(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    table = load_table()
    first = _verdicts(Checker(table))  # builds and writes the cache
    assert list(tmp_path.glob("prepared-*.pickle"))
    second = _verdicts(Checker(table))  # reads it
    monkeypatch.setenv("CLAIMSIFT_NO_CACHE", "1")
    fresh = _verdicts(Checker(table))
    assert first == second == fresh


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    table = load_table()
    (tmp_path / f"prepared-{key(table)}.pickle").write_bytes(b"not a pickle")
    assert _verdicts(Checker(table))


def test_the_cache_key_follows_the_table(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "id,statement,stance,source_ids,finding\nmine-1,Ketamine is an NMDA antagonist.,supported,xu2022,Review.\n",
        encoding="utf-8",
    )
    assert key(load_table()) != key(load_table(extend=[extra]))
