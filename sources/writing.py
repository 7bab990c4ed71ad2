"""Write a file whole or not at all, without ever replacing something that is not a regular file.

A report, a baseline or an exported table goes to a short temporary name beside the target and is renamed over
it, so a crash or Ctrl-C never leaves half a file. A target that is not a regular file (`/dev/null`, a FIFO, a
terminal) or that is reached through a file descriptor link (`/dev/stdout`, `/proc/self/fd/N`) is written
straight, appending, because renaming over it would replace the device or wipe the file the shell opened.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

FORMULA_START = r"\s*[=+\-@\t\r]"  # how a cell a spreadsheet would evaluate begins
_FORMULA = re.compile("^" + FORMULA_START)

_DESCRIPTOR_FOLDERS = ("/proc/", "/dev/fd/")
_MAX_LINKS = 40


def _through_descriptor(path: str) -> bool:
    """True when `path` or a link it leads through names an open file descriptor (/dev/stdout → /proc/self/fd/1)."""
    current = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        if current.startswith(_DESCRIPTOR_FOLDERS):
            return True
        if not os.path.islink(current):
            return False
        current = os.path.abspath(os.path.join(os.path.dirname(current), os.readlink(current)))
    return False


def writes_in_place(path: str | Path) -> bool:
    """Whether `path` must be written straight rather than replaced by a rename."""
    name = os.fspath(path)
    if _through_descriptor(name):
        return True
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError:
        return False
    return not stat.S_ISREG(mode)


def write_atomically(path: str | Path, content: str) -> Path:
    """Write `content` to `path` whole or not at all; raises OSError with the reason on failure."""
    target = Path(path)
    if writes_in_place(target):
        with open(target, "a", encoding="utf-8", newline="") as stream:
            stream.write(content)
        return target
    # A short temporary name: a target name near the 255-character limit must still work.
    import tempfile  # here, not at the top: every start-up imports this module, few runs write a file

    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".cs", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def same_file(path: str | Path, others) -> str | None:
    """The first of `others` that is the same file as `path` (same device and inode), if `path` exists."""
    try:
        mine = os.stat(path)
    except OSError:
        return None
    for other in others:
        try:
            theirs = os.stat(other)
        except (OSError, ValueError):
            continue
        if (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino):
            return str(other)
    return None


def safe_cell(value: object) -> object:
    """Prefix a quote to text a spreadsheet would evaluate ("=HYPERLINK(…)", "+1", "@SUM", also after spaces).

    Every CSV claimsift writes passes its cells through this; the table loader drops the quote again.
    """
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def unquote_cell(value: str) -> str:
    """The inverse of safe_cell, for a cell read back."""
    return value[1:] if value.startswith("'") and _FORMULA.match(value[1:]) else value
