"""Products and brands named without a web domain.

A name is a run of capitalised words ("Calmleaf", "The Greenway Shop", "Brookside Farm"). It is a brand or a
product when the text itself says so: the name is joined to a product or seller noun ("Calmleaf gummies",
"Hollow Oak Labs"), it is introduced as a seller ("from places like Calmleaf", "Calmleaf, who offer …",
"… at Calmleaf"), or it is the link text of a link to its own site. Ingredients and categories ("CBD Oil",
"Lion's Mane Mushrooms"), public and academic bodies, and a lone capitalised word at the start of a
sentence (unless the page capitalises it elsewhere) are not names.
"""
from __future__ import annotations

import re

from checker.judging.signals.vocabulary import (
    GENERIC, INN_ENDINGS, INSTITUTION_WORDS, PRODUCT_NOUNS, SELLER_NOUNS, SENTENCE_STARTERS, SERVICE_NOUNS, alternation,
)

_TOKEN = r"(?:[A-Z][\w'’.-]*[\w'’]|[A-Z]|&)"
NAME = re.compile(rf"(?<![\w'’-]){_TOKEN}(?:\s+{_TOKEN})*")
# Built once: the union is asked for with every capitalised name of every sentence.
_NAMING_NOUNS = PRODUCT_NOUNS | SELLER_NOUNS  # what makes "Calmleaf Gummies" or "Greenway Shop" a product or seller
_ANY_NOUNS = _NAMING_NOUNS | SERVICE_NOUNS
_NOUNS = alternation(_ANY_NOUNS)
# A name followed by a lower-case product noun: "Calmleaf gummies", "Calmleaf's sleep capsules".
_FUNCTION_WORDS = r"(?:as|in|of|for|with|and|or|to|the|a|an|is|are|was|were|has|have|on|at|by|from|into|than|that|its)"
# (Not a noun that is the verb of the sentence, "Kalsakau plans to regulate …", nor a place's first or largest of a
# kind, "Pensacola's first kava shop".)
_JOINED_AFTER = re.compile(rf"^(?:['’]s)?\s+(?!(?:first|only|largest|biggest|oldest|newest|second|third)\b)(?:(?!{_FUNCTION_WORDS}\b)[a-z][\w-]*\s+){{0,2}}?(?:{_NOUNS})\b(?!\s+to\s)")
# Introduced as a seller: "from places like X", "brands such as X", "X, who offer", "sold at X".
_INTRODUCED_BEFORE = re.compile(
    # "from places like X" is a seller, "in places like X" a place
    r"\b(?:(?:(?:from|at) places|shops|stores|brands|companies|retailers|sellers|suppliers|vendors|dealers|sites)\s+"
    r"(?:like|such as|including)|(?:available|sold|stocked|bought|buy (?:it|them)|get (?:it|them|yours)|"
    r"order (?:it|them)) (?:at|from))\s+$",
)
_INTRODUCED_AFTER = re.compile(r"^,?\s+(?:who|which) (?:offers?|sells?|stocks?|makes?|provides?|ships?)\b")
# The seller naming its own product: "Calmdrops is our bestselling tincture".
_OWN_AFTER = re.compile(r"^\s+(?:is|are) (?:our|my)\b")
_LABEL = re.compile(r"^(?:[QA]|Answer|Question)\s*[:.]\s*")


def _key(word: str) -> str:
    word = word.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = word.strip(".'’")
    stem = word.split("-")[0]
    return stem if stem in GENERIC else word  # "omega-3", "vitamin-d": an ingredient with a number


def is_brandlike(name: str, at_start: bool, capitalised: dict[str, int], capital_noun: bool = False) -> bool:
    """Has a word that is no ingredient, category, sentence opener or product noun, and no institution word."""
    words = [w for w in name.split() if w != "&"]
    keys = [_key(w) for w in words]
    if not keys or any(k in INSTITUTION_WORDS for k in keys):
        return False
    own = [i for i, k in enumerate(keys)
           if k not in GENERIC and k not in _ANY_NOUNS and k not in SENTENCE_STARTERS and not _unit(words[i])
           and not (INN_ENDINGS.search(k) and not _odd_case(words[i]))]
    if not own:
        return False
    if (not capital_noun and len(own) == 1 and len(words) - 1 <= 1 and _ORDINARY.search(words[own[0]])
            and not _odd_case(words[own[0]])):
        return False  # "Integration therapy", "Potential treatments": an ordinary word written with a capital
        # (but "Serenity Labs": a capitalised seller noun after it makes the pair a name)
    if own == [0] and at_start and len(words) == 1 and not _odd_case(words[0]):
        count = capitalised.get(words[0], 0)
        if count < 0 or (count < 2 and not capital_noun):
            return False  # "Strong mushrooms are …", "Potential therapies": an opener, not a name
    return True


# Endings of ordinary English nouns and adjectives, and the prefixes of ordinary compounds ("Non-psychedelic",
# "Low-dose"): a lone capitalised word so formed is rarely a coined name.
_ORDINARY = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ing|ive|ous|al|ical|ary|ory|ure|ism|ist|ful|less|able|ible)$|"
                       r"^(?:non|anti|semi|pre|post|multi|self|well|over|under|high|low|full|broad|long|short)-", re.I)


def _unit(word: str) -> bool:
    """Letters and units such as "D", "D3", "B12", "IU", "mg": not a name."""
    return len(word.strip(".")) <= 2 or bool(re.fullmatch(r"[A-Z]\d{1,2}|\d+\w{0,3}", word))


def _odd_case(word: str) -> bool:
    """CamelCase, digits or capitals inside a word mark a coined name: "MicroMush", "Calm3"."""
    return bool(re.search(r"[a-z][A-Z]|\d", word))


def named_products(text: str, capitalised: dict[str, int], domains: tuple[str, ...] = (),
                   page_text: str = "") -> list[tuple[str, str, str]]:
    """(name, how it is named, the words that name it on the page, lower case) for every brand or product named."""
    body = _LABEL.sub("", text, count=1)
    found: list[tuple[str, str, str]] = []
    title_case = None
    squashed = {re.sub(r"[^a-z0-9]", "", d.split(".")[0]) for d in domains}
    for match in NAME.finditer(body):
        words = match.group(0).strip(" &").split()
        at_start = match.start() == 0 or body[: match.start()].rstrip()[-1:] in (".", ":", "!", "?", "–", "—", ")")
        if words and _key(words[0]) in SENTENCE_STARTERS:
            while words and _key(words[0]) in SENTENCE_STARTERS:
                words = words[1:]  # "Try Calmleaf", "What Are Calmleaf Gummies": after the opener, a capital means a name
            at_start = False
        if not words:
            continue
        name = " ".join(words)
        after = body[match.end():]
        how, phrase = "", name.lower()
        # How the text says it is a brand, tried first (cheap and rare); then whether the name can be one.
        if len(words) > 1 and _key(words[-1]) in _NAMING_NOUNS:
            if is_brandlike(" ".join(words[:-1]), at_start, capitalised, True):
                how = f"{words[-1].lower()} named {name}"
        else:
            joined = _JOINED_AFTER.match(after)
            if joined:
                how = f"{joined.group(0).split()[-1].lower()} named {name}"
                phrase = " ".join((name + joined.group(0)).lower().split())
            elif _OWN_AFTER.match(after):
                how = f"own product named {name}"
            elif _INTRODUCED_AFTER.match(after) or _INTRODUCED_BEFORE.search(body[max(0, match.start() - 60): match.start()].lower()):
                how = f"seller named {name}"
            elif squashed and re.sub(r"[^a-z0-9]", "", name.lower()) in squashed:
                how = f"link text names {name}"
            if how and not is_brandlike(name, at_start, capitalised):
                how = ""
        if not how:
            continue
        if title_case is None:
            long_words = re.findall(r"[A-Za-z][\w'’-]{3,}", body)
            title_case = len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)
        if title_case and page_text.count(name.lower()) < 2:
            continue  # in a Title Case heading every word is capitalised: only a name the page repeats counts
        found.append((name, how, phrase))
    return found


def capitalised_words(texts: list[str]) -> dict[str, int]:
    """How often each capitalised word occurs on the page, or -1 when the page also writes it in lower case: a
    first word seen again, and never as an ordinary word ("potential"), is a name, not an opener."""
    counts: dict[str, int] = {}
    lower: set[str] = set()
    for text in texts:
        for word in re.findall(r"(?<![\w'’-])[A-Za-z][\w'’-]*", text):
            if word[0].isupper():
                counts[word] = counts.get(word, 0) + 1
            else:
                lower.add(word)
    return {word: (-1 if word.lower() in lower else count) for word, count in counts.items()}
