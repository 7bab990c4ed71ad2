"""The quick `check` parser gives check what typer gives it, and leaves typer every form it is not sure of."""
import inspect
import subprocess
import sys

import pytest

from helpers import EXAMPLES, ROOT

ARTICLE = str(EXAMPLES / "nhs-style-page.md")


def _typer_check_command():
    import cli
    import typer.main

    return typer.main.get_command(cli.app).commands["check"]


def test_the_table_of_options_is_checks_own():
    from claimsift.quick_argv import OPTIONS

    expected = {}
    for param in _typer_check_command().params:
        if param.param_type_name != "option":
            assert param.name == "paths"
            continue
        kind = "flag" if param.is_flag else "many" if param.multiple else None
        for opt in param.opts:
            expected[opt] = (param.name, kind)
    assert set(OPTIONS) == set(expected)
    for opt, (name, kind) in expected.items():
        assert OPTIONS[opt][0] == name
        assert OPTIONS[opt][1] == kind if kind else OPTIONS[opt][1] not in ("flag", "many")


def _as_typer_passes_them(arguments, monkeypatch):
    import cli

    seen = {}

    def recording(paths, **options):
        seen.update(paths=paths, **options)

    monkeypatch.setattr(cli, "_check", recording)
    cli.app(args=arguments, standalone_mode=False, prog_name="claimsift")
    return seen


def _with_defaults(options):
    from claimsift.program import check

    bound = inspect.signature(check).bind(**options)
    bound.apply_defaults()
    return dict(bound.arguments)


@pytest.mark.parametrize("arguments", [
    ["check", ARTICLE],
    ["check", ARTICLE, "-", "examples"],
    ["check", ARTICLE, "-f", "csv", "-o", "out.csv", "--fail-on", "none"],
    ["check", "--format=json", ARTICLE, "--output=report.json", "--jobs", "2", "--force-jobs"],
    ["check", ARTICLE, "--sources", "a", "--sources=b", "--add-sources", "c", "--include", "*.md", "--exclude", "x/*"],
    ["check", ARTICLE, "--config", "c.toml", "--baseline", "b.json", "--diff", "main", "--max-file-size", "1000"],
    ["check", ARTICLE, "--match-threshold", "72.5", "--show", "error,warning", "--base-url", "https://example.org/"],
    ["check", ARTICLE, "--match-threshold", "80", "-j", "1", "--show=note"],
])
def test_plain_forms_give_check_what_typer_gives_it(arguments, monkeypatch):
    from claimsift.quick_argv import check_options

    quick = check_options(arguments)
    assert quick is not None
    assert _with_defaults(quick) == _as_typer_passes_them(arguments, monkeypatch)


@pytest.mark.parametrize("arguments", [
    [], ["--version"], ["claims", ARTICLE], ["check"], ["check", "--help"], ["check", ARTICLE, "--help"],
    ["check", ARTICLE, "--", "-odd.md"], ["check", ARTICLE, "-fcsv"], ["check", ARTICLE, "-f=csv"],
    ["check", ARTICLE, "--format"], ["check", ARTICLE, "--format", "--jobs"], ["check", ARTICLE, "--form", "csv"],
    ["check", ARTICLE, "--jobs", "-1"], ["check", ARTICLE, "--jobs", " 5"], ["check", ARTICLE, "--jobs", "+5"],
    ["check", ARTICLE, "--jobs", "5_0"], ["check", ARTICLE, "--jobs", "2.0"], ["check", ARTICLE, "--jobs", "٣"],
    ["check", ARTICLE, "--match-threshold", "nan"], ["check", ARTICLE, "--match-threshold", "1e2"],
    ["check", ARTICLE, "--jobs", "5", "--jobs", "6"], ["check", ARTICLE, "-f", "csv", "--format", "json"],
    ["check", ARTICLE, "--force-jobs=1"], ["check", ARTICLE, "--output="], ["check", ARTICLE, "-o", ""],
    ["check", "-f", "csv"], ["--fromat", "csv", "check", ARTICLE],
])
def test_every_other_form_goes_to_typer(arguments):
    from claimsift.quick_argv import check_options

    assert check_options(arguments) is None


def test_shell_completion_goes_to_typer(monkeypatch):
    from claimsift.quick_argv import check_options

    monkeypatch.setenv("_CLAIMSIFT_COMPLETE", "bash_complete")
    assert check_options(["check", ARTICLE]) is None


def _modules_after(*arguments):
    script = (
        "import sys\n"
        f"sys.argv = ['claimsift', *{list(arguments)!r}]\n"
        "from claimsift.program import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    code = done.code\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click')), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    return done.stderr.strip().splitlines()[-1]


def test_a_plain_check_never_loads_typer_or_click():
    assert _modules_after("check", ARTICLE, "-f", "csv", "--fail-on", "none") == "0 []"


def test_a_plain_checks_error_is_one_line_without_typer(tmp_path):
    assert _modules_after("check", str(tmp_path / "missing.md")) == "2 []"
    done = subprocess.run([sys.executable, "cli.py", "check", str(tmp_path / "missing.md")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("claimsift: error: ") and len(done.stderr.splitlines()) == 1


def test_a_broken_pipe_is_status_1_as_under_typer(tmp_path):
    # typer's main turns a broken pipe inside a command into status 1; the quick path keeps that
    script = (
        "import sys, errno\n"
        "from claimsift.quick_argv import run_as_typer_does\n"
        "def command():\n    raise BrokenPipeError(errno.EPIPE, 'Broken pipe')\n"
        "try:\n    run_as_typer_does(command)\nexcept SystemExit as done:\n    print(done.code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "1"
