"""Usage errors, --version and --help as a new user meets them."""
import re
import subprocess
import sys

import pytest

from helpers import EXAMPLES, ROOT


def run(*arguments, env=None):
    import os

    environment = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env=environment)


@pytest.mark.parametrize("arguments, expected", [
    (["--fromat", "csv"], "No such option: --fromat. Did you mean 'claimsift check --format'?"),
    (["check", str(EXAMPLES / "nhs-style-page.md"), "--fromat", "csv"], "No such option: --fromat. Did you mean '--format'?"),
    (["check"], "Missing argument 'PATH...'"),
    (["check", str(EXAMPLES / "nhs-style-page.md"), "--jobs", "abc"], "Invalid value for '--jobs'"),
    (["chek", "x.md"], "No such command 'chek'. Did you mean 'check'?"),
    (["sources", "shw", "x"], "No such command 'shw'"),
])
def test_usage_errors_are_clicks_message_on_one_line(arguments, expected):
    result = run(*arguments)
    assert result.returncode == 2
    assert result.stderr.startswith("claimsift: error: ") and expected in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("arguments", [[], ["sources"], ["baseline"]])
def test_a_bare_group_prints_its_help_and_no_error(arguments):
    result = run(*arguments)
    assert result.returncode == 2  # click's choice for a group given no command
    assert "Usage: claimsift" in result.stderr + result.stdout
    assert "error" not in result.stderr


def test_version():
    from importlib.metadata import version

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout == f"claimsift {version('claimsift')}\n"


def _commands():
    import cli
    import typer.main

    root = typer.main.get_command(cli.app)

    def walk(command, path):
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                yield from walk(sub, [*path, name])
        else:
            yield path, command

    return list(walk(root, []))


def test_every_option_and_argument_has_a_one_line_help_and_a_readable_metavar():
    commands = _commands()
    assert len(commands) >= 9
    for path, command in commands:
        for param in command.params:
            where = f"claimsift {' '.join(path)} {param.name}"
            assert param.help and "\n" not in param.help, f"{where} has no help"
            if param.param_type_name == "argument" or not getattr(param, "is_flag", False):
                assert param.metavar and re.fullmatch(r"[A-Z]+(?::[A-Z]+)?(?:\.\.\.)?", param.metavar), f"{where}: metavar {param.metavar!r}"


@pytest.mark.parametrize("path", [p for p, _ in _commands()], ids=" ".join)
def test_help_shows_no_python_types(path):
    result = run(*path, "--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert not re.search(r"<(?:list|str|int|float|path|bool)\b|list\[|\{\w", text), text
    assert text.startswith(f"Usage: claimsift {' '.join(path)} [OPTIONS]")
