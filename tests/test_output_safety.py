"""-o never destroys anything: not a device, not the shell's own output file, not a file the run reads."""
import os
import stat
import subprocess
import sys

import pytest

from helpers import ROOT

CLAIM = "Ketamine is a Class B drug in the UK.\n"


def run(*arguments, cwd=ROOT, **kwargs):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], capture_output=True, cwd=cwd, timeout=120, **kwargs)


def _document(folder, name="in.md", text=CLAIM):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_output_onto_a_fifo_writes_into_it_and_leaves_it_a_fifo(tmp_path):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    result = run("check", str(_document(tmp_path)), "-f", "csv", "-o", str(fifo), "--fail-on", "none")
    received = reader.communicate(timeout=60)[0].decode()
    assert result.returncode == 0, result.stderr
    assert received.startswith("path,line,column")
    assert os.path.exists(fifo) and not os.path.isfile(fifo)


def test_output_onto_dev_stdout_appends_to_the_shells_file(tmp_path):
    log = tmp_path / "log.txt"
    log.write_text("before\n", encoding="utf-8")
    script = f'{sys.executable} {ROOT / "cli.py"} check {_document(tmp_path)} -f csv -o /dev/stdout --fail-on none; echo after'
    with log.open("a") as stream:
        done = subprocess.run(["sh", "-c", script], stdout=stream, stderr=subprocess.PIPE, timeout=120)
    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("before\npath,line,column") and text.endswith("after\n")


def _null_device(folder):
    """A null device of our own: as root, a wrong fix would replace the system's /dev/null."""
    device = folder / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        return "/dev/null"  # not root: a rename over /dev/null fails, so the system's device is safe to aim at
    return str(device)


def test_output_onto_a_character_device_is_written_straight(tmp_path):
    device = _null_device(tmp_path)
    result = run("check", str(_document(tmp_path)), "-f", "csv", "-o", device, "--fail-on", "none")
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_output_onto_a_discovered_input_is_refused(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    page = _document(content, "index.html", "<p>Ketamine is a Class B drug in the UK.</p>")
    before = page.read_bytes()
    result = run("check", str(content), "-f", "html", "-o", str(page))
    assert result.returncode == 2 and "one of the inputs" in result.stderr.decode()
    assert page.read_bytes() == before


def test_output_onto_the_baseline_is_refused(tmp_path):
    document = _document(tmp_path)
    baseline = tmp_path / "base.json"
    assert run("baseline", "create", str(document), "-o", str(baseline)).returncode == 0
    before = baseline.read_bytes()
    result = run("check", str(document), "--baseline", str(baseline), "-o", str(baseline), "-f", "json")
    assert result.returncode == 2 and "the baseline" in result.stderr.decode()
    assert baseline.read_bytes() == before


def test_output_onto_a_source_table_file_is_refused(tmp_path):
    table = tmp_path / "tbl"
    assert run("sources", "export", str(table)).returncode == 0
    before = (table / "claims.csv").read_bytes()
    result = run("check", str(_document(tmp_path)), "--sources", str(table), "-o", str(table / "claims.csv"), "-f", "csv")
    assert result.returncode == 2 and "source table" in result.stderr.decode()
    assert (table / "claims.csv").read_bytes() == before


def test_output_onto_the_configuration_file_is_refused(tmp_path):
    config = tmp_path / ".claimsift.toml"
    config.write_text('fail_on = "none"\n', encoding="utf-8")
    result = run("check", str(_document(tmp_path)), "-o", str(config), "-f", "json", cwd=tmp_path)
    assert result.returncode == 2  # refused already for its extension, which no report format has
    baseline = run("baseline", "create", str(_document(tmp_path)), "-o", str(config), cwd=tmp_path)
    assert baseline.returncode == 2 and "configuration file" in baseline.stderr.decode()
    assert config.read_text(encoding="utf-8") == 'fail_on = "none"\n'


def test_a_250_character_output_name_is_written(tmp_path):
    output = tmp_path / ("r" * 246 + ".csv")
    result = run("check", str(_document(tmp_path)), "-o", str(output), "--fail-on", "none")
    assert result.returncode == 0, result.stderr
    assert output.read_text(encoding="utf-8").startswith("path,")


@pytest.mark.parametrize("target, reason", [("folder", "Is a directory"), ("missing/out.csv", "does not exist")])
def test_a_failed_write_says_cannot_write_and_why(tmp_path, target, reason):
    (tmp_path / "folder").mkdir()
    result = run("check", str(_document(tmp_path)), "-f", "csv", "-o", str(tmp_path / target), "--fail-on", "none")
    stderr = result.stderr.decode()
    assert result.returncode == 2 and f"cannot write {tmp_path / target}" in stderr and reason in stderr, stderr
    assert "internal error" not in stderr and len(stderr.strip().splitlines()) == 1
