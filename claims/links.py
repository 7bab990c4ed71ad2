"""Find URLs and bare domains in prose ("visit example-shop.co.uk today")."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

_URL = re.compile(r"\bhttps?://[^\s<>\"'()]+", re.I)
# A closed list of top-level domains keeps "e.g." and "2.5" out.
_TLDS = (
    "com|org|net|uk|us|ca|au|nz|ie|eu|de|nl|fr|es|it|pt|io|co|shop|store|info|biz|health|care|online|site|"
    "xyz|me|app|gov|edu|int|ai|tv|life|club|bio|green|market|world|global|news"
)
_DOMAIN = re.compile(rf"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS}))(?![\w-])", re.I)


_MAYBE_DOMAIN = re.compile(r"[a-z0-9]\.[a-z]", re.I)


def domain_of(url: str) -> str | None:
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.lower().removeprefix("www.")


def find_links(text: str, hrefs: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """URLs (link targets first, then URLs written out) and the domains they and the prose name."""
    # `_URL` needs "://", which most sentences lack; it begins with a word boundary and would be tried everywhere
    written = [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text)] if "://" in text else []
    urls = list(dict.fromkeys([*hrefs, *written]))
    domains: list[str] = []
    for url in urls:
        if url.lower().startswith(("http://", "https://", "//")):
            domain = domain_of(url)
            if domain:
                domains.append(domain)
    prose = _URL.sub(" ", text) if urls else text
    if _MAYBE_DOMAIN.search(prose):  # most sentences have no "x.y" at all; the full pattern is slow
        domains.extend(m.group(1).lower().removeprefix("www.") for m in _DOMAIN.finditer(prose))
    return tuple(urls), tuple(dict.fromkeys(domains))
