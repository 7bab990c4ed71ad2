"""Inputs that are not ordinary files: refused or skipped with one line, never a hang, a flood or a traceback."""
import os
import subprocess
import sys
from unittest.mock import patch

import pytest

from helpers import ROOT

CLAIM = "Ketamine is a Class B drug in the UK.\n"


def run(*arguments, stdin=None, timeout=60, **kwargs):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], stdin=stdin, capture_output=True,
                          cwd=ROOT, timeout=timeout, **kwargs)


def _one_line(result, message):
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert message in stderr and "Traceback" not in stderr and "internal error" not in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


@pytest.mark.parametrize("option", [[], ["--add-sources"], ["--baseline"], ["--sources"]])
def test_dev_zero_is_refused_wherever_a_file_is_read(tmp_path, option):
    document = tmp_path / "a.md"
    document.write_text(CLAIM, encoding="utf-8")
    arguments = ["check", "/dev/zero"] if not option else ["check", str(document), *option, "/dev/zero"]
    _one_line(run(*arguments), "/dev/zero: not a regular file")


def test_a_config_add_sources_entry_on_dev_zero_is_refused(tmp_path):
    (tmp_path / ".claimsift.toml").write_text('add_sources = ["/dev/zero"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(CLAIM, encoding="utf-8")
    _one_line(run("check", str(tmp_path / "a.md")), "not a regular file")


def test_stdin_obeys_the_size_limit():
    with open("/dev/zero", "rb") as zero:
        _one_line(run("check", "-", "--max-file-size", "1000", stdin=zero), "larger than the limit of 1000 bytes")


def test_closed_stdin_is_one_line():
    _one_line(run("check", "-", stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0)), "stdin is closed")


def test_reads_stop_at_the_limit_even_when_the_size_says_zero(tmp_path):
    from claims import InputError, read_path

    proc = tmp_path / "a.txt"
    proc.write_bytes(b"Ketamine. " * 500)
    with pytest.raises(InputError, match="larger than the limit of 100 bytes"):
        read_path(proc, max_bytes=100)
    with pytest.raises(InputError, match="larger than the limit"):
        read_path("/proc/self/maps", max_bytes=10)  # /proc files report size 0


def test_an_explicit_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    _one_line(run("check", str(fifo), timeout=30), "not a regular file")


def test_a_folder_with_a_fifo_a_loop_and_a_dangling_link_reports_and_carries_on(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.md").write_text(CLAIM, encoding="utf-8")
    os.mkfifo(site / "pipe.md")
    (site / "loop.md").symlink_to("loop.md")
    (site / "dangling.md").symlink_to("nowhere.md")
    result = run("check", str(site), "-f", "csv", timeout=30)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in stderr and "internal error" not in stderr, stderr
    assert result.stdout.decode().count("\n") == 2  # the header and a.md's claim
    assert "loop.md: cannot be read" in stderr and "dangling.md: no such file" in stderr and "pipe.md" not in stderr


def test_a_symlink_loop_given_directly_is_one_line(tmp_path):
    (tmp_path / "loop.md").symlink_to("loop.md")
    _one_line(run("check", str(tmp_path / "loop.md")), "loop.md: cannot be read")


def _cli(capsys, *arguments):
    import cli

    with patch.object(sys, "argv", ["claimsift", *arguments]), pytest.raises(SystemExit) as done:
        cli.main()
    return done.value.code, capsys.readouterr()


def _unreadable(folder, monkeypatch):
    folder.chmod(0)
    if os.geteuid() == 0:  # root reads any folder: make this one fail as it would for anyone else
        real = os.scandir

        def scandir(path="."):
            if os.fsdecode(path) == str(folder):
                raise PermissionError(13, "Permission denied", os.fsdecode(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_folder_inside_a_tree_is_a_skipped_entry(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.md").write_text(CLAIM, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.md").write_text(CLAIM, encoding="utf-8")
    _unreadable(locked, monkeypatch)
    try:
        code, out = _cli(capsys, "check", str(tmp_path), "-f", "csv", "--fail-on", "none")
    finally:
        locked.chmod(0o755)
    assert code == 2 and f"skipped {locked}" in out.err and "Traceback" not in out.err
    assert out.out.count("\n") == 2


def test_an_unreadable_folder_given_directly_is_a_skipped_entry(tmp_path, monkeypatch, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    _unreadable(locked, monkeypatch)
    try:
        code, out = _cli(capsys, "check", str(locked), "-f", "csv")
    finally:
        locked.chmod(0o755)
    assert code == 2 and f"skipped {locked}" in out.err and "internal error" not in out.err
