"""On pages about other subjects, how many matches name their reference's subject in the sentence or its context?

    python benchmarks/offtopic.py ../shared/offtopic

Runs the checker on every document in the folders given (real pages about medicines, supplements and nutrition,
kept in ../shared), and for each finding that cites a reference claim asks, independently of the matcher, whether
the reference's subject (or a narrower subject or alias) is named in the sentence, its self-contained form, its
heading, the two sentences before it or the document's first heading. Prints the share and every match that
fails, then the findings by evidence and severity.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker import Checker  # noqa: E402
from claims import find_documents, read_path  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    arguments = parser.parse_args()
    checker = Checker()
    names = checker.matcher.names
    by_id = {c.id: c for c in checker.table.claims}
    matches, named, kinds, misses = 0, 0, Counter(), []
    documents = 0
    for path in find_documents(arguments.folders):
        if Path(path).name == "INDEX.md":  # the list of pages in a folder of pages
            continue
        document = read_path(path)
        documents += 1
        texts = [s.text for s in document.sentences]
        position = {(s.line, s.column): i for i, s in enumerate(document.sentences)}
        for finding in checker.check_document(document):
            kinds[(finding.evidence.value, finding.severity.value)] += 1
            if not finding.reference_id:
                continue
            matches += 1
            i = position[(finding.line, finding.column)]
            context = " ".join([finding.claim, finding.self_contained, finding.context, document.title, *texts[max(0, i - 2):i]])
            subject = names.canonical(by_id[finding.reference_id].subject)
            if subject in names.with_broader(names.named(context)):
                named += 1
            else:
                misses.append(f"{Path(path).name}:{finding.line}: {finding.claim[:80]} <- {finding.reference_id} ({subject})")
    for miss in misses:
        print("NOT NAMED", miss)
    share = named / matches if matches else 1.0
    print(f"{documents} documents, {sum(kinds.values())} findings, {matches} matches, "
          f"{named} name their reference's subject in the sentence or its context ({share:.1%})")
    print("findings by evidence/severity: " + ", ".join(f"{e}/{s} {n}" for (e, s), n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
