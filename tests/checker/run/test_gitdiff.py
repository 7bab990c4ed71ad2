"""--diff finds every changed file whatever its name: spaces, tabs, quotes, non-ASCII and non-UTF-8 letters."""
import json
import os
import subprocess
import sys

from helpers import ROOT

NAMES = ["ünï.md", "with space.md", "tab\there.md", 'quote"d.md', "back\\slash.md"]
PROMO = "Buy ketamine now at evil-shop.com for 20% off!\n"


def _git(*arguments, cwd):
    subprocess.run(["git", *arguments], cwd=cwd, check=True, capture_output=True)


def _repository(tmp_path, names):
    _git("init", "-q", cwd=tmp_path)
    for name in names:
        with open(os.path.join(os.fsencode(tmp_path), os.fsencode(name)), "wb") as stream:
            stream.write(b"# Page\n\nKetamine is a Class B drug in the UK.\n")
    _git("add", "-A", cwd=tmp_path)
    _git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base", cwd=tmp_path)
    for name in names:
        with open(os.path.join(os.fsencode(tmp_path), os.fsencode(name)), "ab") as stream:
            stream.write(b"\n" + PROMO.encode())
    return tmp_path


def _changed(repository):
    done = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "check", ".", "--diff", "HEAD", "-f", "json"],
        cwd=repository, capture_output=True, timeout=120,
    )
    return done, json.loads(done.stdout)["findings"]


def test_changed_files_with_unusual_names_are_all_checked(tmp_path):
    done, findings = _changed(_repository(tmp_path, NAMES))
    assert done.returncode == 1, done.stderr
    assert sorted(f["path"].removeprefix("./") for f in findings) == sorted(NAMES)
    assert {f["line"] for f in findings} == {5}


def test_a_file_name_that_is_not_utf8_is_checked(tmp_path):
    name = os.fsdecode(b"caf\xe9.md")
    done, findings = _changed(_repository(tmp_path, [name]))
    assert done.returncode == 1, done.stderr
    assert len(findings) == 1 and findings[0]["line"] == 5
