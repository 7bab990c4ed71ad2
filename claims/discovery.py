"""Find the documents under a directory: the right extensions, .gitignore honoured, links never followed out."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

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
        """Each given file as it is, and the documents under each given directory, in a stable order."""
        for path in paths:
            given = Path(path)
            if path == "-" or not given.is_dir():
                yield path
                continue
            yield from self._walk(given)

    def wanted(self, relative: str) -> bool:
        if self._specs is None:
            self._specs = tuple(_spec(patterns) if patterns else None for patterns in self._patterns)
        include, exclude = self._specs
        if exclude and exclude.match_file(relative):
            return False
        return include.match_file(relative) if include else True

    def _walk(self, root: Path) -> Iterator[str]:
        real_root = root.resolve()
        ignores: list[tuple[Path, object]] = []  # (directory, spec) of .gitignore files seen
        for directory, subdirectories, files in os.walk(root, followlinks=False):
            here = Path(directory)
            gitignore = here / ".gitignore"
            if gitignore.is_file():
                try:
                    ignores.append((here, _spec(gitignore.read_text(encoding="utf-8", errors="replace").splitlines())))
                except OSError:
                    pass
            subdirectories[:] = sorted(
                d for d in subdirectories
                if d not in SKIPPED_DIRECTORIES and not _ignored(here / d, True, ignores)
                and not (here / d).is_symlink()
            )
            for name in sorted(files):
                file = here / name
                if file.suffix.lower() not in EXTENSIONS or _ignored(file, False, ignores):
                    continue
                if file.is_symlink() and not _inside(file.resolve(), real_root):
                    continue  # a link out of the tree is never followed
                relative = file.relative_to(root).as_posix()
                if self.wanted(relative):
                    yield str(file)


def _ignored(path: Path, is_directory: bool, ignores: list[tuple[Path, object]]) -> bool:
    for base, spec in ignores:
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + ("/" if is_directory else "")):
            return True
    return False


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False
