"""A BM25 index over every phrasing of every reference claim, as a sparse matrix.

Candidate selection is one sparse matrix product for all claims of a run, so
its cost grows with the number of claims, not claims × table size.
"""
from __future__ import annotations

import math
from collections import Counter

from checker.text import terms
from sources import ReferenceClaim

UNSEEN_WEIGHT = 1.0
K1 = 1.2
B = 0.75


class PhrasingIndex:
    def __init__(self, claims: list[ReferenceClaim]):
        import numpy as np
        from scipy.sparse import csr_matrix

        self.owner: list[int] = []  # phrasing row -> index of its reference claim
        self.phrasings: list[str] = []
        documents: list[list[str]] = []
        for number, claim in enumerate(claims):
            extra = terms(claim.subject) + [t for key in claim.key_terms for t in terms(key)]
            for phrasing in claim.phrasings:
                documents.append(terms(phrasing) + extra)
                self.owner.append(number)
                self.phrasings.append(phrasing)
        self.vocabulary: dict[str, int] = {}
        frequencies = Counter()
        for document in documents:
            frequencies.update(set(document))
        for term in frequencies:
            self.vocabulary[term] = len(self.vocabulary)
        count = max(len(documents), 1)
        self.idf = {t: math.log(1 + (count - df + 0.5) / (df + 0.5)) for t, df in frequencies.items()}
        average = sum(len(d) for d in documents) / count if documents else 1.0
        rows, columns, values = [], [], []
        for row, document in enumerate(documents):
            length_norm = K1 * (1 - B + B * len(document) / average)
            for term, tf in Counter(document).items():
                rows.append(row)
                columns.append(self.vocabulary[term])
                values.append(self.idf[term] * tf * (K1 + 1) / (tf + length_norm))
        self.matrix = csr_matrix(
            (np.array(values, dtype=np.float32), (rows, columns)),
            shape=(len(documents), max(len(self.vocabulary), 1)),
        ).T.tocsr()  # vocabulary × phrasings, so a query row times it gives phrasing scores

    def weight(self, term: str) -> float:
        """Inverse document frequency. A term the table never uses weighs little: it cannot tell references apart."""
        return self.idf.get(term, UNSEEN_WEIGHT)

    def candidates(self, queries: list[list[str]], limit: int) -> list[list[int]]:
        """For each query, the reference claims of its best `limit` phrasings, best first."""
        import numpy as np
        from scipy.sparse import csr_matrix

        rows, columns = [], []
        for row, query in enumerate(queries):
            for term in set(query):
                column = self.vocabulary.get(term)
                if column is not None:
                    rows.append(row)
                    columns.append(column)
        query_matrix = csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, columns)), shape=(len(queries), self.matrix.shape[0])
        )
        scores = (query_matrix @ self.matrix).tocsr()
        results = []
        for row in range(len(queries)):
            start, end = scores.indptr[row], scores.indptr[row + 1]
            data, phrasing_ids = scores.data[start:end], scores.indices[start:end]
            if len(data) > limit:
                top = np.argpartition(-data, limit)[:limit]
                data, phrasing_ids = data[top], phrasing_ids[top]
            order = np.argsort(-data, kind="stable")
            seen: dict[int, None] = {}
            for phrasing in phrasing_ids[order]:
                seen.setdefault(self.owner[int(phrasing)], None)
            results.append(list(seen))
        return results
