"""Judge sentences: match claims, detect promotion, assign verdicts."""
from __future__ import annotations

from checker.judging.matching import Evidence, Match, Matcher
from checker.models import DocumentView, Finding, Report, SentenceView, Severity, Skipped, Verdict
from checker.judging.promotion import promotion_signals
from checker.judging.frame import Frame, frames
from checker.judging.polarity import reported_in
from checker.judging.thresholds import DEFAULT, Thresholds
from claims import Document, InputError, Kind, Sentence, find_documents, read_path, read_text
from claims.links import find_links
from sources import DomainCategory, SourceTable, load_table


class Checker:
    """Holds the table and its index, so that many documents share one index."""

    def __init__(self, table: SourceTable | None = None, thresholds: Thresholds = DEFAULT, matcher: Matcher | None = None):
        self.table = table or load_table()
        self.thresholds = thresholds
        self._matcher = matcher
        self._variants: dict[Thresholds, Checker] = {thresholds: self}
        self._citations: dict[tuple[str, ...], str] = {}

    @property
    def matcher(self) -> Matcher:
        """Built on first use: a run that hands every file to worker processes never needs one here."""
        if self._matcher is None:
            self._matcher = Matcher(self.table, self.thresholds)
        return self._matcher

    def with_thresholds(self, thresholds: Thresholds) -> "Checker":
        """A checker sharing this one's table and index, judging with other thresholds."""
        if thresholds not in self._variants:
            matcher = self.matcher.with_thresholds(thresholds)
            self._variants[thresholds] = Checker(self.table, thresholds, matcher)
        return self._variants[thresholds]

    def check_document(self, document: Document) -> list[Finding]:
        sentences = document.sentences
        promotions = promotion_signals(sentences, self.table)
        judged = [i for i, s in enumerate(sentences) if s.kind is Kind.CLAIM or promotions[i]]
        where = frames(document, judged, self.matcher.names)
        matches = self.matcher.match_all([sentences[i].claim for i in judged], where)
        return [
            self._finding(sentences[i], promotions[i], self.matcher.best(found), frame)
            for i, found, frame in zip(judged, matches, where)
        ]

    @staticmethod
    def view(document: Document) -> DocumentView:
        return DocumentView(
            path=document.path, title=document.title,
            sentences=[SentenceView(line=s.line, column=s.column, text=s.text) for s in document.sentences],
        )

    def _finding(self, sentence: Sentence, signals: list[str], match: Match | None, frame: Frame) -> Finding:
        evidence = match.evidence if match else Evidence.NONE
        if signals:
            verdict = Verdict.PROMOTION
        elif evidence is Evidence.SUPPORTS:
            verdict = Verdict.SUPPORTED
        else:
            verdict = Verdict.UNSUPPORTED
        outside = not match and not frame.subjects & self.matcher.covered_subjects
        notes = self._notes(sentence, match, frame, outside)
        if verdict is Verdict.PROMOTION or evidence is Evidence.CONTRADICTS:
            severity = Severity.ERROR
        elif verdict is Verdict.UNSUPPORTED and not outside:
            severity = Severity.WARNING
        else:
            severity = Severity.NOTE
        fields = {}
        if match:
            reference = match.reference
            first = self.table.sources.get(reference.source_ids[0])
            fields = dict(
                score=match.score,
                source_id=";".join(reference.source_ids),
                citation=self._citation(reference.source_ids),
                url=first.link if first else "",
                matched=reference.statement,
                reference_id=reference.id,
                finding=reference.finding,
            )
        return Finding(
            path=sentence.path, line=sentence.line, column=sentence.column, kind=sentence.kind.value,
            claim=sentence.text, verdict=verdict, evidence=evidence,
            promotion_signals="; ".join(dict.fromkeys(signals)), notes=notes, severity=severity,
            self_contained=sentence.claim, context=sentence.context, **fields,
        )

    def _citation(self, source_ids: tuple[str, ...]) -> str:
        if source_ids not in self._citations:
            self._citations[source_ids] = self.table.citation(source_ids)
        return self._citations[source_ids]

    def _notes(self, sentence: Sentence, match: Match | None, frame: Frame, outside: bool) -> str:
        notes = list(sentence.warnings)  # what the reader noticed: a domain written in mixed scripts
        if outside:
            notes.append("outside the table: it names no subject the table's reference claims cover")
        elif frame.origin not in ("sentence", ""):
            notes.append(f"subject {', '.join(sorted(frame.subjects & self.matcher.covered_subjects))} from the {frame.origin}")
        _, domains = find_links(sentence.claim, list(sentence.urls))
        for domain in domains:
            category = self.table.category_of(domain)
            if category is DomainCategory.REFERENCE:
                notes.append(f"attributed to {domain}, a general reference site, not a clinical source")
            elif category is None:
                notes.append(f"names {domain}, not a recognised clinical or official source")
        if match:
            notes.extend(match.notes)
        elif sentence.kind is Kind.CLAIM and reported_in(sentence.claim):
            notes.append(f"reported speech ({reported_in(sentence.claim)}): not read as an assertion")
        return "; ".join(notes)


def check_text(text: str, path: str = "<text>", fmt: str | None = None, checker: Checker | None = None) -> Report:
    checker = checker or Checker()
    document = read_text(text, path, fmt)
    return Report(
        findings=checker.check_document(document), documents=1, sentences=len(document.sentences),
        views=[checker.view(document)],
    )


def check_path(paths: str | list[str], checker: Checker | None = None, max_bytes: int | None = None) -> Report:
    """Check files, directories (their text, Markdown and HTML files) or "-" for stdin.

    A single unreadable file raises InputError; in a larger run it is skipped and listed."""
    checker = checker or Checker()
    targets = list(find_documents([paths] if isinstance(paths, str) else list(paths)))
    report = Report()
    for target in targets:
        try:
            document = read_path(target, max_bytes=max_bytes)
        except InputError as error:
            if len(targets) == 1:
                raise
            report.skipped.append(Skipped(path=target, reason=str(error)))
            continue
        report.findings.extend(checker.check_document(document))
        report.views.append(checker.view(document))
        report.documents += 1
        report.sentences += len(document.sentences)
    return report
