"""Lines changed since a git reference, for `--diff REF`."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


class DiffError(Exception):
    pass


def _git(arguments: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, text=True, timeout=120)
    except FileNotFoundError:
        raise DiffError("--diff needs git, which is not installed") from None
    if done.returncode != 0:
        message = (done.stderr.strip().splitlines() or ["git failed"])[-1]
        raise DiffError(f"git {' '.join(arguments[:2])}: {message}")
    return done.stdout


def changed_lines(reference: str, cwd: Path) -> dict[Path, set[int] | None]:
    """For each changed file (absolute path), the new line numbers changed, or None for a whole new file."""
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    _git(["rev-parse", "--verify", "--quiet", f"{reference}^{{commit}}"], cwd)
    diff = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames", reference, "--"], top)
    changed: dict[Path, set[int] | None] = {}
    current: Path | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[4:]
            current = None if name == "/dev/null" else (top / name.removeprefix("b/")).resolve()
            if current is not None:
                changed.setdefault(current, set())
        elif line.startswith("@@") and current is not None:
            match = _HUNK.match(line)
            if match:
                start, count = int(match.group(1)), int(match.group(2) or "1")
                lines = changed[current]
                if lines is not None:
                    lines.update(range(start, start + count))
    for name in _git(["ls-files", "--others", "--exclude-standard"], top).splitlines():
        changed[(top / name).resolve()] = None
    return changed
