"""Which report format to write: the one asked for, or the one an output file's extension names.

An extension that does not fit the format asked for is refused (`-o report.xlsx --format csv` would be a CSV file
that a spreadsheet refuses to open), and an extension no format writes is refused when no format is given.
"""
from __future__ import annotations

from pathlib import Path

from checker.models import Report

# the extensions each format's files may have; the first format listing an extension is the one it implies
EXTENSIONS = {
    "csv": ("csv",),
    "json": ("json",),
    "sarif": ("sarif", "sarif.json", "json"),
    "html": ("html", "htm"),
    "markdown": ("md", "markdown"),
    "junit": ("xml", "junit.xml", "junit"),
    "claimreview": ("jsonld", "json", "claimreview"),
    "table": ("txt", "table"),
    "github": ("txt", "log", "github"),
}  # and a format's own name is always its extension too
DEFAULT_FOR_FILES = "csv"  # an output file with no extension


class FormatChoiceError(ValueError):
    """The format and the output file's name disagree; the message is one line."""


def extension(output: Path) -> str:
    """"csv" for report.csv, "sarif.json" for results.sarif.json, "" for no extension."""
    suffixes = [s.lower().lstrip(".") for s in output.suffixes]
    if len(suffixes) >= 2 and ".".join(suffixes[-2:]) in {e for exts in EXTENSIONS.values() for e in exts}:
        return ".".join(suffixes[-2:])
    return suffixes[-1] if suffixes else ""


def choose(fmt: str | None, output: Path | None, choices: tuple[str, ...], terminal: bool) -> tuple[str, bool]:
    """The format to write and whether it was inferred from the output's extension."""
    known = [name for name in choices if name in EXTENSIONS]
    if fmt is not None:
        if fmt not in choices:
            raise FormatChoiceError(f"unknown format {fmt!r}; choose from {', '.join(choices)}")
        suffix = extension(output) if output is not None else ""
        if suffix and suffix not in EXTENSIONS.get(fmt, ()) and suffix.rsplit(".", 1)[-1] not in EXTENSIONS.get(fmt, ()):
            fitting = ", ".join("." + e for e in EXTENSIONS.get(fmt, ()))
            raise FormatChoiceError(
                f"--output {output} has the extension .{suffix}, which does not fit --format {fmt} (use {fitting} or no extension)"
            )
        return fmt, False
    if output is None:
        return ("table" if terminal else "csv"), False
    suffix = extension(output)
    if not suffix:
        return DEFAULT_FOR_FILES, False
    for candidate in (suffix, suffix.rsplit(".", 1)[-1]):
        for name in known:
            if candidate in EXTENSIONS[name]:
                return name, True
    raise FormatChoiceError(
        f"cannot tell the report format from the extension .{suffix} of {output}; give --format ({', '.join(choices)})"
    )


def written_line(output: Path, fmt: str, inferred: bool, report: Report | None = None) -> str:
    """What `check -o FILE` says on a terminal: "wrote report.csv (csv): 37 findings, 3 errors, 5 warnings"."""
    how = f"{fmt}, from its extension" if inferred else fmt
    line = f"wrote {output} ({how})"
    if report is not None:
        severities = [f.severity.value for f in report.findings]
        line += (f": {len(severities)} finding{'s' if len(severities) != 1 else ''}, "
                 f"{severities.count('error')} errors, {severities.count('warning')} warnings")
    return line
