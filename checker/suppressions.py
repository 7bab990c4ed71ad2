"""Apply suppression comments to findings, and say which comments suppressed nothing."""
from __future__ import annotations

from checker.models import Finding
from claims import Directive, Document


def apply(findings: list[Finding], document: Document) -> tuple[list[Finding], list[Directive]]:
    """Findings left after the document's suppressions, and the suppressions that were not used."""
    directives = document.directives
    if not directives:
        return findings, []
    whole_file = [d for d in directives if d.action == "ignore-file"]
    ranges = _ranges(directives)
    next_sentence = {}
    starts = sorted((s.line, s.column) for s in document.sentences)
    for directive in directives:
        if directive.action == "ignore":
            after = (directive.end_line, directive.end_column)
            target = next((position for position in starts if position >= after), None)
            if target is not None:
                next_sentence[directive] = target
    used: set[Directive] = set()
    kept = []
    for finding in findings:
        position = (finding.line, finding.column)
        hits = list(whole_file)
        hits += [d for d, end in ranges if (d.line, d.column) < position < end]
        hits += [d for d, target in next_sentence.items() if target == position]
        if hits:
            used.update(hits)
        else:
            kept.append(finding)
    unused = [d for d in directives if d.action != "ignore-end" and d not in used]
    return kept, unused


def _ranges(directives: list[Directive]) -> list[tuple[Directive, tuple[float, float]]]:
    ranges, open_start = [], None
    for directive in directives:
        if directive.action == "ignore-start" and open_start is None:
            open_start = directive
        elif directive.action == "ignore-end" and open_start is not None:
            ranges.append((open_start, (directive.line, directive.column)))
            open_start = None
    if open_start is not None:
        ranges.append((open_start, (float("inf"), float("inf"))))
    return ranges
