"""Every output format, fed hostile documents and file names, stays well-formed and terminal-safe.

The same budget as tests/test_hostile.py: 60 examples with a fixed seed, CLAIMSIFT_FUZZ_EXAMPLES for a campaign.
"""
import json
from xml.etree import ElementTree

from hypothesis import given
from hypothesis import strategies as st

from checker import check_text
from checker.formats import NAMES, get
from test_hostile import BUDGET, CHECKER, FORMATS, HOSTILE_CHARACTERS, PATHS

SENTENCES = st.sampled_from([
    "Ketamine is a Class B drug in the UK. ", "Buy ketamine now at evil-shop.com for 20% off! ",
    "CBD is a proven cure for anxiety. ", "\n\n", "@octocat ", "https://evil.example/x ", "=HYPERLINK(1) ",
])
CONTROLS = st.sampled_from(["\x1b[2J", "\x1b]0;t\x07", "\x9b", "\x00", "\x0c", "\ufffe", "\uffff", "\u2028", "\x7f", "\r"])
DOCUMENTS = st.lists(st.one_of(SENTENCES, CONTROLS, HOSTILE_CHARACTERS, st.text(max_size=20)), max_size=40).map("".join)
NAMES_OF_FILES = st.lists(st.one_of(st.text(max_size=8), CONTROLS, st.just("\n::error ::x")), max_size=4).map("".join)
FORBIDDEN = set("\x1b\x07\x9b\x00\x0c\ufffe\uffff\u2028\x7f\r")
JSON_FORMATS = ("json", "sarif", "claimreview")


@BUDGET
@given(DOCUMENTS, NAMES_OF_FILES, st.sampled_from(FORMATS))
def test_every_format_is_well_formed_and_free_of_controls(text, name, fmt):
    report = check_text(text, f"{name}{PATHS[fmt]}", fmt, checker=CHECKER)
    for output_format in NAMES:
        output = get(output_format)(report)
        assert not FORBIDDEN & set(output), output_format
        assert not any("\ud800" <= c <= "\udfff" for c in output), output_format
        output.encode("utf-8")
        if output_format in JSON_FORMATS:
            json.loads(output)
        elif output_format == "junit":
            ElementTree.fromstring(output)
        elif output_format == "github":
            *annotations, summary = output.splitlines()  # workflow commands, then one summary line
            assert all(line.startswith("::") for line in annotations) and summary.startswith("claimsift: "), output
