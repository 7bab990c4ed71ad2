"""`claimsift explain`: one sentence's judging, gate by gate, for curators."""
import subprocess
import sys

from helpers import ROOT


def run(*arguments):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), "explain", *arguments],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_explain_a_line_of_a_file_shows_subject_gates_and_decision(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Ketamine\n\nIt is a Class B drug in the UK under the Misuse of Drugs Act.\n", encoding="utf-8")
    result = run(f"{page}:3")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "subject       ketamine (from the heading)" in out
    assert "pass subject" in out and "features" in out
    assert "decision      supports by ket-" in out


def test_explain_text_names_a_failed_gate_and_why():
    result = run("--text", "Psilocybin is a Class B drug in the UK.")
    assert result.returncode == 0, result.stderr
    assert "FAIL subject        about ketamine; the sentence is about" in result.stdout


def test_explain_a_sentence_outside_the_table():
    result = run("--text", "Zinc lozenges shorten colds.")
    assert "outside the table" in result.stdout
    assert "decision      evidence none" in result.stdout


def test_explain_without_a_line_or_on_a_line_without_a_sentence_is_one_line_and_exit_2(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("Ketamine is a Class B drug.\n", encoding="utf-8")
    for arguments in ((str(page),), (f"{page}:9",), (f"{tmp_path / 'missing.md'}:1",)):
        result = run(*arguments)
        assert result.returncode == 2, (arguments, result.stdout)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
