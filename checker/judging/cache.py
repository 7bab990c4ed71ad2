"""An on-disk cache of the prepared index, keyed by the table's content and the matching code.

Building the index and preparing every phrasing is most of a small run's time; a pre-commit hook runs the
same table again and again. The cache lives in $CLAIMSIFT_CACHE_DIR, else $XDG_CACHE_HOME/claimsift, else
~/.cache/claimsift. Its files hold data, never code (`checker.judging.cachefile`), and a folder or file that another
user owns or may write is neither read nor written. Any problem reading or writing it falls back to building
in memory: the cache can make a run faster, never make it fail or run anything.
"""
from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from checker.judging import cachefile

if TYPE_CHECKING:
    from sources import SourceTable

FORMAT = b"claimsift-prepared-3"
CODE = ("index.py", "matching.py", "text.py", "cachefile.py")


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


def trusted(status: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else (always true where there are no user ids)."""
    if not hasattr(os, "getuid"):
        return True
    return status.st_uid == os.getuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read_trusted(path: Path) -> bytes | None:
    """The bytes of a cache file, or None if it is not a regular file this user alone may write."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    handle = os.open(path, flags)
    with os.fdopen(handle, "rb") as stream:
        status = os.fstat(stream.fileno())
        if not stat.S_ISREG(status.st_mode) or not trusted(status):
            return None
        return stream.read()


def _read(path: Path):
    data = read_trusted(path)
    return None if data is None else cachefile.loads(data)


def write_whole(folder: Path, name: str, data: bytes) -> None:
    """Write a cache file whole or not at all; a failure leaves nothing behind and is not an error."""
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name.split('-')[0]}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, folder / name)
    except Exception:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def usable_folder(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        status = folder.stat()
    except OSError:
        return False
    return stat.S_ISDIR(status.st_mode) and trusted(status)


def _well_formed(found, prepared_class) -> bool:
    from dataclasses import fields

    from checker.judging.index import PhrasingIndex

    return (
        isinstance(found, prepared_class) and all(hasattr(found, f.name) for f in fields(prepared_class))
        and isinstance(found.index, PhrasingIndex)
    )


def prepared_for(table: SourceTable, build: Callable[[SourceTable], object]):
    from checker.judging.matching import Prepared

    folder = cache_dir()
    if folder is None or not table.fingerprint or not usable_folder(folder):
        return build(table)
    path = folder / f"prepared-{key(table)}.bin"
    try:
        found = _read(path)
        if _well_formed(found, Prepared):
            return found
    except Exception:  # missing, stale, damaged or planted: rebuild
        pass
    prepared = build(table)
    try:
        data = cachefile.dumps(prepared)
    except Exception:
        return prepared
    write_whole(folder, path.name, data)
    return prepared
