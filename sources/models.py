"""The curated table's rows. These models are the contract between `sources/` and `checker/`."""
from __future__ import annotations

import datetime as _dt
import re
from enum import Enum

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from sources.writing import unquote_cell

MAX_FIELD = 5000  # characters; a longer cell is a mistake or an attack, not a finding


class SourceType(str, Enum):
    # primary research
    RCT = "rct"
    COHORT = "cohort"
    CASE_CONTROL = "case-control"
    CROSS_SECTIONAL = "cross-sectional"  # incl. one-off surveys
    CASE_SERIES = "case-series"
    CASE_REPORT = "case-report"
    # syntheses
    META_ANALYSIS = "meta-analysis"
    SYSTEMATIC_REVIEW = "systematic-review"
    NARRATIVE_REVIEW = "narrative-review"
    # opinion
    EDITORIAL = "editorial"
    LETTER = "letter"
    COMMENTARY = "commentary"
    # guidance, law and regulators
    GUIDELINE = "guideline"
    LEGISLATION = "legislation"
    REGULATION = "regulation"
    REGULATOR_WARNING = "regulator-warning"
    REGULATOR_DECISION = "regulator-decision"
    REGULATOR_GUIDANCE = "regulator-guidance"  # a regulator's own guidance on what it regulates
    OFFICIAL_GUIDANCE = "official-guidance"
    STATISTICS = "statistics"
    # the rest
    NEWS = "news"
    OTHER = "other"

    @property
    def grade(self) -> "Grade":
        return GRADE_OF[self]


class Grade(str, Enum):
    """What kind of evidence a source is; a reference claim needs a source of a `CARRYING_GRADES` grade."""
    PRIMARY = "primary"        # rct, cohort, case-control, cross-sectional, case series, case report
    SYNTHESIS = "synthesis"    # meta-analysis, systematic review, narrative review
    GUIDELINE = "guideline"
    LAW = "law"                # legislation, regulation
    REGULATOR = "regulator"    # regulator warnings, decisions and guidance
    OFFICIAL = "official"      # official guidance and information from public bodies
    STATISTICS = "statistics"  # official statistics and surveillance counts
    OPINION = "opinion"        # editorials, letters, commentary
    NEWS = "news"
    OTHER = "other"


GRADE_OF = {
    SourceType.RCT: Grade.PRIMARY, SourceType.COHORT: Grade.PRIMARY, SourceType.CASE_CONTROL: Grade.PRIMARY,
    SourceType.CROSS_SECTIONAL: Grade.PRIMARY, SourceType.CASE_SERIES: Grade.PRIMARY,
    SourceType.CASE_REPORT: Grade.PRIMARY,
    SourceType.META_ANALYSIS: Grade.SYNTHESIS, SourceType.SYSTEMATIC_REVIEW: Grade.SYNTHESIS,
    SourceType.NARRATIVE_REVIEW: Grade.SYNTHESIS,
    SourceType.EDITORIAL: Grade.OPINION, SourceType.LETTER: Grade.OPINION, SourceType.COMMENTARY: Grade.OPINION,
    SourceType.GUIDELINE: Grade.GUIDELINE,
    SourceType.LEGISLATION: Grade.LAW, SourceType.REGULATION: Grade.LAW,
    SourceType.REGULATOR_WARNING: Grade.REGULATOR, SourceType.REGULATOR_DECISION: Grade.REGULATOR,
    SourceType.REGULATOR_GUIDANCE: Grade.REGULATOR,
    SourceType.OFFICIAL_GUIDANCE: Grade.OFFICIAL, SourceType.STATISTICS: Grade.STATISTICS,
    SourceType.NEWS: Grade.NEWS, SourceType.OTHER: Grade.OTHER,
}
# The weakest grades, below official information and statistics; none of them can carry a reference claim.
WEAK_GRADES = frozenset({Grade.OPINION, Grade.NEWS, Grade.OTHER})
# Grades that can: every reference claim cites at least one source of these (issue 16). Official information
# (NHS pages, parliamentary answers, advisory reports) and statistics may stand beside them, never alone.
CARRYING_GRADES = frozenset({Grade.PRIMARY, Grade.SYNTHESIS, Grade.GUIDELINE, Grade.LAW, Grade.REGULATOR})
# The strongest first: used to rank a claim by its best source.
GRADE_ORDER = (Grade.SYNTHESIS, Grade.PRIMARY, Grade.GUIDELINE, Grade.LAW, Grade.REGULATOR, Grade.OFFICIAL,
               Grade.STATISTICS, Grade.OPINION, Grade.NEWS, Grade.OTHER)
# Types published as journal articles: these need a DOI or a PMID.
JOURNAL_TYPES = frozenset({
    SourceType.RCT, SourceType.COHORT, SourceType.CASE_CONTROL, SourceType.CROSS_SECTIONAL,
    SourceType.CASE_SERIES, SourceType.CASE_REPORT, SourceType.META_ANALYSIS, SourceType.SYSTEMATIC_REVIEW,
    SourceType.NARRATIVE_REVIEW, SourceType.EDITORIAL, SourceType.LETTER, SourceType.COMMENTARY,
})
# The patterns of this module are kept as text, and `re` compiles each when first used (and keeps it): a run
# whose table comes from the cache (`sources.tablecache`) validates no row and never pays for compiling them.

# Hosts that are not the publisher's or official body's own page: staging and preview copies, mirrors.
_MIRROR_HOST = (
    r"(?:^|[.-])(?:staging|preview|dev|develop|test|sandbox)(?:[.-]|\d)"  # not a .dev TLD
    r"|(?:^|\.)(?:scribd\.com|docslib\.org|123dok\.(?:com|org)|studylib\.net|fdocuments\.\w+|vdocuments\.\w+"
    r"|translate\.google\.com|translate\.goog|pressreader\.com|webcache\.googleusercontent\.com"
    r"|archive\.ph|archive\.today|booksci\.cn|bohrium\.dp\.tech|platformsh\.site)$"
    r"|^\d{1,3}(?:\.\d{1,3}){3}$"
)


_GOVERNMENT_HOST = r"(?:^|\.)(?:gov|gov\.uk|gc\.ca|canada\.ca|europa\.eu|gov\.au)$"


def _host(url: str) -> str:
    match = re.match(r"^https?://([^/:?#\s]+)", url.strip(), re.I)
    return match.group(1).lower().rstrip(".") if match else ""


def government_host(url: str) -> bool:
    """Whether `url` is on a government publisher's own host (e.g. cdc.gov for MMWR reports)."""
    return bool(re.search(_GOVERNMENT_HOST, _host(url)))


def mirror_host(url: str) -> str:
    """The host of `url` when it is a staging, preview or mirror copy rather than an original page; else ''."""
    host = _host(url)
    return host if host and re.search(_MIRROR_HOST, host) else ""


class Stance(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"


class DomainCategory(str, Enum):
    CLINICAL = "clinical"
    OFFICIAL = "official"
    REFERENCE = "reference"  # encyclopedias and the like: not clinical sources
    SELLER = "seller"


_DOI = r"^10\.\d{4,9}/\S+$"
_PMID = r"^\d{1,9}$"
_ID = r"^[a-z0-9][a-z0-9._-]{0,63}$"
_DOMAIN = r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$"


class _Row(BaseModel):
    # defer_build: pydantic builds a model's validator when it first validates a row, not at import. A table read
    # from the cache (`sources.tablecache`) is built with model_construct and never needs one.
    model_config = ConfigDict(frozen=True, str_strip_whitespace=True, defer_build=True)

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
        if not re.match(_ID, value):
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
        if value and not re.match(_DOI, value):
            raise ValueError(f"malformed DOI {value!r} (expected 10.NNNN/…)")
        return value

    @field_validator("pmid")
    @classmethod
    def _pmid(cls, value: str) -> str:
        if value and not re.match(_PMID, value):
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
        if self.type in JOURNAL_TYPES and not (self.doi or self.pmid or government_host(self.url)):
            raise ValueError(f"a journal article ({self.type.value}) needs a DOI or a PMID")
        if self.url and mirror_host(self.url):
            raise ValueError(f"url is on a staging, preview or mirror host ({mirror_host(self.url)}); "
                             "link the publisher's or the official body's own page")
        return self

    @property
    def grade(self) -> "Grade":
        return self.type.grade

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
        head = f"{author or short_title(self.title)} {self.year or 'n.d.'}"
        return f"{head}, {venue}" if venue and venue.lower() != author.lower() else head


def short_title(title: str, limit: int = 40) -> str:
    """A title for a citation with no author: whole when short, else cut after its last whole word, with "…"."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit + 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return (cut if len(cut) >= limit // 2 else title[:limit]) + "…"


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
        if not re.match(_DOMAIN, value):
            raise ValueError(f"not a domain name: {value!r}")
        return value


SOURCE_COLUMNS = list(Source.model_fields)
CLAIM_COLUMNS = list(ReferenceClaim.model_fields)
DOMAIN_COLUMNS = list(Domain.model_fields)


class Subject(_Row):
    """A subject reference claims are about, the other names a sentence may use for it, and the broader
    subjects it belongs to: a sentence naming sertraline is also about SSRIs and antidepressants, so their
    reference claims judge it, while a reference claim about sertraline never judges a sentence that only
    says "antidepressants"."""

    subject: str
    aliases: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    note: str = ""

    @field_validator("subject")
    @classmethod
    def _subject(cls, value: str) -> str:
        if not re.search(r"[a-z0-9]", value.lower()):
            raise ValueError("must contain a letter or digit")
        return value.lower()

    @field_validator("aliases", "broader", mode="before")
    @classmethod
    def _names(cls, value):
        return tuple(name.lower() for name in _split(value, "|"))


SUBJECT_COLUMNS = list(Subject.model_fields)
