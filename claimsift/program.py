"""The program behind the command line, free of typer: exit statuses, one-line errors, the report's writing, the
run that `check` and `baseline create` share, and the way out of the process.

`main()` reads `sys.argv`. The common `claimsift check FILES [options]` is parsed by `claimsift.quick_argv` and run
from here without loading typer and its click (about a seventh of a one-article run); every other command line,
and any form of `check` that parser is not sure of, goes to the typer app in cli.py, which parses it, shows help and
words usage errors exactly as before.
"""
from __future__ import annotations

import gc
import os
import sys
from enum import IntEnum
from pathlib import Path
from typing import List, Optional

MAX_PROBLEMS_SHOWN = 50


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1  # findings at or above the fail threshold
    USAGE = 2  # usage, configuration or input error


class UsageError(Exception):
    """A mistake the user can fix; reported as one line."""


class Exit(Exception):
    """Leave the command with this status (typer's Exit, without importing typer)."""

    def __init__(self, exit_code: int = 0):
        super().__init__(exit_code)
        self.exit_code = exit_code


def say(message: str) -> None:
    """One line on stderr; controls and newlines from file names or documents are escaped."""
    from checker.formats.controls import one_line

    line = one_line(message)
    if _ascii_only(sys.stderr):
        import typer  # click re-encodes a stream misconfigured as ASCII; keep its bytes there

        typer.echo(line, err=True)
        return
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _ascii_only(stream) -> bool:
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "ascii"
    except LookupError:
        return False


def fail(message: str) -> None:
    say(f"claimsift: error: {message}")
    raise Exit(ExitStatus.USAGE)


def load_sources(sources: Optional[List[str]], extra: Optional[List[str]]):
    from sources import load_table

    return load_table(replace=sources or None, extend=extra or None)


def format_for(fmt: Optional[str], output: Optional[Path], choices: tuple[str, ...]) -> tuple[str, bool]:
    """The format to write, and whether the output file's extension chose it."""
    from checker.formats.choice import FormatChoiceError, choose

    try:
        return choose(fmt, output, choices, terminal=sys.stdout.isatty())
    except FormatChoiceError as error:
        raise UsageError(str(error)) from None


def emit(text: str, output: Optional[Path], protected: dict[str, List[str]]) -> None:
    """Write the report to stdout or OUTPUT; never onto what the run reads (keys of `protected` name each kind)."""
    from checker.formats.controls import escape_controls

    text = escape_controls(text)
    if output is None:
        sys.stdout.write(text)
        return
    from sources.writing import same_file, write_atomically

    for role, paths in protected.items():
        if same_file(output, [p for p in paths if p not in ("-", "<stdin>")]) is not None:
            raise UsageError(f"output {output} is {role}; refusing to overwrite it")
    if not output.absolute().parent.is_dir():
        raise UsageError(f"cannot write {output}: directory {output.parent} does not exist")
    try:
        write_atomically(output.absolute(), text)
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from None


def settings_for(paths: List[str], config: Optional[Path], command_line: dict):
    from checker.run.config import load_settings

    start = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    return load_settings(start=start, explicit=config, command_line=command_line)


def run_files(paths, config, sources, extra_sources, fail_on, include, exclude, max_file_size, baseline, diff, match,
              jobs=None, views=True, more=None, force_jobs=False):
    """Shared by `check` and `baseline create`: settings, table, and the run itself."""
    from checker import Checker
    from checker.run.repository import root_of
    from checker.run.runner import RunOptions, run, show_progress

    command_line = {
        "sources": sources, "add_sources": extra_sources, "fail_on": fail_on, "include": include,
        "exclude": exclude, "max_file_size": max_file_size,
        "thresholds": {"match": match} if match is not None else None, **(more or {}),
    }
    settings = settings_for(paths, config, command_line)
    root = root_of(Path(paths[0]) if paths and paths[0] != "-" else Path.cwd(), settings.base)
    known = None
    if baseline is not None:
        from checker.run.baseline import load

        known = load(baseline)
    changed = None
    if diff is not None:
        from checker.run.gitdiff import changed_lines

        start = Path(paths[0]) if paths[0] != "-" else Path.cwd()
        changed = changed_lines(diff, start if start.is_dir() else start.parent)
    table = load_sources(settings.config.sources, settings.config.add_sources)
    checker = Checker(table, settings.config.thresholds)
    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be at least 1")
    cores = os.cpu_count() or 1
    options = RunOptions(
        paths=paths, settings=settings, baseline=known, changed=changed, progress=show_progress(),
        # more workers than cores only costs memory, unless the user says otherwise (a machine cpu_count misreads)
        jobs=(jobs or cores) if force_jobs else min(jobs or cores, cores), keep_views=views, root=root,
        before_checking=resume_collection,
    )
    report = run(options, checker)
    protected = {
        "one of the inputs": [*paths, *options.discovered], "a file of the source table": table.origins,
        "the baseline": [str(baseline)] if baseline is not None else [],
        "the configuration file": [str(settings.file)] if settings.file is not None else [],
    }
    return settings, report, protected


def check(paths: List[str], sources=None, extra_sources=None, fmt=None, output=None, fail_on=None, config=None,
          include=None, exclude=None, baseline=None, diff=None, max_file_size=None, match=None, jobs=None,
          force_jobs=False, show=None, base_url=None) -> None:
    """`claimsift check`: the report written, then Exit with the status --fail-on decides."""
    from checker.formats import NAMES, get
    from checker.run.config import parse_show
    from checker.run.runner import failing, show_progress, shown

    if fmt is None and output is None and os.environ.get("GITHUB_ACTIONS") == "true":
        fmt = "github"
    chosen_format, inferred = format_for(fmt, output, NAMES)
    settings, report, protected = run_files(
        paths, config, sources, extra_sources, fail_on, include, exclude, max_file_size, baseline, diff, match, jobs,
        views=chosen_format == "html", more={"show": show, "base_url": base_url}, force_jobs=force_jobs,
    )
    failed = failing(report, settings)  # --fail-on decides the exit status; --show only what is reported
    report = shown(report, parse_show(settings.config.show))
    report.review_author = settings.config.author
    report.review_base_url = settings.config.base_url
    report.review_date = settings.config.review_date
    emit(get(chosen_format)(report), output, protected)
    if output is not None and show_progress():
        from checker.formats.choice import written_line

        say(written_line(output, chosen_format, inferred, report))
    for unused in report.unused_suppressions:
        say(f"claimsift: {unused.path}:{unused.line}:{unused.column}: unused suppression ({unused.action})")
    for problem in report.directive_problems:
        say(f"claimsift: warning: {problem.path}:{problem.line}:{problem.column}: {problem.message}")
    report_skipped(report)
    raise Exit(ExitStatus.FINDINGS if failed else ExitStatus.OK)


def report_skipped(report) -> None:
    """One line per file left out, and exit status 2: the output is written, but it is not the whole story."""
    if report.skipped:
        for skipped in report.skipped:
            say(f"claimsift: skipped {skipped.reason}")
        raise Exit(ExitStatus.USAGE)


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM, raised where the program is so that every clean-up on the way out runs.

    Not a KeyboardInterrupt: typer would turn that into a silent exit status 130.
    """

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_interrupted(signum, frame) -> None:
    raise Interrupted(signum)


def _interrupted(signum: int) -> None:
    """Files being written were removed on the way out; say so in one line and leave at once."""
    import signal

    terminated = signum == signal.SIGTERM
    say("claimsift: terminated" if terminated else "claimsift: interrupted")
    leave(128 + signum)


# Full collections wait for this many collections of the middle generation (Python's default is 10). A run's
# long-lived objects (the index, prepared reference claims, the caches, the findings) are walked whole by every
# full collection; with the default, a run of 200 articles against 50,000 reference claims spent ~7% of its time
# there, and the cycles a run makes are short-lived: the younger generations collect them.
FULL_COLLECTION_EVERY = 100


def resume_collection() -> None:
    """Collect cycles again from here on, without walking what start-up loaded: it stays until the end."""
    if not gc.isenabled():
        gc.freeze()
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
        gc.enable()


def finish(code) -> None:
    """The end of a run as a program: flush, then leave without tearing down every module and object one by one,
    which takes longer than checking a short article. A report that could not be written is still an error."""
    if code is not None and not isinstance(code, int):  # sys.exit("message"), as the interpreter shows it
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader left early (`| head`), as during the run
        pass
    except OSError as error:
        say(f"claimsift: error: cannot write the report: {error.strerror or error}")
        code = ExitStatus.USAGE
    leave(code or 0)


def leave(code: int) -> None:
    """Exit at once: waiting for worker processes or Dask's threads at interpreter exit could hang."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(code)


def _dispatch(arguments: list[str]):
    """Run the command line; its exit status, or an exception for `main` to turn into one."""
    from claimsift.quick_argv import check_options, run_as_typer_does

    options = check_options(arguments)
    if options is not None:
        return run_as_typer_does(lambda: check(**options))
    from cli import app  # every command, its help and its usage errors

    return app(standalone_mode=False, prog_name="claimsift")


def main() -> None:
    # Pydantic looks for plugins through every installed package's entry points when it builds its first validator,
    # ~10 ms of each start-up, unless this documented setting turns plugins off. A user who wants their pydantic
    # plugins to observe claimsift sets it themselves (an empty value loads them all).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from checker.run.baseline import BaselineError
    from checker.run.config import ConfigError
    from claims import InputError
    from sources import TableError

    import signal

    signal.signal(signal.SIGINT, _raise_interrupted)
    signal.signal(signal.SIGTERM, _raise_interrupted)
    try:
        # The exit is outside the try: a SystemExit passing through would evaluate every except clause below.
        code = _dispatch(sys.argv[1:])
    except Exit as done:
        sys.exit(done.exit_code)
    except _typer_exit() as done:
        sys.exit(done.exit_code)
    except Interrupted as stop:
        _interrupted(stop.signum)
    except _click_exceptions() as error:  # a usage error found while parsing: click's message, one line
        from claimsift.usage import is_help_request, usage_line

        if is_help_request(error):
            error.show()
        else:
            say(f"claimsift: error: {usage_line(error)}")
        sys.exit(ExitStatus.USAGE)
    except TableError as error:
        for problem in error.problems[:MAX_PROBLEMS_SHOWN]:
            say(f"claimsift: error: {problem}")
        if len(error.problems) > MAX_PROBLEMS_SHOWN:
            say(f"claimsift: error: … and {len(error.problems) - MAX_PROBLEMS_SHOWN} more problems in the source table")
        sys.exit(ExitStatus.USAGE)
    except (InputError, UsageError, ConfigError, BaselineError, *_loaded("checker.run.gitdiff", "DiffError"),
            *_loaded("checker.corpus", "CorpusError")) as error:
        say(f"claimsift: error: {error}")
        sys.exit(ExitStatus.USAGE)
    except KeyboardInterrupt:
        _interrupted(signal.SIGINT)
    except BrokenPipeError:
        sys.exit(ExitStatus.OK)
    except Exception as error:  # the promise is one line and exit 2, never a traceback
        if os.environ.get("CLAIMSIFT_DEBUG"):
            raise
        say(f"claimsift: error: internal error: {type(error).__name__}: {error}")
        sys.exit(ExitStatus.USAGE)
    sys.exit(code if isinstance(code, int) else ExitStatus.OK)


# The except clauses below name classes of modules a quick `check` never loads; an empty tuple matches nothing.

def _typer_exit() -> tuple[type, ...]:
    typer = sys.modules.get("typer")
    return (typer.Exit,) if typer is not None else ()


def _click_exceptions() -> tuple[type, ...]:
    """click's errors, once typer parsed the command line (only its parser raises them)."""
    if "typer" not in sys.modules:
        return ()
    from claimsift.usage import click_exception_types

    return click_exception_types()


def _loaded(module_name: str, error_name: str) -> tuple[type, ...]:
    """An error class of a module only some commands load (--diff's git, check-corpus's Dask), if it was loaded:
    only that module raises it, and importing it would cost every other command start-up time."""
    module = sys.modules.get(module_name)
    return (getattr(module, error_name),) if module is not None else ()
