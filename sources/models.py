"""The curated table's rows. These models are the contract between `sources/` and `checker/`."""
from __future__ import annotations

import datetime as _dt
import re
from enum import Enum

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from sources.writing import unquote_cell

MAX_FIELD = 5000  # characters; a longer cell is a mistake or an attack, not a finding


class SourceType(str, Enum):
    META_ANALYSIS = "meta-analysis"
    RCT = "rct"
    COHORT = "cohort"
    CASE_SERIES = "case-series"
    REVIEW = "review"
    GUIDELINE = "guideline"
    LEGISLATION = "legislation"
    REGULATION = "regulation"
    REGULATOR_WARNING = "regulator-warning"
    REGULATOR_DECISION = "regulator-decision"
    OFFICIAL_GUIDANCE = "official-guidance"
    STATISTICS = "statistics"
    NEWS = "news"
    OTHER = "other"


class Stance(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"


class DomainCategory(str, Enum):
    CLINICAL = "clinical"
    OFFICIAL = "official"
    REFERENCE = "reference"  # encyclopedias and the like: not clinical sources
    SELLER = "seller"


_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_PMID = re.compile(r"^\d{1,9}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _bounded(cls, value):
        if isinstance(value, str):
            if len(value) > MAX_FIELD:
                raise ValueError(f"longer than {MAX_FIELD} characters")
            value = unquote_cell(value)  # as `sources export` wrote it
            # judged as stored, after whitespace (also a no-break space) is stripped
            if value.strip()[:1] in ("=", "@"):
                raise ValueError("starts like a spreadsheet formula (=, @, also after spaces)")
        return value


class Source(_Row):
    id: str
    type: SourceType
    title: str
    authors: str = ""
    year: int | None = None  # left empty when the page gives no date
    venue: str = ""
    doi: str = ""
    pmid: str = ""
    url: str = ""
    jurisdiction: str = "INT"
    topic: str = ""
    confirmed_at: str
    last_reviewed: _dt.date
    finding: str

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("must be lower-case letters, digits, '.', '_' or '-' (at most 64)")
        return value

    @field_validator("title", "finding", "confirmed_at")
    @classmethod
    def _required(cls, value: str) -> str:
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("year")
    @classmethod
    def _year(cls, value: int | None) -> int | None:
        if value is not None and not 1800 <= value <= _dt.date.today().year + 1:
            raise ValueError(f"impossible year {value}")
        return value

    @field_validator("doi")
    @classmethod
    def _doi(cls, value: str) -> str:
        value = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", value, flags=re.I)
        if value and not _DOI.match(value):
            raise ValueError(f"malformed DOI {value!r} (expected 10.NNNN/…)")
        return value

    @field_validator("pmid")
    @classmethod
    def _pmid(cls, value: str) -> str:
        if value and not _PMID.match(value):
            raise ValueError(f"malformed PMID {value!r} (expected digits)")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not re.match(r"^https://[^\s/]+\.[^\s/]+", value):
            raise ValueError("must be an https:// URL")
        return value

    @model_validator(mode="after")
    def _identified(self) -> "Source":
        if not (self.doi or self.pmid or self.url):
            raise ValueError("needs a DOI, a PMID or an official URL")
        return self

    @property
    def link(self) -> str:
        if self.doi:
            return f"https://doi.org/{self.doi}"
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        return self.url

    @property
    def citation(self) -> str:
        """A short human citation: "Wilkinson 2018, Am J Psychiatry"."""
        author = self.authors.split(",")[0].split(";")[0].strip()
        if author and not re.search(r"\b(?:of|for|and|the|agency|council|office|parliament)\b", author, re.I):
            author = re.sub(r"\s+(?:[A-Z]{1,3}|et al\.?)$", "", author.replace(" et al.", "")).strip()
        venue = re.split(r"\s*(?:\d|\(|;)", self.venue, maxsplit=1)[0].strip(" ,.")
        head = f"{author or self.title[:40]} {self.year or 'n.d.'}"
        return f"{head}, {venue}" if venue and venue.lower() != author.lower() else head


def _split(value, separator: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(separator) if part.strip())
    return tuple(value)


class ReferenceClaim(_Row):
    id: str
    statement: str
    stance: Stance
    source_ids: tuple[str, ...]
    subject: str = ""
    key_terms: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    finding: str
    topic: str = ""
    jurisdiction: str = "INT"

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return Source._id(value)

    @field_validator("statement", "finding")
    @classmethod
    def _required(cls, value: str) -> str:
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("source_ids", mode="before")
    @classmethod
    def _ids(cls, value):
        ids = _split(value, ";")
        if not ids:
            raise ValueError("must name at least one source")
        return ids

    @field_validator("key_terms", mode="before")
    @classmethod
    def _terms(cls, value):
        return tuple(term.lower() for term in _split(value, ";"))

    @field_validator("variants", mode="before")
    @classmethod
    def _variants(cls, value):
        return _split(value, "|")

    @field_validator("subject")
    @classmethod
    def _subject(cls, value: str) -> str:
        return value.lower()

    @property
    def phrasings(self) -> tuple[str, ...]:
        return (self.statement, *self.variants)


class Domain(_Row):
    domain: str
    category: DomainCategory
    note: str = ""

    @field_validator("domain")
    @classmethod
    def _domain(cls, value: str) -> str:
        value = value.lower().removeprefix("www.")
        if not _DOMAIN.match(value):
            raise ValueError(f"not a domain name: {value!r}")
        return value


SOURCE_COLUMNS = list(Source.model_fields)
CLAIM_COLUMNS = list(ReferenceClaim.model_fields)
DOMAIN_COLUMNS = list(Domain.model_fields)
