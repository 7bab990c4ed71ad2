"""An on-disk cache of the prepared index, keyed by the table's content and the matching code.

Building the index and preparing every phrasing is most of a small run's time; a pre-commit hook runs the
same table again and again. The cache lives in $CLAIMSIFT_CACHE_DIR, else $XDG_CACHE_HOME/claimsift, else
~/.cache/claimsift, in a folder only the user can write (it holds pickles). Any problem reading or writing it
falls back to building in memory: the cache can make a run faster, never make it fail.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path

from sources import SourceTable

FORMAT = b"claimsift-prepared-2"
CODE = ("index.py", "matching.py", "text.py")


def cache_dir() -> Path | None:
    if os.environ.get("CLAIMSIFT_NO_CACHE"):
        return None
    explicit = os.environ.get("CLAIMSIFT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimsift"


def key(table: SourceTable) -> str:
    digest = hashlib.sha256(FORMAT + table.fingerprint.encode())
    here = Path(__file__).parent
    for name in CODE:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:32]


def prepared_for(table: SourceTable, build: Callable[[SourceTable], object]):
    folder = cache_dir()
    if folder is None or not table.fingerprint:
        return build(table)
    path = folder / f"prepared-{key(table)}.pickle"
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # missing, stale or damaged: rebuild
        pass
    prepared = build(table)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".prepared-", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(prepared, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception:
        try:
            Path(temporary).unlink(missing_ok=True)  # type: ignore[possibly-undefined]
        except Exception:
            pass
    return prepared
