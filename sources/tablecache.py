"""The validated rows of a source table, cached as plain JSON beside the prepared index.

Reading the built-in table's CSV files and validating every row through pydantic is a tenth of checking one
article cold, and gives the same rows every time the files and the code that validates them are the same. So a
table that passed every check is written here, keyed by its content (the fingerprint `load_table` computes
anyway) and by the validating code, and read back with `model_construct`, which builds the models from values
already checked without building pydantic's validators at all. A table with problems is never cached: its
errors are always found afresh. The folder rules are the index cache's (`checker.judging.cache`): a file that
someone else may write is not read, and any problem reading it falls back to validating the CSV files.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import types
from enum import Enum
from pathlib import Path
from typing import get_args, get_origin

from sources.models import Domain, ReferenceClaim, Source, Subject

FORMAT = b"claimsift-table-1"
# Everything that decides which rows are valid and what values they hold: a change to any of them is a miss.
CODE = ("sources/models.py", "sources/table.py", "sources/writing.py", "sources/tablecache.py", "checker/judging/text.py")
MODELS = {"sources": Source, "claims": ReferenceClaim, "domains": Domain, "subjects": Subject}


def key(fingerprint: str) -> str:
    digest = hashlib.sha256(FORMAT + fingerprint.encode())
    top = Path(__file__).resolve().parent.parent
    for name in CODE:
        digest.update((top / name).read_bytes())
    return digest.hexdigest()[:32]


def _encode(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _decoder(annotation):
    """How a field's JSON value becomes the value validation gave it, or None where it is that value already
    (strings, years). A field of a type not named here is an error at import, so a new field is not forgotten."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation  # SourceType("rct"); an unknown value raises, and the file is a miss
    if annotation is _dt.date:
        return _dt.date.fromisoformat
    if get_origin(annotation) is tuple:
        return tuple
    if annotation is str or (get_origin(annotation) is types.UnionType and set(get_args(annotation)) == {int, type(None)}):
        return None
    raise TypeError(f"no cache decoder for {annotation!r}")


DECODERS = {
    kind: {name: decoder for name, f in model.model_fields.items() if (decoder := _decoder(f.annotation))}
    for kind, model in MODELS.items()
}


def dumps(rows: dict[str, list]) -> bytes:
    """The set fields of every row (the others keep their defaults), in table order."""
    encoded = {
        kind: [{name: _encode(getattr(row, name)) for name in sorted(row.model_fields_set)} for row in rows[kind]]
        for kind in MODELS
    }
    return json.dumps(encoded, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes) -> dict[str, list]:
    """The rows as validation built them; anything unexpected raises, and the caller validates the CSV files."""
    found = json.loads(data.decode("utf-8"))
    if not isinstance(found, dict) or set(found) != set(MODELS):
        raise ValueError("not a cached table")
    rows = {}
    for kind, model in MODELS.items():
        decoders = DECODERS[kind].items()
        fields = set(model.model_fields)
        required = {name for name, f in model.model_fields.items() if f.is_required()}
        built = []
        for row in found[kind]:
            if not isinstance(row, dict) or not required <= row.keys() <= fields:
                raise ValueError("not a cached row")
            for name, decode in decoders:
                if name in row:
                    row[name] = decode(row[name])
            built.append(model.model_construct(**row))
        rows[kind] = built
    return rows


def load(fingerprint: str) -> dict[str, list] | None:
    from checker.judging.cache import cache_dir, read_trusted

    folder = cache_dir()
    if folder is None or not fingerprint:
        return None
    try:
        data = read_trusted(folder / f"table-{key(fingerprint)}.json")
        return None if data is None else loads(data)
    except Exception:  # missing, stale, damaged or planted: validate the CSV files
        return None


def store(fingerprint: str, rows: dict[str, list]) -> None:
    from checker.judging.cache import cache_dir, usable_folder, write_whole

    folder = cache_dir()
    if folder is None or not fingerprint or not usable_folder(folder):
        return
    try:
        name, data = f"table-{key(fingerprint)}.json", dumps(rows)
    except Exception:  # the cache can make a run faster, never make it fail
        return
    write_whole(folder, name, data)
