"""What a sentence is about and where: its subjects (named, or carried in from its context) and its places.

The subject is named in the sentence's self-contained form (which already carries a list's lead-in and a leading
pronoun's antecedent), or carried in, in this order, from the heading it sits under, the sentence before it (when
this one opens with "It", "The drug" …) or the document's main subject. A sentence whose own grammatical subject is
something the table does not know ("Exercise can help …", "Zinc is …") carries nothing: it is outside the table.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from checker.judging.places import places_in
from checker.judging.subjects import SubjectNames
from checker.judging.text import terms
from claims import Document, Sentence
from claims.context import subject_of

# Heads of grammatical subjects that stand for whatever the text is about: "The drug is …", "Studies show …".
GENERIC_SUBJECT_WORDS = frozenset(terms(
    """it this these they its their the drug drugs medicine medication medications treatment treatments therapy
    therapies substance substances compound compounds product products capsules capsule gummies oil oils dose doses
    dosing use users user study studies research researchers trial trials evidence review reviews analysis results
    result findings finding data patients patient people participants effect effects benefit benefits risk risks
    side session sessions infusion infusions option options approach method law possession supply sale sales
    experts doctors scientists clinicians authors team one both each many most some all others access cost price
    form forms version extract extracts supplement supplements mushroom chocolate tincture spray"""
))
_CONTINUES = re.compile(r"^(?:it|its|they|their|these|this|those|such|the (?:drug|medicine|treatment|therapy|substance|"
                        r"compound|product|same))\b", re.I)


@dataclass(frozen=True)
class Frame:
    subjects: frozenset[str]  # with broader subjects
    origin: str  # "sentence", "heading", "previous sentence", "document" or "" (outside the table)
    places: frozenset[str]
    place_origin: str  # "sentence", "document" or ""
    stand_in: bool = False  # the sentence's grammatical subject stands for the carried one ("The capsules are …")
    # The sentence's own words when its self-contained form adds a lead-in or heading ("Ketamine can: reduce …"):
    # what the sentence asserts is in these; the added words name its subject.
    own_text: str = ""


def frames(document: Document, indices: list[int], names: SubjectNames) -> list[Frame]:
    """The frame of each sentence at `indices` of the document."""
    sentences = document.sentences
    named = [names.named(s.claim) for s in sentences]
    main = _main_subjects(named, names.named(document.title))
    own_places = [places_in(s.text) for s in sentences]
    document_places = _main_places(own_places)
    wanted = set(indices)
    out: dict[int, Frame] = {}
    previous: frozenset[str] = frozenset()
    heading_subjects: dict[str, frozenset[str]] = {}
    for i, sentence in enumerate(sentences):
        if i in wanted:
            subjects, origin, stand_in = _subjects(sentence, named[i], previous, main, names, heading_subjects)
            place, place_origin = (own_places[i], "sentence") if own_places[i] else (document_places, "document")
            own = sentence.text if sentence.text != sentence.claim else ""
            out[i] = Frame(names.with_broader(subjects), origin, place, place_origin if place else "", stand_in, own)
        if named[i]:
            previous = named[i]
    return [out[i] for i in indices]


def _subjects(sentence: Sentence, named: frozenset[str], previous: frozenset[str], main: frozenset[str],
              names: SubjectNames, heading_subjects: dict[str, frozenset[str]]) -> tuple[frozenset[str], str, bool]:
    if named and not named <= names.conditions:
        return named, "sentence", False
    # A sentence naming only a condition ("Off-label use for depression is …") still takes its treatment from
    # its context; the condition stays among its subjects.
    grammatical = subject_of(sentence.claim)
    head = terms(grammatical)[-1:] if grammatical else ()
    if head and head[0] not in GENERIC_SUBJECT_WORDS and not names.named(grammatical):
        # about something the table does not know: "Exercise can help …"
        return (named, "sentence", False) if named else (frozenset(), "", False)
    stand_in = bool(head) or bool(_CONTINUES.match(sentence.claim))
    if sentence.context not in heading_subjects:
        heading_subjects[sentence.context] = names.named(sentence.context)
    if heading_subjects[sentence.context] - named:
        return named | heading_subjects[sentence.context], "heading", stand_in
    if previous - named and _CONTINUES.match(sentence.claim):
        return named | previous, "previous sentence", True
    if main - named:
        return named | main, "document", stand_in
    return (named, "sentence", False) if named else (frozenset(), "", False)


MAIN_SUBJECT_SHARE = 0.2  # of a document's sentences: a subject named in passing ("mushrooms provide vitamin D") is not its subject


def _main_subjects(named: list[frozenset[str]], title: frozenset[str]) -> frozenset[str]:
    """The subjects the title names, or else those named by at least half as many sentences as the most named
    one, when that one is named at least twice and in a fifth of the sentences: a page's subjects are what it
    keeps coming back to."""
    if title:
        return title
    counts = Counter(subject for found in named for subject in found)
    top = max(counts.values(), default=0)
    if top < 2 or top < MAIN_SUBJECT_SHARE * len(named):
        return frozenset()
    return frozenset(s for s, count in counts.items() if count * 2 >= top)


def _main_places(places: list[frozenset[str]]) -> frozenset[str]:
    """The places named by at least half as many sentences as the most named place."""
    counts = Counter(code for found in places for code in found)
    if not counts:
        return frozenset()
    top = counts.most_common(1)[0][1]
    return frozenset(code for code, count in counts.items() if count * 2 >= top)
