"""Find the documents under a directory: the right extensions, .gitignore honoured, links never followed out.

Inside a git work tree, git itself says which files are ignored (`git ls-files --cached --others
--exclude-standard -z`): every .gitignore up to the repository's root, .git/info/exclude and the user's
excludes file, exactly as git reads them. Outside one, the .gitignore files in the tree are applied with git's
precedence: a deeper file overrides a shallower one, and a later `!pattern` re-includes.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from claims.files import is_regular

EXTENSIONS = frozenset({".md", ".markdown", ".mdx", ".html", ".htm", ".txt"})
SKIPPED_DIRECTORIES = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"})


def _spec(patterns: Iterable[str]):
    import pathspec

    return pathspec.PathSpec.from_lines("gitwildmatch", list(patterns))


class Discovery:
    def __init__(self, include: Iterable[str] = (), exclude: Iterable[str] = ()):
        self._patterns = (list(include), list(exclude))
        self._specs = None  # built on the first directory walk: a lone file needs no pattern matching

    def files(self, paths: list[str]) -> Iterator[str]:
        """Each given file as it is, and the documents under each given directory, in a stable order.

        Every real file comes once, however many links or arguments lead to it (`topics/x/README.md` linking to
        `topics/x/index.md` is checked once, as index.md).
        """
        seen: set[Path] = set()
        for path in paths:
            given = Path(path)
            if path == "-" or not given.is_dir():
                real = _real(given) if path != "-" else None
                if real is not None:
                    if real in seen:
                        continue
                    seen.add(real)
                yield path
                continue
            for file in self._walk(given):
                real = _real(Path(file))
                if real is None or real not in seen:  # a loop or a dangling link: reading it says which
                    if real is not None:
                        seen.add(real)
                    yield file

    def wanted(self, relative: str) -> bool:
        if self._specs is None:
            self._specs = tuple(_spec(patterns) if patterns else None for patterns in self._patterns)
        include, exclude = self._specs
        if exclude and exclude.match_file(relative):
            return False
        return include.match_file(relative) if include else True

    def _walk(self, root: Path) -> Iterator[str]:
        """Documents under `root`. A folder that cannot be read or a link that leads nowhere is yielded as it
        is, so that reading it reports the problem and the run carries on; FIFOs and devices are passed over."""
        real_root = root.resolve()
        listed = git_listing(root)
        ignores: list[tuple[Path, object]] = []  # (directory, spec) of .gitignore files seen, shallowest first
        unreadable: list[OSError] = []
        for directory, subdirectories, files in os.walk(root, followlinks=False, onerror=unreadable.append):
            yield from _drain(unreadable)
            here = Path(directory)
            if listed is None:
                _read_gitignore(here, ignores)
            subdirectories[:] = sorted(
                d for d in subdirectories
                if d not in SKIPPED_DIRECTORIES and not (here / d).is_symlink()
                and (listed.has_folder(here / d) if listed is not None else not _ignored(here / d, True, ignores))
            )
            for name in sorted(files):
                file = here / name
                if file.suffix.lower() not in EXTENSIONS:
                    continue
                if not (listed.has_file(file) if listed is not None else not _ignored(file, False, ignores)):
                    continue
                relative = file.relative_to(root).as_posix()
                if not self.wanted(relative):
                    continue
                if file.is_symlink():
                    try:
                        target = file.resolve(strict=True)
                    except (OSError, RuntimeError):  # a loop or a dangling link: reading it says which
                        yield str(file)
                        continue
                    if not _inside(target, real_root):
                        continue  # a link out of the tree is never followed
                    if target.suffix.lower() not in EXTENSIONS:
                        continue
                    file = root / target.relative_to(real_root)  # checked once, as the file it links to
                if is_regular(file):
                    yield str(file)
        yield from _drain(unreadable)


def _real(path: Path) -> Path | None:
    """The file a path leads to, or None when it leads nowhere (missing, a dangling link, a loop)."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None


def _drain(errors: list[OSError]) -> Iterator[str]:
    for error in errors:
        if error.filename is not None:
            yield os.fsdecode(error.filename)
    errors.clear()


class GitListing:
    """The files git does not ignore under a folder, and the folders that hold them."""

    def __init__(self, root: Path, names: list[str]):
        self.root = root
        self.files = set(names)
        self.folders = {parent for name in names for parent in _parents(name)}

    def has_file(self, path: Path) -> bool:
        return path.relative_to(self.root).as_posix() in self.files

    def has_folder(self, path: Path) -> bool:
        return path.relative_to(self.root).as_posix() in self.folders


def _parents(name: str) -> list[str]:
    parts = name.split("/")[:-1]
    return ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]


def git_listing(root: Path) -> GitListing | None:
    """What git lists under `root`, or None outside a work tree, without git, or for a folder git ignores."""
    import subprocess

    def git(*arguments: str):
        return subprocess.run(["git", *arguments], cwd=root, capture_output=True, timeout=120)

    try:
        if git("rev-parse", "--is-inside-work-tree").stdout.strip() != b"true":
            return None
        if git("check-ignore", "-q", ".").returncode == 0:
            return None  # a folder named on purpose although git ignores it: its own .gitignore files apply
        done = git("ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", ".")
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return GitListing(root, [os.fsdecode(name) for name in done.stdout.split(b"\0") if name])


def _read_gitignore(folder: Path, ignores: list[tuple[Path, object]]) -> None:
    gitignore = folder / ".gitignore"
    if gitignore.is_file():
        try:
            lines = gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return
        import pathspec

        ignores.append((folder, pathspec.GitIgnoreSpec.from_lines(lines)))


def _ignored(path: Path, is_directory: bool, ignores: list[tuple[Path, object]]) -> bool:
    """git's precedence: the deepest .gitignore with a matching pattern decides, its last match wins."""
    decision = False
    for base, spec in ignores:
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            continue
        result = spec.check_file(relative + ("/" if is_directory else ""))
        if result.include is not None:
            decision = result.include
    return decision


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def no_documents_message(paths: list[str]) -> str:
    """Said when a run finds nothing to read, as a linter given nothing to lint says."""
    where = ", ".join(paths)
    kinds = ", ".join(sorted(EXTENSIONS))
    return f"no documents found in {where} (claimsift reads {kinds} files, minus .gitignore'd and excluded ones)"
