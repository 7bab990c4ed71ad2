"""Which of the table's subjects a text names, through the subjects' aliases and broader subjects.

A sentence naming "sertraline" names sertraline, SSRIs and antidepressants, so reference claims about any of the
three judge it. The names and the hierarchy are data (`sources/data/subjects.csv`); a reference claim's own
subject counts as a name of itself even when the subjects table does not list it.
"""
from __future__ import annotations

from checker.judging.text import CONDITIONS, terms
from sources import SourceTable


NAMED_CACHE = 65_536  # texts


class SubjectNames:
    def __init__(self, table: SourceTable):
        names: dict[frozenset[str], str] = {}  # the terms of a name -> the subject it names
        for claim in table.claims:
            if claim.subject and terms(claim.subject):
                names.setdefault(frozenset(terms(claim.subject)), claim.subject)
        broader: dict[str, tuple[str, ...]] = {}
        for entry in table.subjects.values():
            for name in (entry.subject, *entry.aliases):
                found = frozenset(terms(name))
                if found:
                    names[found] = entry.subject
            broader[entry.subject] = entry.broader
        self._by_term: dict[str, list[tuple[frozenset[str], str]]] = {}
        for needed, subject in names.items():
            self._by_term.setdefault(min(needed), []).append((needed, subject))
        # Subjects that are conditions, which a page names whatever treatment it is about
        # (checker.judging.text.CONDITIONS)
        self.conditions = frozenset(names[found] for found in (frozenset(terms(c)) for c in CONDITIONS) if found in names)
        self._closure = {subject: self._ancestors(subject, broader) for subject in set(names.values()) | set(broader)}
        self._named: dict[str, frozenset[str]] = {}

    @staticmethod
    def _ancestors(subject: str, broader: dict[str, tuple[str, ...]]) -> frozenset[str]:
        seen, todo = {subject}, list(broader.get(subject, ()))
        while todo:  # a cycle in the data ends here, because seen subjects are not revisited
            parent = todo.pop()
            if parent not in seen:
                seen.add(parent)
                todo.extend(broader.get(parent, ()))
        return frozenset(seen)

    def canonical(self, subject: str) -> str:
        """The subject a reference claim's `subject` cell names ("spravato" is esketamine)."""
        found = frozenset(terms(subject))
        for needed, name in self._by_term.get(min(found), ()) if found else ():
            if needed == found:
                return name
        return subject

    def named(self, text: str) -> frozenset[str]:
        """The subjects `text` names itself (no broader ones)."""
        # A sentence is asked about by its frame, the judging of each of its candidates and the signals: answer
        # each text once. Bounded like the matcher's cache, cleared whole when full.
        found = self._named.get(text)
        if found is None:
            if len(self._named) > NAMED_CACHE:
                self._named.clear()
            found = self._named[text] = self._named_in(text)
        return found

    def _named_in(self, text: str) -> frozenset[str]:
        present = set(terms(text))
        found = set()
        for term in present:
            for needed, subject in self._by_term.get(term, ()):
                if needed <= present:
                    found.add(subject)
        return frozenset(found)

    def with_broader(self, subjects: frozenset[str]) -> frozenset[str]:
        out: set[str] = set()
        for subject in subjects:
            out |= self._closure.get(subject, {subject})
        return frozenset(out)
