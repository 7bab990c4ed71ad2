"""The CSV report's shortcut: a row it lets through untouched is one that escaping and quoting cell by cell leave alone."""
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.formats.controls import escape_controls
from checker.formats.csv_format import _may_need_care
from sources.writing import safe_cell

PIECES = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", " ", "\u00a0", "\x1b", "\x9b", "\u2028", "\ud800", "\ufffe",
                          "a", "1", "Ketamine is a Class B drug.", "=HYPERLINK(1)", "'"])
CELLS = st.one_of(st.lists(PIECES, max_size=6).map("".join), st.text(max_size=12), st.integers(), st.floats())


def _careful(row: list) -> list:
    return [safe_cell(escape_controls(v)) if isinstance(v, str) else v for v in row]


@settings(max_examples=2000, derandomize=True)
@given(st.lists(CELLS, min_size=1, max_size=19))
def test_a_row_passed_through_is_what_the_cell_by_cell_path_writes(row):
    if not _may_need_care(row):
        assert _careful(row) == row
