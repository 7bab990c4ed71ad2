"""benchmarks/corpus.py makes inputs that claimsift reads as real content, and makes them the same way every time."""
import hashlib
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from claims import Kind, read_path
from helpers import ROOT
from sources import load_table


def _load_corpus_module():
    # benchmarks/ is a folder of scripts, not a package: load the file itself.
    spec = importlib.util.spec_from_file_location("benchmark_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus_module()


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    summary = corpus.write_articles(folder, 20, seed=3)
    return folder, summary


def test_articles_are_written_in_subfolders(articles):
    folder, summary = articles
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    assert len(files) == summary["files"] == 20
    assert {p.parent.name for p in files} == {"000"}
    assert {p.suffix for p in files} <= {".md", ".html"}
    assert summary["bytes"] == sum(p.stat().st_size for p in files)


def test_every_article_reads_as_mostly_claims(articles):
    folder, _ = articles
    everything = Counter()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        sentences = read_path(path).sentences
        assert len(sentences) >= 20, path.name
        kinds = Counter(s.kind for s in sentences)
        # A short HTML page can be half navigation and footer, so "most" is checked over the whole corpus.
        assert kinds.most_common(1)[0][0] == Kind.CLAIM, path.name
        assert kinds[Kind.HEADING] and kinds[Kind.QUESTION], path.name
        everything += kinds
    assert everything[Kind.CLAIM] > 0.6 * sum(everything.values())


def test_the_same_seed_gives_byte_identical_output(articles, tmp_path):
    folder, _ = articles
    again = tmp_path / "again"
    corpus.write_articles(again, 20, seed=3)
    assert _digest(again) == _digest(folder)
    other = tmp_path / "other"
    corpus.write_articles(other, 20, seed=4)
    assert _digest(other) != _digest(folder)


def test_the_corpus_table_holds_the_same_articles(articles, tmp_path):
    folder, _ = articles
    table = tmp_path / "corpus.jsonl"
    assert corpus.write_corpus_table(table, 20, seed=3)["rows"] == 20
    rows = [json.loads(line) for line in table.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        assert row["format"] in ("md", "html")
        file = folder / "000" / f"{row['id']}.{row['format']}"
        assert file.read_text(encoding="utf-8") == row["text"]


def test_generated_source_table_loads_and_is_repeatable(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    summary = corpus.write_table(first, 1000, seed=0)
    corpus.write_table(second, 1000, seed=0)
    table = load_table(replace=[str(first)])
    assert len(table.claims) == summary["claims"] == 1000
    generated = [c for c in table.claims if c.id.startswith("gen-")]
    assert len(generated) == summary["generated_claims"] > 0
    for claim in generated:
        urls = [table.sources[i].url for i in claim.source_ids]
        assert all(url.startswith("https://example.org/claimsift-benchmark/") for url in urls)
        assert claim.subject and claim.key_terms and claim.variants
    assert _digest(first) == _digest(second)
