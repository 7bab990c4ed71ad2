"""The cached table (sources/tablecache.py) gives the very rows validation gives, and never hides a problem."""
import shutil

import pytest

from sources import DEFAULT_DIR, TableError, load_table


def _rows(table):
    return [*table.sources.values(), *table.claims, *table.domains.values(), *table.subjects.values()]


def _cached(folder):
    return sorted(folder.glob("table-*.json"))


def test_a_cached_table_has_the_same_rows_values_and_types_as_a_validated_one(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    fresh = load_table()  # validates and writes the cache
    assert _cached(tmp_path)
    cached = load_table()
    assert (list(cached.sources), list(cached.domains), list(cached.subjects)) == (list(fresh.sources), list(fresh.domains), list(fresh.subjects))
    assert (cached.origins, cached.fingerprint) == (fresh.origins, fresh.fingerprint)
    assert len(_rows(cached)) == len(_rows(fresh))
    for old, new in zip(_rows(fresh), _rows(cached)):
        assert old is not new and old == new and hash(old) == hash(new) and type(old) is type(new)
        assert old.model_fields_set == new.model_fields_set
        for name in type(old).model_fields:
            assert type(getattr(old, name)) is type(getattr(new, name)), name
        assert old.model_dump(mode="json") == new.model_dump(mode="json")


def test_a_damaged_or_planted_cache_file_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    expected = _rows(load_table())
    [path] = _cached(tmp_path)
    original = path.read_bytes()
    for content in (original[:1000], b"[]", b'{"sources": [], "claims": [], "domains": [], "subjects": [{"subject": 1, "x": 2}]}',
                    original.replace(b'"type":"rct"', b'"type":"no such type"')):
        path.write_bytes(content)
        assert _rows(load_table()) == expected


def test_a_cache_file_others_can_write_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    load_table()
    [path] = _cached(tmp_path)
    path.write_bytes(b'{"sources": [], "claims": [], "domains": [], "subjects": []}')
    path.chmod(0o666)
    assert load_table().claims


def test_a_table_with_problems_is_never_cached_and_an_edit_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path / "cache"))
    table = tmp_path / "table"
    shutil.copytree(DEFAULT_DIR, table)
    load_table(replace=[table])
    claims = table / "claims.csv"
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    claims.write_text("".join(lines) + lines[-1], encoding="utf-8")  # the last claim twice
    for _ in range(2):  # the second time too: nothing was cached for the bad table
        with pytest.raises(TableError, match="duplicate claim id"):
            load_table(replace=[table])
    assert len(_cached(tmp_path / "cache")) == 1


def test_no_cache_means_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("CLAIMSIFT_NO_CACHE", "1")
    assert load_table().claims
    assert not _cached(tmp_path)
