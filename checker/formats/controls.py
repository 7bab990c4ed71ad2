"""Keep control characters from a document or a file name out of terminals, CI logs and XML.

ESC and OSC sequences ("\\x1b[2J", "\\x1b]0;title\\x07", OSC 8 links) would drive the reader's terminal; CR and LF
in a stderr line would let a file name forge a GitHub Actions workflow command ("::error", "::stop-commands::");
XML 1.0 forbids C0 controls, U+FFFE and U+FFFF; a file name that is not UTF-8 reaches Python as lone surrogates,
which cannot be written at all. Each such character is written as `\\uXXXX`: readable text everywhere, and the
same character again when the output is JSON.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, line and paragraph separators, surrogates, two non-characters
CONTROLS = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]"
_IN_OUTPUT = re.compile(CONTROLS)
_IN_A_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _code(match: re.Match) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def escape_controls(text: str) -> str:
    """A whole report with every dangerous character escaped; tab and newline stay (idempotent)."""
    return _IN_OUTPUT.sub(_code, text)


def one_line(text: str) -> str:
    """A message for stderr: as escape_controls, and newlines escaped too, so it stays one line."""
    return _IN_A_LINE.sub(_code, text)
