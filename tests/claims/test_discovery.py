"""Folder walks ignore exactly what git ignores."""
import subprocess
from pathlib import Path

from claims import find_documents


def _tree(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _found(folder):
    return sorted(p.relative_to(folder).as_posix() for p in map(Path, find_documents([str(folder)])))


def test_outside_a_repository_a_deeper_negation_re_includes(tmp_path):
    _tree(tmp_path, {".gitignore": "*.md\n", "a.md": "x", "sub/.gitignore": "!keep.md\n", "sub/keep.md": "x",
                     "sub/other.md": "x", "page.txt": "x"})
    assert _found(tmp_path) == ["page.txt", "sub/keep.md"]


def test_inside_a_repository_git_decides(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    _tree(tmp_path, {
        ".gitignore": "secret.md\nbuild/\n",
        "content/index.md": "x", "content/secret.md": "x", "content/draft.md": "x",
        "content/build/out.md": "x", "content/sub/.gitignore": "*.md\n!keep.md\n",
        "content/sub/keep.md": "x", "content/sub/drop.md": "x",
    })
    (tmp_path / ".git" / "info").mkdir(exist_ok=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("draft.md\n", encoding="utf-8")
    assert _found(tmp_path / "content") == ["index.md", "sub/keep.md"]
