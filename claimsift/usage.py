"""What the command line needs from click beyond parsing: readable help, usage errors as one line, the version.

typer ships its own copy of click (`typer._click`), so a usage error raised while parsing is an instance of that
copy's classes, not of the installed `click` package's: both are recognised here.
"""
from __future__ import annotations

import difflib

import typer.core

PROGRAM = "claimsift"


def click_exception_types() -> tuple[type, ...]:
    """ClickException as typer raises it (its bundled copy) and as the installed click defines it."""
    types: list[type] = []
    try:
        from typer._click.exceptions import ClickException as bundled

        types.append(bundled)
    except ImportError:  # an older typer that uses the installed click
        pass
    try:
        from click.exceptions import ClickException as installed

        types.append(installed)
    except ImportError:
        pass
    return tuple(dict.fromkeys(types))


def is_help_request(error: BaseException) -> bool:
    """`claimsift` or `claimsift sources` with nothing after it: click shows the help as the error."""
    return type(error).__name__ == "NoArgsIsHelpError"


def usage_line(error: BaseException) -> str:
    """A click usage error as one line: click's message (with its "Did you mean"), then where to read more."""
    message = " ".join(error.format_message().split())
    context = getattr(error, "ctx", None)
    if type(error).__name__ == "NoSuchOption":
        name = getattr(error, "option_name", "")
        close = [f"'{p}'" for p in getattr(error, "possibilities", None) or []]
        if not close and context is not None:
            close = [hint for hint in [_option_elsewhere(name, context)] if hint]
        message = f"No such option: {name}." + (f" Did you mean {' or '.join(close)}?" if close else "")
    if context is not None:
        message += f" (see '{context.command_path} --help')"
    return message


def _option_elsewhere(name: str, context) -> str:
    """For an option given before its subcommand (`claimsift --format csv`), the subcommand that has it."""
    commands = getattr(context.command, "commands", {}) or {}
    options = {}
    for command_name, command in commands.items():
        for param in getattr(command, "params", []):
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    options.setdefault(opt, f"'{context.command_path} {command_name} {opt}'")
    close = difflib.get_close_matches(name, list(options), n=1, cutoff=0.75)
    return options[close[0]] if close else ""


def version() -> str:
    from importlib.metadata import PackageNotFoundError, version as installed_version

    try:
        return installed_version(PROGRAM)
    except PackageNotFoundError:
        return "0+unknown (not installed)"


def _argument_label(param) -> str:
    label = param.metavar or param.name.upper()
    if param.nargs != 1 and not label.endswith("..."):
        label += "..."
    return label


class Command(typer.core.TyperCommand):
    """A typer command whose help names arguments by their metavar, without Python types or braces."""

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                label = _argument_label(param)
                pieces.append(label if param.required else f"[{label}]")
        return pieces

    def format_options(self, ctx, formatter) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                help_text = param.help or ""
                arguments.append((_argument_label(param), help_text + ("" if param.required else "  [optional]")))
            else:
                record = param.get_help_record(ctx)
                if record is not None:
                    options.append(record)
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)
