"""Apply suppression comments to findings, and say which comments suppressed nothing.

An `ignore` after text on its line covers the sentence that line ends (and any other sentence starting on that
line before it); an `ignore` on a line of its own covers every sentence of the next block. See claims/directives.py.
Each lookup is a binary search, so thousands of directives on a large file cost n log n, not n × m.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from checker.models import Finding
from claims import Directive, Document
from claims.directives import UNKNOWN


def apply(findings: list[Finding], document: Document) -> tuple[list[Finding], list[Directive]]:
    """Findings left after the document's suppressions, and the suppressions that were not used."""
    directives = [d for d in document.directives if d.action != UNKNOWN]
    if not directives:
        return findings, []
    whole_file = [d for d in directives if d.action == "ignore-file"]
    ranges = _ranges(directives)
    range_starts = [(d.line, d.column) for d, _ in ranges]
    starts = sorted({(s.line, s.column) for s in document.sentences})
    by_target: dict[tuple[int, int], list[Directive]] = {}
    for directive in directives:
        if directive.action == "ignore":
            low, high = _covered(directive, starts)
            for position in starts[low:high]:  # the sentences of one line or one block
                by_target.setdefault(position, []).append(directive)
    used: set[Directive] = set()
    kept = []
    for finding in findings:
        position = (finding.line, finding.column)
        hits = list(whole_file)
        index = bisect_left(range_starts, position) - 1  # the last range that starts before the finding
        if index >= 0 and position < ranges[index][1]:
            hits.append(ranges[index][0])
        hits += by_target.get(position, [])
        if hits:
            used.update(hits)
        else:
            kept.append(finding)
    unused = [d for d in directives if d.action != "ignore-end" and d not in used]
    return kept, unused


def _covered(directive: Directive, starts: list[tuple[int, int]]) -> tuple[int, int]:
    """The slice of sentence starts an `ignore` covers."""
    if directive.trailing:
        before = bisect_left(starts, (directive.line, directive.column))
        on_line = bisect_left(starts, (directive.line, 0))
        return (min(on_line, before - 1) if before else before), before  # the sentence running into the line, too
    low = bisect_left(starts, (directive.end_line, directive.end_column))
    if low == len(starts):
        return low, low
    last_line = max(directive.block_end_line, starts[low][0])
    return low, bisect_right(starts, (last_line, float("inf")))


def _ranges(directives: list[Directive]) -> list[tuple[Directive, tuple[float, float]]]:
    """ignore-start … ignore-end pairs in document order; they never overlap (a start inside an open range is ignored)."""
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
