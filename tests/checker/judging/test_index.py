"""The candidate index must change the speed of matching, never its verdicts."""
import os
import subprocess
import sys

import pytest
from helpers import EXAMPLES, ROOT, shared

from checker import Checker, check_path
from checker.judging.index import PhrasingIndex
from checker.judging.matching import Matcher
from checker.judging.text import terms
from claims import read_path
from sources import load_table

TABLE = load_table()
INDEXED = Checker(TABLE)
EVERY_REFERENCE = Checker(TABLE, matcher=Matcher(TABLE, use_index=False))
DOCUMENTS = [
    "inputs/ketamine-uk-article.txt",
    *(str(p) for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".md", ".html")),
]


def _verdicts(path, checker):
    return [
        (f.line, f.column, f.verdict.value, f.evidence.value, f.reference_id, f.score)
        for f in check_path(path, checker).findings
    ]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_verdicts_are_the_same_with_and_without_the_index(document):
    path = str(shared(document)) if document.startswith("inputs/") else document
    assert _verdicts(path, INDEXED) == _verdicts(path, EVERY_REFERENCE)


def test_plain_and_sparse_ranking_agree():
    index = PhrasingIndex(TABLE.claims)
    sentences = read_path(str(shared("inputs/ketamine-uk-article.txt"))).sentences
    queries = [[t for t in dict.fromkeys(terms(s.claim)) if t in index.postings] for s in sentences]
    queries = [q for q in queries if q]
    assert len(queries) > 30
    for limit in (1, 5, 24):
        assert index._rank_sparse(queries, limit) == [index._rank_plain(q, limit) for q in queries]


def test_the_index_survives_the_disk_cache_round_trip():
    import pickle

    index = PhrasingIndex(TABLE.claims)
    index._term_matrix()
    copy = pickle.loads(pickle.dumps(index))
    assert copy._matrix is None  # the cache holds plain arrays only
    query = [[t for t in terms("Ketamine is a Class B drug in the UK") if t in index.postings]]
    assert copy._rank_sparse(query, 10) == index._rank_sparse(query, 10) == [index._rank_plain(query[0], 10)]


def test_checking_one_article_imports_no_numeric_libraries():
    program = (
        "import sys\n"
        "from checker import check_text\n"
        "check_text(open(sys.argv[1], encoding='utf-8').read(), 'a.md')\n"
        "print(sorted(m for m in ('numpy', 'scipy', 'pandas') if m in sys.modules))\n"
    )
    for cache in ({"CLAIMSIFT_NO_CACHE": "1"}, {}):
        done = subprocess.run(
            [sys.executable, "-c", program, str(EXAMPLES / "microdosing-guide.md")],
            capture_output=True, text=True, cwd=ROOT, env={**os.environ, **cache}, check=True,
        )
        assert done.stdout.strip() == "[]"
