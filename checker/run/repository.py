"""The repository a run belongs to: the folder report paths, baselines and SARIF URIs are relative to.

Like pre-commit and most linters, that is the git work tree's top folder; outside git it is the folder of the
configuration file, or else the current folder.
"""
from __future__ import annotations

import os
from pathlib import Path


def root_of(start: Path, fallback: Path | None = None) -> Path:
    try:
        here = start.resolve()
    except (OSError, RuntimeError):  # a symlink loop: reading it reports the problem; its folder still counts
        here = Path(os.path.abspath(start))
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return (fallback or Path.cwd()).resolve()


def relative_path(path: str, root: str | Path | None) -> str:
    """A document's path relative to the root, with forward slashes; as given when it is outside the root."""
    if path.startswith("<"):  # <stdin>, <text>
        return path
    base = Path(root) if root else Path.cwd()
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(base.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        try:  # the root may have been reached through a link
            return absolute.resolve().relative_to(base.resolve()).as_posix()
        except (ValueError, OSError, RuntimeError):
            return Path(path).as_posix()
