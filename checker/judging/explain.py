"""`claimsift explain`: why a sentence is or is not judged by each reference claim it could match."""
from __future__ import annotations

from checker.judging.frame import frames
from checker.judging.polarity import hedge_in, negated, reported_in
from claims import Document, InputError, Kind, read_text

SHOWN = 8  # candidates listed; the rest are summarised


def explain_document(checker, document: Document, line: int) -> str:
    """The explanation of every sentence that starts on `line` of the document."""
    found = [i for i, s in enumerate(document.sentences) if s.line == line]
    if not found:
        raise InputError(f"{document.path}: no sentence starts on line {line}")
    where = frames(document, found, checker.matcher.names)
    return "\n\n".join(_explain(checker, document.sentences[i], frame) for i, frame in zip(found, where))


def explain_text(checker, text: str) -> str:
    document = read_text(text, "<text>", "text")
    if not document.sentences:
        raise InputError("the text holds no sentence")
    return explain_document(checker, document, document.sentences[0].line)


def _explain(checker, sentence, frame) -> str:
    matcher = checker.matcher
    out = [
        f"sentence      {sentence.text}",
        f"location      {sentence.path}:{sentence.line}:{sentence.column}",
        f"kind          {sentence.kind.value}",
        f"self-contained {sentence.claim}",
        f"subject       {', '.join(sorted(frame.subjects)) or 'none the table knows'}"
        + (f" (from the {frame.origin})" if frame.origin else " (outside the table)"),
        f"place         {', '.join(sorted(frame.places)) or 'none named'}" + (f" (from the {frame.place_origin})" if frame.place_origin else ""),
        f"polarity      {'denies' if negated(sentence.claim) else 'asserts'}"
        + (f"; hedged ({hedge_in(sentence.claim)})" if hedge_in(sentence.claim) else "")
        + (f"; reported speech ({reported_in(sentence.claim)})" if reported_in(sentence.claim) else ""),
    ]
    if sentence.kind is not Kind.CLAIM:
        out.append(f"decision      not judged: a {sentence.kind.value}, not a claim")
        return "\n".join(out)
    judgements = matcher.explain(sentence.claim, frame)
    out.append(f"candidates    {len(judgements)} from the index")
    for judgement in judgements[:SHOWN]:
        reference = next(c for c in checker.table.claims if c.id == judgement.reference_id)
        out.append(f"  {reference.id} ({reference.stance.value}, {reference.subject}, {reference.jurisdiction}): {reference.statement}")
        for gate in judgement.gates:
            out.append(f"    {'pass' if gate.passed else 'FAIL'} {gate.name:<14} {gate.why}")
        if judgement.features:
            parts = ", ".join(f"{name} {value:.2f}" for name, value in judgement.features.items())
            out.append(f"    features       {parts}")
            out.append(f"    phrasing       {judgement.phrasing}")
        out.append(f"    -> {'ACCEPTED, ' + judgement.evidence if judgement.accepted else 'not accepted'}"
                   + (f" (score {judgement.score})" if judgement.features else ""))
    if len(judgements) > SHOWN:
        out.append(f"  … and {len(judgements) - SHOWN} more, none better")
    best = matcher.best([j.match for j in judgements if j.accepted])
    out.append(f"decision      {best.evidence.value} by {best.reference.id}" if best else "decision      evidence none")
    return "\n".join(out)
