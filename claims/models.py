"""The contract between `claims/` and the rest of claimsift."""
from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict


class Kind(str, Enum):
    CLAIM = "claim"
    HEADING = "heading"
    QUESTION = "question"
    ADVICE = "advice"
    OPINION = "opinion"
    OTHER = "other"
    # Not judged, though they may read like statements:
    CITATION = "citation"  # a bibliography or reference-list line, or the title of a study
    DEFINITION = "definition"  # a glossary line: "LPN = Licensed Practical Nurse"
    FOREIGN = "non-english"  # the table and the matching are English


class Sentence(BaseModel):
    """One sentence of a document, located in the original file."""

    model_config = ConfigDict(frozen=True)

    path: str
    line: int  # 1-based, in the original file
    column: int  # 1-based, in characters
    kind: Kind
    text: str  # as written, markup removed
    claim: str  # self-contained form, used for matching
    context: str = ""  # nearest heading above the sentence
    role: str = "paragraph"  # heading, paragraph, item, cell, quote: where it sat in the document
    urls: tuple[str, ...] = ()  # link targets and URLs in the sentence
    domains: tuple[str, ...] = ()  # bare domains named or linked, lower case (a lookalike also in its Latin form)
    warnings: tuple[str, ...] = ()  # what the reader noticed, e.g. "mixed-script domain еvil-shop.com"


class Directive(BaseModel):
    """A suppression comment, where it stands in the file."""

    model_config = ConfigDict(frozen=True)

    line: int
    column: int
    end_line: int
    end_column: int
    action: str  # ignore, ignore-start, ignore-end, ignore-file; "unknown" for a misspelt one (reason says what is wrong)
    reason: str = ""
    trailing: bool = False  # after text on its line: an `ignore` covers the sentence that line ends
    block_end_line: int = 0  # on a line of its own: the last line of the block an `ignore` covers


class Document(BaseModel):
    path: str
    sentences: list[Sentence]
    title: str = ""  # first heading, used as the last resort for a claim's subject
    directives: list[Directive] = []
