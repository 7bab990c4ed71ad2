"""Load, validate, merge and export the source table (three CSV files)."""
from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from sources.models import (
    CARRYING_GRADES, CLAIM_COLUMNS, DOMAIN_COLUMNS, SOURCE_COLUMNS, SUBJECT_COLUMNS, WEAK_GRADES, Domain,
    DomainCategory, ReferenceClaim, Source, Subject,
)
from sources import tablecache
from sources.writing import safe_cell, write_atomically

DEFAULT_DIR = Path(__file__).parent / "data"
FILES = {"sources": "sources.csv", "claims": "claims.csv", "domains": "domains.csv", "subjects": "subjects.csv"}
MODELS: dict[str, type[BaseModel]] = {"sources": Source, "claims": ReferenceClaim, "domains": Domain, "subjects": Subject}
COLUMNS = {"sources": SOURCE_COLUMNS, "claims": CLAIM_COLUMNS, "domains": DOMAIN_COLUMNS, "subjects": SUBJECT_COLUMNS}
MAX_FILE_BYTES = 50_000_000
SHORT_STATEMENT = 8  # words


@dataclass(frozen=True)
class Problem:
    file: str
    row: int  # spreadsheet row: the header is row 1
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}" if self.row else self.file
        return f"{where}, {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class TableError(Exception):
    """The table has problems; each names its file, row and field."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the source table; first: {problems[0]}")


@dataclass
class SourceTable:
    sources: dict[str, Source] = field(default_factory=dict)
    claims: list[ReferenceClaim] = field(default_factory=list)
    domains: dict[str, Domain] = field(default_factory=dict)
    subjects: dict[str, Subject] = field(default_factory=dict)  # aliases and broader subjects, by subject
    origins: list[str] = field(default_factory=list)  # the files it was read from
    fingerprint: str = ""  # content hash, the key of cached indexes

    def category_of(self, domain: str) -> DomainCategory | None:
        """The category of a domain or of its nearest listed parent ("pubmed.ncbi.nlm.nih.gov" → "nih.gov")."""
        parts = domain.lower().removeprefix("www.").split(".")
        for start in range(len(parts) - 1):
            entry = self.domains.get(".".join(parts[start:]))
            if entry:
                return entry.category
        return None

    def citation(self, source_ids: tuple[str, ...]) -> str:
        return "; ".join(self.sources[i].citation for i in source_ids if i in self.sources)


def load_table(replace: list[str | Path] | None = None, extend: list[str | Path] | None = None) -> SourceTable:
    """The default table, or the tables in `replace` instead of it, plus any in `extend`."""
    paths = [Path(p) for p in replace] if replace else [DEFAULT_DIR]
    paths += [Path(p) for p in extend or []]
    files: list[tuple[str, Path]] = []
    problems: list[Problem] = []
    for path in paths:
        found = _table_files(path, problems)
        files.extend(found)
    table = SourceTable()
    digest = hashlib.sha256()
    contents: list[tuple[str, Path, bytes]] = []
    for kind, file in files:
        data = _read_bytes(file, problems)
        if data is None:
            continue
        digest.update(kind.encode() + b"\0" + data + b"\0")
        table.origins.append(str(file))
        contents.append((kind, file, data))
    table.fingerprint = digest.hexdigest()
    cached = None if problems else tablecache.load(table.fingerprint)
    if cached is not None:  # these very files passed every check below before
        table.sources = {s.id: s for s in cached["sources"]}
        table.claims = cached["claims"]
        table.domains = {d.domain: d for d in cached["domains"]}
        table.subjects = {s.subject: s for s in cached["subjects"]}
        return table
    claim_ids: dict[str, str] = {}
    statements: dict[str, str] = {}
    claim_rows: list[tuple[str, int, ReferenceClaim]] = []
    for kind, file, data in contents:
        for row_number, model in _parse(kind, file, data, problems):
            name = str(file)
            if isinstance(model, Source):
                if model.id in table.sources:
                    problems.append(Problem(name, row_number, "id", f"duplicate source id {model.id!r}"))
                table.sources[model.id] = model
            elif isinstance(model, ReferenceClaim):
                if model.id in claim_ids:
                    problems.append(Problem(name, row_number, "id", f"duplicate claim id {model.id!r}"))
                claim_ids[model.id] = name
                key = " ".join(model.statement.lower().split())
                if key in statements:
                    problems.append(Problem(name, row_number, "statement", f"same statement as claim {statements[key]}"))
                statements[key] = model.id
                claim_rows.append((name, row_number, model))
            elif isinstance(model, Domain):
                if model.domain in table.domains:
                    problems.append(Problem(name, row_number, "domain", f"duplicate domain {model.domain!r}"))
                table.domains[model.domain] = model
            elif isinstance(model, Subject):
                if model.subject in table.subjects:
                    problems.append(Problem(name, row_number, "subject", f"duplicate subject {model.subject!r}"))
                table.subjects[model.subject] = model
    # the matcher's own notion of a content word (imported late: checker needs sources)
    from checker.judging.text import terms

    for name, row_number, claim in claim_rows:
        # Only short statements can consist of filler words alone ("It is what it is."); checking only those keeps
        # a 50,000-claim table quick to load. The index guards the rest.
        if len(claim.statement.split()) <= SHORT_STATEMENT and not terms(claim.statement):
            problems.append(Problem(name, row_number, "statement", "has no content words to match on"))
        missing = [i for i in claim.source_ids if i not in table.sources]
        if missing:
            problems.append(Problem(name, row_number, "source_ids", f"cites missing source(s) {', '.join(missing)}"))
        else:
            problems.extend(Problem(name, row_number, f, m) for f, m in evidence_problems(claim, table.sources))
        table.claims.append(claim)
    if problems:
        raise TableError(problems)
    tablecache.store(table.fingerprint, {
        "sources": list(table.sources.values()), "claims": table.claims,
        "domains": list(table.domains.values()), "subjects": list(table.subjects.values()),
    })
    return table


# Kept as text: `re` compiles it when a table is first validated, never in a run whose table comes from the cache.
_DATED_FACT = (
    r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:pounds|dollars|euros|usd|gbp|eur)\b"  # a price
    r"|\bwait(?:ing)?\s+(?:time|list)s?\b|\bwaits?\s+(?:of\s+)?(?:about\s+|up\s+to\s+)?\d"  # a waiting time
    r"|\b\d[\d,]*\s+(?:people|patients|users|deaths|cases|referrals|adults|children|visits|admissions)\b"  # a count
)


def evidence_problems(claim: ReferenceClaim, sources: dict[str, Source]) -> list[tuple[str, str]]:
    """What is wrong with the evidence a reference claim rests on, as (field, message) pairs."""
    cited = [sources[i] for i in claim.source_ids if i in sources]
    found = []
    if cited and not any(s.grade in CARRYING_GRADES for s in cited):
        kinds = ", ".join(sorted({s.type.value for s in cited}))
        weakest = ("news, letters, editorials, commentary or 'other'" if all(s.grade in WEAK_GRADES for s in cited)
                   else "official information, statistics or weaker sources")
        found.append(("source_ids", f"rests only on {weakest} ({kinds}); cite at least one primary-research, "
                                    "synthesis, guideline, legislation or regulator source"))
    if cited and re.search(_DATED_FACT, claim.statement, re.I) and not any(s.year for s in cited):
        found.append(("source_ids", "states a dated fact (a price, a waiting time or a count) but no cited source "
                                    "has a year"))
    return found


def _table_files(path: Path, problems: list[Problem]) -> list[tuple[str, Path]]:
    if path.is_dir():
        found = [(kind, path / name) for kind, name in FILES.items() if (path / name).is_file()]
        if not found:
            problems.append(Problem(str(path), 0, "", "holds none of sources.csv, claims.csv, domains.csv, subjects.csv"))
        return found
    if not path.exists():
        problems.append(Problem(str(path), 0, "", "no such file or directory"))
        return []
    kind = _kind_of(path, problems)
    return [(kind, path)] if kind else []


def _kind_of(path: Path, problems: list[Problem]) -> str | None:
    data = _read_bytes(path, problems)
    if data is None:
        return None
    header = data.split(b"\n", 1)[0].decode("utf-8", "replace").lstrip("\ufeff")
    columns = {c.strip() for c in header.split(",")}
    for kind, required in (("claims", "statement"), ("sources", "confirmed_at"), ("domains", "category"), ("subjects", "broader")):
        if required in columns:
            return kind
    problems.append(Problem(str(path), 1, "", "header is not that of a sources, claims, domains or subjects table"))
    return None


def _read_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    from claims.files import ReadRefused, read_bounded

    try:
        return read_bounded(path, MAX_FILE_BYTES)
    except ReadRefused as refused:
        problems.append(Problem(str(path), 0, "", str(refused)))
    except OSError as error:
        problems.append(Problem(str(path), 0, "", f"cannot be read ({error.strerror or error})"))
    return None


def _parse(kind: str, file: Path, data: bytes, problems: list[Problem]):
    name = str(file)
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        problems.append(Problem(name, 0, "", f"not UTF-8 (undecodable byte at offset {error.start})"))
        return
    if "\x00" in text:
        problems.append(Problem(name, 0, "", "contains NUL bytes; not a CSV file"))
        return
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)  # strict: an unterminated quote is an error
    expected = COLUMNS[kind]
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        problems.append(Problem(name, 1, "", f"malformed CSV at row 1 ({error})"))
        return
    repeated = sorted({c for c in header if header.count(c) > 1})
    if repeated:
        problems.append(Problem(name, 1, "", f"duplicate column(s) {', '.join(repeated)}"))
        return
    required = [c for c in expected if MODELS[kind].model_fields[c].is_required()]
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in expected]
    if missing or unknown:
        detail = "; ".join(
            part for part in (
                f"missing column(s) {', '.join(missing)}" if missing else "",
                f"unknown column(s) {', '.join(unknown)}" if unknown else "",
            ) if part
        )
        problems.append(Problem(name, 1, "", detail))
        return
    model = MODELS[kind]
    row_number = 1  # the last complete row: the header
    try:
        for row_number, row in enumerate(reader, start=2):
            if None in row:
                problems.append(Problem(name, row_number, "", "more cells than columns"))
                continue
            values = {k: (v if v is not None else "") for k, v in row.items() if k and (v or model.model_fields[k].is_required())}
            try:
                yield row_number, model.model_validate(values)
            except ValidationError as error:
                for issue in error.errors():
                    field_name = ".".join(str(p) for p in issue["loc"]) or _identifier_field(kind)
                    problems.append(Problem(name, row_number, field_name, issue["msg"].removeprefix("Value error, ")))
    except csv.Error as error:
        failed = row_number + 1  # the row after the last complete one, wherever its bad quote or huge field ends
        problems.append(Problem(name, failed, "", f"malformed CSV at row {failed} ({error})"))


def _identifier_field(kind: str) -> str:
    return {"sources": "doi/pmid/url"}.get(kind, "")


def export_table(table: SourceTable, directory: str | Path) -> list[Path]:
    """Write the table as the three CSV files it is read from; each file is written whole or not at all."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    rows = {
        "sources": [_row(s) for s in table.sources.values()],
        "claims": [_row(c) for c in table.claims],
        "domains": [_row(d) for d in table.domains.values()],
        "subjects": [_row(s) for s in table.subjects.values()],
    }
    written = []
    for kind, name in FILES.items():
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS[kind], lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows[kind])
        written.append(write_atomically(target / name, buffer.getvalue()))
    return written


def _row(model: BaseModel) -> dict[str, str]:
    row = {}
    for name, value in model.model_dump(mode="json").items():
        if isinstance(value, list):
            value = (" | " if name in ("variants", "aliases", "broader") else ";").join(value)
        row[name] = "" if value is None else str(value)
    return row
