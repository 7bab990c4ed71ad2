"""Lines changed since a git reference, for `--diff REF`.

File names come from git's NUL-separated (`-z`) listings, never from the quoted names in a patch, so names with
spaces, tabs, quotes or non-ASCII letters are matched exactly. The patch is read only for its hunk headers: its
file sections come in the same order as `git diff --name-only -z` lists the files.
"""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)
_SECTION = re.compile(r"^diff --git ", re.M)


class DiffError(Exception):
    def __init__(self, message: str, git_message: str = ""):
        super().__init__(message)
        self.git_message = git_message or message


def _git(arguments: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, timeout=120)
    except FileNotFoundError:
        raise DiffError("--diff needs git, which is not installed") from None
    if done.returncode != 0:
        message = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["git failed"])[-1]
        raise DiffError(f"git {' '.join(arguments[:2])}: {message}", message)
    return done.stdout


def _names(listing: bytes) -> list[str]:
    return [os.fsdecode(name) for name in listing.split(b"\0") if name]


def changed_lines(reference: str, cwd: Path) -> dict[Path, set[int] | None]:
    """For each changed file (absolute path), the new line numbers changed, or None for a whole new file."""
    top = Path(os.fsdecode(_git(["rev-parse", "--show-toplevel"], cwd).strip()))
    try:
        _git(["rev-parse", "--verify", f"{reference}^{{commit}}"], cwd)
    except DiffError as error:
        raise DiffError(f"--diff {reference}: no such commit, branch or tag in {top} ({error.git_message})") from None
    common = ["--no-color", "--no-ext-diff", "--no-renames", reference, "--"]
    names = _names(_git(["diff", "--name-only", "-z", *common], top))
    patch = _git(["diff", "--unified=0", "--no-textconv", *common], top).decode("utf-8", "surrogateescape")
    sections = _SECTION.split(patch)[1:]
    if len(sections) != len(names):
        raise DiffError(f"git diff listed {len(names)} files but its patch has {len(sections)}")
    changed: dict[Path, set[int] | None] = {}
    for name, section in zip(names, sections):
        lines = changed.setdefault((top / name).resolve(), set())
        for match in _HUNK.finditer(section):
            start, count = int(match.group(1)), int(match.group(2) or "1")
            lines.update(range(start, start + count))
    for name in _names(_git(["ls-files", "-z", "--others", "--exclude-standard"], top)):
        changed[(top / name).resolve()] = None
    return changed
