"""A BM25 index over every phrasing of every reference claim.

Candidate selection costs what the claims' terms cost, not claims × table size. Postings live in plain
arrays, so a small run (one article, a pre-commit hook) scores its few queries in Python and never imports
numpy or scipy. A large batch is one sparse matrix product, built from the same postings on first use.
Both paths rank by the same rounded scores and break ties by phrasing number, so they give the same
candidates, in the same order.
"""
from __future__ import annotations

import math
import re
import sys
from array import array
from collections import Counter

from checker.judging.text import terms
from sources import ReferenceClaim

UNSEEN_WEIGHT = 1.0
K1 = 1.2
B = 0.75
DECIMALS = 6  # scores summed in another order may differ in the last bits; rounding makes the paths agree
TIE = 1e-6  # keeps every score that could round to the cut, so the tie-break decides as in the other path
# Postings a batch visits above which the sparse product beats Python: high while importing scipy would
# cost more than the whole run, low once it is loaded or once a large table's loading dwarfs the import.
MATRIX_FROM = 200_000
MATRIX_FROM_LOADED = 10_000
LARGE_TABLE = 5_000  # phrasings; the built-in table has about 1,000
# A term in more phrasings than this is too common to select candidates ("ketamine" in a table about ketamine);
# it still counts when candidates are scored. Selecting by it would make cost grow with the table's size.
COMMON_FLOOR = 1_000
COMMON_SHARE = 0.01


_URL = re.compile(r"https?://\S+|\bwww\.\S+")


def without_urls(text: str) -> str:
    return _URL.sub(" ", text) if "http" in text or "www." in text else text


class TermWeights(dict):
    """Inverse document frequencies that answer UNSEEN_WEIGHT for a term the table never uses. Its `__getitem__`
    is `PhrasingIndex.weight` in one call made in C for every known term: judging weighs every term of every pair,
    some 130,000 times for 100 articles."""

    def __missing__(self, term: str) -> float:
        return UNSEEN_WEIGHT


class PhrasingIndex:
    def __init__(self, claims: list[ReferenceClaim]):
        self.owner: list[int] = []  # phrasing row -> index of its reference claim
        documents: list[list[str]] = []
        # One document per reference claim: its statement and every phrasing joined, with its subject and key
        # terms. Measured on CLEF 2020 dev (benchmarks/quality.py) it ranks better than a document per phrasing.
        for number, claim in enumerate(claims):
            extra = [*terms(claim.subject), *(t for key in claim.key_terms for t in terms(key))]
            documents.append([*(t for phrasing in claim.phrasings for t in terms(without_urls(phrasing))), *extra])
            self.owner.append(number)
        frequencies: Counter[str] = Counter()
        for document in documents:
            frequencies.update(set(document))
        count = max(len(documents), 1)
        self.idf = {t: math.log(1 + (count - df + 0.5) / (df + 0.5)) for t, df in frequencies.items()}
        average = (sum(len(d) for d in documents) / count if documents else 0.0) or 1.0  # guard: no content words at all
        # term -> (phrasing rows, BM25 weights), rows ascending
        self.postings: dict[str, tuple[array, array]] = {t: (array("l"), array("d")) for t in frequencies}
        for row, document in enumerate(documents):
            length_norm = K1 * (1 - B + B * len(document) / average)
            for term, tf in Counter(document).items():
                rows, weights = self.postings[term]
                rows.append(row)
                weights.append(self.idf[term] * tf * (K1 + 1) / (tf + length_norm))
        self._matrix = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_matrix"] = None  # rebuilt on demand: keeps the on-disk cache free of numpy objects
        return state

    def weight(self, term: str) -> float:
        """Inverse document frequency. A term the table never uses weighs little: it cannot tell references apart."""
        return self.idf.get(term, UNSEEN_WEIGHT)

    def candidates(self, queries: list[list[str]], limit: int) -> list[list[int]]:
        """For each query, the reference claims of its best `limit` phrasings, best first."""
        return [[owner for owner, _ in found] for found in self.scored(queries, limit)]

    def scored(self, queries: list[list[str]], limit: int) -> list[list[tuple[int, float]]]:
        """For each query, (reference claim, its best phrasing's BM25 score) from the best `limit` phrasings."""
        queries = [self._selective([t for t in dict.fromkeys(query) if t in self.postings]) for query in queries]
        visited = sum(len(self.postings[t][0]) for query in queries for t in query)
        ranked = self._rank_sparse(queries, limit) if self._sparse_pays(visited) else [self._rank_plain(q, limit) for q in queries]
        results = []
        for rows in ranked:
            best: dict[int, float] = {}
            for row, score in rows:
                best.setdefault(self.owner[row], score)
            results.append(list(best.items()))
        return results

    def _sparse_pays(self, visited: int) -> bool:
        start_counts = len(self.owner) < LARGE_TABLE and "scipy.sparse" not in sys.modules
        return visited > (MATRIX_FROM if start_counts else MATRIX_FROM_LOADED)

    def _selective(self, query: list[str]) -> list[str]:
        """The query's terms that are rare enough to select by; the two rarest if none is."""
        common = max(COMMON_FLOOR, COMMON_SHARE * len(self.owner))
        selective = [t for t in query if len(self.postings[t][0]) <= common]
        return selective or sorted(query, key=lambda t: len(self.postings[t][0]))[:2]

    def _rank_plain(self, query: list[str], limit: int) -> list[tuple[int, float]]:
        if not query:
            return []
        # The first term's postings are its scores as they stand (0.0 + w is w exactly), built in C; the others
        # are added in the same order as before, so every sum is bit for bit the same.
        rows, weights = self.postings[query[0]]
        scores: dict[int, float] = dict(zip(rows, weights))
        for term in query[1:]:
            rows, weights = self.postings[term]
            for row, weight in zip(rows, weights):
                if row in scores:
                    scores[row] += weight
                else:
                    scores[row] = weight  # weights are positive: 0.0 + weight is weight
        if len(scores) > limit:
            # The cut from the scores alone, sorted in C as plain floats; only the dozen or so rows that reach it
            # are rounded and ranked in Python.
            cut = sorted(scores.values(), reverse=True)[limit - 1] - TIE
            ranked = [(row, round(score, DECIMALS)) for row, score in scores.items() if score >= cut]
        else:
            ranked = [(row, round(score, DECIMALS)) for row, score in scores.items()]
        ranked.sort(key=lambda pair: (-pair[1], pair[0]))
        return ranked[:limit]

    def _rank_sparse(self, queries: list[list[str]], limit: int) -> list[list[tuple[int, float]]]:
        import numpy as np
        from scipy.sparse import csr_matrix

        matrix = self._term_matrix()
        columns = [self._term_row[t] for query in queries for t in query]
        pointers = np.cumsum([0] + [len(query) for query in queries])
        query_matrix = csr_matrix(
            (np.ones(len(columns)), np.array(columns, dtype=np.int64), pointers), shape=(len(queries), matrix.shape[0])
        )
        scores = (query_matrix @ matrix).tocsr()
        ranked = []
        for row in range(len(queries)):
            start, end = scores.indptr[row], scores.indptr[row + 1]
            data, phrasings = scores.data[start:end], scores.indices[start:end]
            if len(data) > limit:
                kth = -np.partition(-data, limit - 1)[limit - 1]
                keep = data >= kth - TIE
                data, phrasings = data[keep], phrasings[keep]
            rounded = np.round(data, DECIMALS)
            order = np.lexsort((phrasings, -rounded))[:limit]
            ranked.append([(int(p), float(v)) for p, v in zip(phrasings[order], rounded[order])])
        return ranked

    def _term_matrix(self):
        """Terms × phrasings, built once from the postings."""
        if self._matrix is None:
            import numpy as np
            from scipy.sparse import csr_matrix

            self._term_row = {term: number for number, term in enumerate(self.postings)}
            lengths = [len(rows) for rows, _ in self.postings.values()]
            pointers = np.cumsum([0] + lengths)
            rows = np.concatenate([np.frombuffer(r, dtype=np.int64) for r, _ in self.postings.values()]) if lengths else np.zeros(0, np.int64)
            weights = np.concatenate([np.frombuffer(w, dtype=np.float64) for _, w in self.postings.values()]) if lengths else np.zeros(0)
            self._matrix = csr_matrix((weights, rows, pointers), shape=(len(self.postings), max(len(self.owner), 1)))
        return self._matrix
