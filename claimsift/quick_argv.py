"""`claimsift check FILES [options]` parsed without typer, for the start-up of the command run most often.

Importing typer and its click, and building the app's commands, is about a seventh of checking one article. This
parser accepts only the plain forms whose meaning is certain: `check`, then paths and check's options as
`--name value`, `--name=value` or `-f value`, each non-repeatable option at most once. Anything else (help,
`--`, an unknown or abbreviated option, a value that looks like an option or does not convert, a missing
argument, shell completion) returns None, and typer parses the command line as before, with its own messages.
The values are those typer passes to cli.py's `check` (tests/test_quick_argv.py compares the two).
"""
from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

# option -> (check's parameter, kind of value); tests/test_quick_argv.py holds it to cli.py's `check`
OPTIONS = {
    "--sources": ("sources", "many"),
    "--add-sources": ("extra_sources", "many"),
    "--format": ("fmt", "text"), "-f": ("fmt", "text"),
    "--output": ("output", "path"), "-o": ("output", "path"),
    "--fail-on": ("fail_on", "text"),
    "--config": ("config", "path"),
    "--include": ("include", "many"),
    "--exclude": ("exclude", "many"),
    "--baseline": ("baseline", "path"),
    "--diff": ("diff", "text"),
    "--max-file-size": ("max_file_size", "int"),
    "--match-threshold": ("match", "float"),
    "--jobs": ("jobs", "int"), "-j": ("jobs", "int"),
    "--force-jobs": ("force_jobs", "flag"),
    "--show": ("show", "text"),
    "--base-url": ("base_url", "text"),
}
# what typer makes of each kind of value, for the plain values accepted here
CONVERT = {"text": str, "many": str, "path": Path, "int": int, "float": float}
COMPLETION_VARIABLE = "_CLAIMSIFT_COMPLETE"  # click's shell completion, keyed by the program's name


class _NotPlain(Exception):
    """The command line is not one of the plain forms: typer parses it."""


def check_options(arguments: list[str]) -> dict | None:
    """check's keyword arguments for a plain `check` command line, or None for typer to parse it."""
    if not arguments or arguments[0] != "check" or COMPLETION_VARIABLE in os.environ:
        return None
    try:
        return _parse(arguments[1:])
    except _NotPlain:
        return None


def _parse(arguments: list[str]) -> dict:
    options: dict = {"force_jobs": False}
    given: set[str] = set()
    paths: list[str] = []
    rest = iter(arguments)
    for argument in rest:
        if argument == "-" or not argument.startswith("-"):
            paths.append(argument)
            continue
        name, equals, value = argument.partition("=") if argument.startswith("--") else (argument, "", "")
        if name not in OPTIONS:
            raise _NotPlain  # --help, --, an unknown option, -fcsv
        parameter, kind = OPTIONS[name]
        if kind == "flag":
            if equals:
                raise _NotPlain
            value = True
        elif not equals:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                raise _NotPlain  # missing, or an option where click might read a value
        if not value:
            raise _NotPlain
        if kind == "many":
            options.setdefault(parameter, []).append(value)
            continue
        if parameter in given:
            raise _NotPlain
        given.add(parameter)
        options[parameter] = value if kind == "flag" else _converted(value, kind)
    if not paths:
        raise _NotPlain
    return {"paths": paths, **options}


def _converted(value: str, kind: str):
    if kind in ("int", "float") and not _plain_number(value, decimal=kind == "float"):
        raise _NotPlain  # typer validates numbers its own way (signs, spaces, other digits): it decides those
    return CONVERT[kind](value)


def _plain_number(value: str, decimal: bool) -> bool:
    """ASCII digits, with one decimal point where allowed: a number every converter reads alike."""
    whole, point, fraction = value.partition(".") if decimal else (value, "", "")
    return value.isascii() and whole.isdigit() and (not point or fraction.isdigit())


class _QuietOnBrokenPipe:
    """A stream whose flush ignores a reader that has gone, as click leaves stdout and stderr after a broken pipe."""

    def __init__(self, stream):
        self._stream = stream

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, name):
        return getattr(self._stream, name)


def run_as_typer_does(command):
    """Run the command as typer's main runs one without standalone mode: what it returns, with its two translations
    of exceptions (an interruption is status 130; a broken pipe is status 1, the streams quietened)."""
    try:
        return command()
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        sys.stdout = _QuietOnBrokenPipe(sys.stdout)
        sys.stderr = _QuietOnBrokenPipe(sys.stderr)
        sys.exit(1)
