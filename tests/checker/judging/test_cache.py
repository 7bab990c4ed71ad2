"""The on-disk index cache changes speed, never verdicts; it never makes a run fail and never runs code."""
import os
import pickle

from checker import Checker, check_path
from checker.judging.cache import key
from helpers import shared
from sources import load_table


def _verdicts(checker):
    report = check_path(str(shared("inputs/ketamine-uk-article.txt")), checker)
    return [(f.line, f.column, f.verdict, f.evidence, f.reference_id, f.score) for f in report.findings]


def _files(folder):
    return [p for p in folder.iterdir() if p.name.startswith("prepared-")]


def test_cached_and_fresh_indexes_give_identical_verdicts(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    table = load_table()
    first = _verdicts(Checker(table))  # builds and writes the cache
    assert _files(tmp_path)
    second = _verdicts(Checker(table))  # reads it
    monkeypatch.setenv("CLAIMSIFT_NO_CACHE", "1")
    fresh = _verdicts(Checker(table))
    assert first == second == fresh


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    table = load_table()
    _verdicts(Checker(table))
    assert _files(tmp_path)
    for path in _files(tmp_path):
        path.write_bytes(path.read_bytes()[:1000])
    assert _verdicts(Checker(table))


class _Planted:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_a_planted_pickle_never_runs_and_wrong_content_is_a_miss(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(folder))
    table = load_table()
    expected = _verdicts(Checker(table))
    assert _files(folder)
    marker = tmp_path / "ran"
    for payload in (pickle.dumps(_Planted(str(marker))), pickle.dumps(["a well-formed pickle of the wrong type"])):
        for path in (*_files(folder), folder / f"prepared-{key(table)}.pickle"):
            path.write_bytes(payload)
        assert _verdicts(Checker(table)) == expected
        assert not marker.exists()


def test_a_well_formed_cache_file_of_the_wrong_type_is_a_miss(tmp_path, monkeypatch):
    from checker.judging import cachefile

    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    table = load_table()
    expected = _verdicts(Checker(table))
    assert _files(tmp_path)
    for content in (["a list"], {"a": 1}, None):
        for path in _files(tmp_path):
            path.write_bytes(cachefile.dumps(content))
        assert _verdicts(Checker(table)) == expected


def test_a_folder_others_can_write_is_neither_read_nor_written(tmp_path, monkeypatch):
    folder = tmp_path / "shared-cache"
    folder.mkdir()
    folder.chmod(0o777)
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(folder))
    assert _verdicts(Checker(load_table()))
    assert not _files(folder)


def test_a_cache_file_others_can_write_is_ignored_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    table = load_table()
    _verdicts(Checker(table))
    [path] = _files(tmp_path)
    path.chmod(0o666)
    before = path.stat().st_ino
    assert _verdicts(Checker(table))
    assert path.stat().st_ino != before and not path.stat().st_mode & 0o022


def test_the_cache_key_follows_the_table(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "id,statement,stance,source_ids,finding\nmine-1,Ketamine is an NMDA antagonist.,supported,xu2022,Review.\n",
        encoding="utf-8",
    )
    assert key(load_table()) != key(load_table(extend=[extra]))
