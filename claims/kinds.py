"""Decide what kind of sentence a sentence is: claim, heading, question, advice, opinion or other."""
from __future__ import annotations

import re

from claims.models import Kind

# Verbs that open an instruction to the reader.
IMPERATIVES = frozenset(
    """
    consult avoid explore stay talk speak ask check visit try consider see read learn discover find get
    buy order shop use take keep remember seek call contact click join sign subscribe start choose follow
    discuss never always be make tell look watch download book browse grab save shop register enrol enroll
    let don't do note compare
    """.split()
)
_LABEL = re.compile(r"^[^:]{2,60}:\s+")
_ADVICE = re.compile(r"\b(?:you|patients|readers|people) (?:should|must|need to|ought to)\b|^(?:please|if you\b)", re.I)
_OPINION = re.compile(
    r"\b(?:i|we) (?:think|believe|feel|recommend)\b|\bin (?:my|our) (?:view|opinion)\b|\bshould be\b|"
    r"\bhopes?\b|\bhopeful\b|\bthe best chance\b|\bensures?\b|\bwe love\b",
    re.I,
)
_FURNITURE = re.compile(
    r"^(?:no responses?|\d+ (?:responses?|comments?)|leave a (?:reply|comment)|share (?:this|on)|posted (?:on|in|by)|"
    r"read more|related posts?|all rights reserved|copyright|©|cookie|subscribe|tags?:|categories?:|menu|skip to)",
    re.I,
)
# Sentences about the page itself, not about the world.
_SELF_REFERENCE = re.compile(
    r"^(?:this|our|the present) (?:guide|article|post|page|blog|piece|review)\b|\b(?:readers|people|you) (?:often )?ask(?:ed)? us\b",
    re.I,
)
# `_ADVICE`, `_OPINION` and `_SELF_REFERENCE` begin with word boundaries, so Python's `re` tries them at every position
# of every sentence; each of their branches needs one of these words, so an ASCII sentence with none of them skips
# the pattern (`_cued`). re.I folds a few other letters onto ASCII ones, so other text always goes to the pattern.
_ADVICE_CUES = ("should", "must", "need to", "ought to", "please", "if you")
_OPINION_CUES = ("think", "believe", "feel", "recommend", "view", "opinion", "should be", "hope", "the best chance",
                 "ensure", "we love")
_SELF_REFERENCE_CUES = ("guide", "article", "post", "page", "blog", "piece", "review", "ask")
# Lead-ins that announce topics being studied rather than findings.
_TOPIC_VERB = re.compile(r"\b(?:explor\w*|investigat\w*|examin\w*|stud(?:y|ying)|research(?:ing)? into|look(?:ing)? into|questions? (?:about|on))\b", re.I)


# Bibliography lines and study titles: volume/issue/pages, a DOI or PMID, "et al." with a year, "Retrieved from",
# or a title naming the design of a study ("…: a randomised, double-blind trial of …", "study protocol for …").
# Kept as text: `re` compiles it on first use, which a short article whose sentences skip it (below) never makes.
_CITATION = (
    r"\b(?:19|20)\d\d\s*[;:,]\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*[a-z]?\d+|\bdoi\s*:\s*10\.|\bdoi\.org/10\.|\bPMID:?\s*\d|"
    r"\b(?:retrieved|accessed) (?:from|on)\b|\[internet\]|"
    r"\bstudy protocol\b|^(?:an? )?(?:randomi[sz]ed|double-blind|placebo-controlled|open-label|systematic review|"
    r"(?:pilot|feasibility|phase (?:i|ii|iii|[123])) (?:study|trial))\b[^.]*\b(?:trial|study|review|meta-analysis) (?:of|in|on|for)\b|"
    r":\s+(?:an? )?(?:randomi[sz]ed|double-blind|placebo-controlled|systematic review|meta-analysis|narrative review|"
    r"cross-sectional|cohort study|case report|pilot study|protocol)\b"
)
# `_CITATION` begins with a word boundary, so Python's `re` tries every branch at every position of a sentence: it
# was the slowest test of reading. Every branch needs a colon (the volume:pages of a reference, a design named after
# a title's colon) or one of these words (after "trial", "study", "review" or "meta-analysis" a space), so an ASCII
# sentence with neither skips it; a year alone is not enough. Other text goes to the pattern itself: re.I folds a
# few other letters onto ASCII ones (the long s "ſ" is "s").
_CITATION_CUES = ("doi", "pmid", "trial ", "study ", "review ", "meta-analysis ", "retrieved ", "accessed ", "[internet]")


def _cites(text: str) -> bool:
    """`re.search(_CITATION, text, re.I)`, quickly where it cannot match."""
    if text.isascii() and ":" not in text:
        lowered = text.lower()
        if not any(cue in lowered for cue in _CITATION_CUES):
            return False
    return bool(re.search(_CITATION, text, re.I))


_AUTHOR_LIST = re.compile(r"^(?:[A-Z][a-zA-Z'-]+,? (?:[A-Z]\.? ?){1,3}[,.;] ?){2,}")
# Glossary lines: "LPN = Licensed Practical Nurse", "MDD stands for major depressive disorder".
_DEFINITION = re.compile(r"^[^=.]{1,40}\s=\s[^=]{1,120}$|^\S+(?: \S+){0,3} (?:stands for|is short for|is an abbreviation (?:of|for))\b")
# A label's or a page's own disclaimer ("not intended to diagnose, treat or cure", "not a substitute for medical
# advice", "for educational purposes only"), and an author's byline ("Jo Bloggs is a health writer for …"): they
# say nothing about the world that evidence could judge. Every branch of the disclaimer needs one of its cues.
_DISCLAIMER = re.compile(
    r"\bnot (?:been )?evaluated by the (?:food and drug administration|fda)\b|\bnot (?:intended|meant) to (?:diagnose|treat|"
    r"cure|prevent)\b|\bnot (?:a |intended to be a |meant to be a )?(?:substitute|replacement) for (?:professional )?"
    r"(?:medical|health)\b|\bfor (?:educational|informational|information) purposes only\b|"
    r"\b(?:treatment|health|medical) decisions? (?:should|must) be (?:made|determined|taken)\b|"
    r"\bmake (?:any )?treatment decisions\b",
    re.I,
)
_DISCLAIMER_CUES = ("evaluated", "intended", "meant to", "substitute", "replacement", "purposes only", "decision")
_BYLINE = re.compile(r"^(?:[A-Z][\w'’.-]+ ){1,3}is an? (?:[\w-]+ ){0,4}?(?:writer|editor|journalist|reporter|contributor|"
                     r"columnist)\b")
# Common function words: an English sentence of some length has several of them, a German, French, Spanish,
# Dutch, Portuguese or Italian one has several of the second list instead.
_ENGLISH = frozenset("the of and to is for that with are as on by it be or was from this not can have has at an which".split())
_OTHER_LANGUAGES = frozenset(
    """der die das und ist ein eine nicht mit von zu den des dem sich auch le la les et est une du pour dans que qui
    pas sur au aux el los las y es del por con una para como het een van zijn niet ook voor met os da do em não são
    il di che per non sono della""".split()
)
_LETTERS = re.compile(r"[^\W\d_]+")


def classify(text: str, role: str, lead_in: str | None = None) -> Kind:
    stripped = text.strip()
    lowered = stripped.lower() if stripped.isascii() else None  # for `_cued`
    if role == "heading":
        return Kind.HEADING
    if role == "furniture" or _FURNITURE.match(stripped):
        return Kind.OTHER
    if _foreign(stripped):
        return Kind.FOREIGN
    if _cites(stripped) or _AUTHOR_LIST.match(stripped):
        return Kind.CITATION
    if _DEFINITION.match(stripped):
        return Kind.DEFINITION
    if (_cued(lowered, _DISCLAIMER_CUES) and _DISCLAIMER.search(stripped)) or _BYLINE.match(stripped):
        return Kind.OTHER
    if stripped.endswith("?"):
        return Kind.QUESTION
    if stripped.endswith(":"):
        return Kind.OTHER  # a label or the lead-in of a list
    if len(stripped.split()) < 3:
        return Kind.OTHER
    if _cued(lowered, _SELF_REFERENCE_CUES) and _SELF_REFERENCE.search(stripped):
        return Kind.OTHER
    if role == "item" and lead_in and lead_in.rstrip().endswith(":") and _TOPIC_VERB.search(lead_in[-300:]):
        return Kind.OTHER
    if _is_advice(stripped, role, lead_in, lowered):
        return Kind.ADVICE
    if _cued(lowered, _OPINION_CUES) and _OPINION.search(stripped):
        return Kind.OPINION
    if role in ("cell", "item") and len(stripped.split()) < 6 and not stripped.endswith((".", "!")):
        return Kind.OTHER  # a label, a product name, a link: "Vitamin D3 softgels, 60 count"
    return Kind.CLAIM


def is_reference_entry(block: str) -> bool:
    """Whether a whole paragraph or list item is an entry of a reference list: its sentences ("Smith J, Jones A." /
    "Ketamine and mood." / "Lancet. 2019;393:12-9.") are each judged as a citation, not only the one with numbers."""
    stripped = block.strip()
    return len(stripped) <= MAX_REFERENCE_ENTRY and bool(_cites(stripped) or _AUTHOR_LIST.match(stripped))


MAX_REFERENCE_ENTRY = 600  # characters; a longer paragraph that cites a DOI is prose with a citation in it


def _foreign(text: str) -> bool:
    """Cheap: a sentence of eight words or more with almost no English function words, or mostly non-Latin letters."""
    words = _LETTERS.findall(text.lower())
    if len(words) < 8:
        return False
    if not text.isascii():  # an ASCII sentence's words are all Latin
        latin = sum(1 for w in words if w.isascii() or all(ord(ch) < 0x250 for ch in w))
        if latin * 2 < len(words):
            return True
    # counted in C; English words are counted only when the other languages' reach three
    other = sum(map(_OTHER_LANGUAGES.__contains__, words))
    if other < 3:
        return False
    return other > 2 * sum(map(_ENGLISH.__contains__, words))


def _cued(lowered: str | None, cues: tuple[str, ...]) -> bool:
    """Whether a pattern whose branches each need one of `cues` can match: `lowered` is the sentence lower-cased if
    it is ASCII, None otherwise (then the pattern is always tried)."""
    return lowered is None or any(cue in lowered for cue in cues)


def _is_advice(text: str, role: str, lead_in: str | None, lowered: str | None) -> bool:
    if _cued(lowered, _ADVICE_CUES) and _ADVICE.search(text):
        return True
    body = _LABEL.sub("", text, count=1)
    first = body.split(maxsplit=1)[0].lower().strip("\"'“‘*_") if body.split() else ""
    if first not in IMPERATIVES:
        return False
    # "…ketamine's ability to:" / "- Reduce symptoms" is a claim, not an instruction.
    continues_infinitive = role == "item" and lead_in is not None and re.search(r"\bto:?\s*$", lead_in)
    return not continues_infinitive
