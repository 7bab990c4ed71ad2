"""Undo the tricks that hide a sentence's words from the checks: invisible characters and lookalike letters.

A zero-width space, a soft hyphen or a bidi control inside "B\u200buy" or "evil-\u00adshop.com", fullwidth letters
("ｂｕｙ"), or a Cyrillic "е" in "еvil-shop.com" would let a sentence pass the promotion checks while reading the
same to a person. Sentences are normalised after they are located, so positions stay those of the file.
"""
from __future__ import annotations

import re
import unicodedata

# Latin lookalikes among Cyrillic and Greek letters (lower case; domains are compared in lower case)
_CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
})
_HOST = re.compile(r"(?<![\w.-])((?:[\w-]{1,63}\.)+[\w-]{2,24})(?![\w-])")
_ASCII_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")


def normalise(text: str) -> str:
    """NFKC, without format characters (zero-width, soft hyphen, bidi controls, BOM)."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKC", text)
    return "".join(c for c in folded if unicodedata.category(c) != "Cf")


def first_visible(text: str, start: int, end: int) -> int:
    """The offset of the first character in text[start:end] that is neither a space nor a format character."""
    while start < end and (text[start].isspace() or (not text[start].isascii() and unicodedata.category(text[start]) == "Cf")):
        start += 1
    return start


def _scripts(word: str) -> set[str]:
    return {unicodedata.name(c, "?").split(" ")[0] for c in word if c.isalpha()}


def mixed_script_domains(text: str, domains: tuple[str, ...]) -> list[tuple[str | None, str]]:
    """Each domain in the text or the links that mixes Latin letters with another script ("еvil-shop.com"),
    as (its Latin lookalike if that is a plain domain, else None; as written)."""
    candidates = [m.group(1) for m in _HOST.finditer(text) if not m.group(1).isascii()] if not text.isascii() else []
    found = []
    for written in dict.fromkeys([*candidates, *(d for d in domains if not d.isascii())]):
        lower = written.lower()
        scripts = _scripts(lower)
        if "LATIN" not in scripts or len(scripts) < 2:
            continue  # wholly Latin, or wholly another script (an internationalised domain, not a lookalike)
        latin = lower.translate(_CONFUSABLES).removeprefix("www.")
        found.append((latin if _ASCII_DOMAIN.match(latin) else None, written))
    return found
