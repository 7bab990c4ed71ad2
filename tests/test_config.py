"""Configuration files as README shows them, and configuration errors as one line with the key and a did-you-mean."""
import re
import subprocess
import sys

import pytest

from checker.run.config import ConfigError, load_settings
from helpers import ROOT


def readme_toml_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```toml\n(.*?)```", text, re.S)


def test_readme_shows_both_forms():
    blocks = readme_toml_blocks()
    assert any(b.startswith("[tool.claimsift]") for b in blocks)
    assert any(not b.startswith("[") and "fail_on" in b for b in blocks)  # the .claimsift.toml form: keys at the top


@pytest.mark.parametrize("name", [".claimsift.toml", "pyproject.toml"])
def test_every_readme_example_works_in_either_file(tmp_path, name):
    for block in readme_toml_blocks():
        if name == "pyproject.toml" and not block.startswith("[tool.claimsift]"):
            continue  # pyproject.toml needs its section
        (tmp_path / name).write_text(block, encoding="utf-8")
        settings = load_settings(start=tmp_path)
        assert settings.config.fail_on and settings.origins["fail_on"] == str(tmp_path / name)
        assert settings.base == tmp_path


def test_readme_pyproject_example_in_a_claimsift_toml_means_the_same(tmp_path):
    (example,) = [b for b in readme_toml_blocks() if b.startswith("[tool.claimsift]")]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "pyproject.toml").write_text(example, encoding="utf-8")
    (tmp_path / "b" / ".claimsift.toml").write_text(example, encoding="utf-8")
    first, second = (load_settings(start=tmp_path / d).config.model_dump() for d in "ab")
    first["add_sources"] = second["add_sources"] = []  # resolved against each file's own folder
    assert first == second


@pytest.mark.parametrize("content, message", [
    ('fail_onn = "promotion"\n', "fail_onn: unknown key; did you mean 'fail_on'?"),
    ('max_file_size = "big"\n', "max_file_size: should be a whole number, not 'big'"),
    ('max_file_size = -1\n', "max_file_size: must be greater than 0, not -1"),
    ('[thresholds]\nmtach = 30\n', "thresholds.mtach: unknown key; did you mean 'match'?"),
    ('[thresholds]\nmatch = "high"\n', "thresholds.match: should be a number, not 'high'"),
    ('[[overrides]]\npath = ["a/**"]\n', "overrides[1].path: unknown key; did you mean 'paths'?"),
    ('exclude = "legacy/**"\n', "exclude: should be a list, not 'legacy/**'"),
    ('review_date = "tomorrow"\n', "review_date: 'tomorrow' does not have the form YYYY-MM-DD"),
    ('colour = true\n', "colour: unknown key; known keys: sources, add_sources, fail_on"),
    ('show = "error"\n[tool.claimsift]\nfail_on = "none"\n', "show: outside [tool.claimsift]; in a .claimsift.toml put every key"),
])
def test_configuration_errors_name_the_file_the_key_and_the_problem(tmp_path, content, message):
    (tmp_path / ".claimsift.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(start=tmp_path)
    assert str(raised.value).startswith(f"{tmp_path / '.claimsift.toml'}: {message}")
    assert "Extra inputs" not in str(raised.value) and "Input should" not in str(raised.value)


def test_a_configuration_error_is_one_line_on_the_command_line(tmp_path):
    (tmp_path / ".claimsift.toml").write_text('fail_onn = "promotion"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("Ketamine is a Class B drug in the UK.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "check", "a.md"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr == f"claimsift: error: {tmp_path / '.claimsift.toml'}: fail_onn: unknown key; did you mean 'fail_on'?\n"
