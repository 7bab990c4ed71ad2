"""No CSV that claimsift writes carries a live spreadsheet formula, and the table refuses them however padded."""
import csv
import io
import sys
from unittest.mock import patch

import pytest

from sources import TableError, export_table, load_table

HEADER = "id,statement,stance,source_ids,subject,key_terms,variants,finding,topic,jurisdiction\n"


def _extra(tmp_path, finding="Review.", topic="ketamine"):
    finding = finding.replace('"', '""')  # CSV quoting
    extra = tmp_path / "extra.csv"
    extra.write_text(
        HEADER + f'mine-001,Ketamine is an NMDA receptor antagonist.,supported,xu2022,ketamine,nmda,,"{finding}",{topic},INT\n',
        encoding="utf-8",
    )
    return extra


@pytest.mark.parametrize("finding", [" =HYPERLINK(\"http://evil.example\")", "\u00a0@SUM(1)", "  =1+1"])
def test_a_formula_behind_spaces_is_refused_with_its_row_and_field(tmp_path, finding):
    with pytest.raises(TableError) as caught:
        load_table(extend=[_extra(tmp_path, finding)])
    problem = caught.value.problems[0]
    assert problem.row == 2 and problem.field == "finding" and "formula" in problem.message


def test_export_neutralises_formula_like_cells_and_reads_them_back(tmp_path):
    table = load_table(extend=[_extra(tmp_path, "-5 points on MADRS; +3 with placebo")])
    export_table(table, tmp_path / "out")
    rows = list(csv.DictReader((tmp_path / "out" / "claims.csv").open(encoding="utf-8")))
    assert rows[-1]["finding"] == "'-5 points on MADRS; +3 with placebo"
    again = load_table(replace=[tmp_path / "out"])
    assert again.claims[-1].finding == "-5 points on MADRS; +3 with placebo"


def test_sources_list_csv_neutralises_cells(tmp_path, capsys):
    import cli

    arguments = ["claimsift", "sources", "list", "--format", "csv", "--add-sources", str(_extra(tmp_path, topic="+cmd|calc"))]
    with patch.object(sys, "argv", arguments), pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 0
    values = [row["value"] for row in csv.DictReader(io.StringIO(capsys.readouterr().out))]
    assert "'+cmd|calc" in values and "+cmd|calc" not in values


def test_check_corpus_skipped_file_neutralises_ids(tmp_path, capsys):
    import cli

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "a.md", "text": "Ketamine is a Class B drug in the UK."}\n{"id": "=HYPERLINK(\\"http://evil\\")", "text": null}\n'
    )
    arguments = ["claimsift", "check-corpus", str(corpus), str(tmp_path / "out"), "--scheduler", "synchronous", "-f", "csv"]
    with patch.object(sys, "argv", arguments), pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 2
    rows = list(csv.DictReader((tmp_path / "out" / "_skipped.csv").open(encoding="utf-8")))
    assert rows[0]["id"].startswith("'=")


def _problems(tmp_path, text):
    path = tmp_path / "claims.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TableError) as caught:
        load_table(extend=[path])
    return [str(p) for p in caught.value.problems]


ROW = "mine-{n},Ketamine is legal number {n}.,supported,xu2022,Review.\n"


def test_an_unterminated_quote_is_one_malformed_csv_problem_at_its_row(tmp_path):
    text = "id,statement,stance,source_ids,finding\n" + ROW.format(n=1) + 'mine-2,"Ketamine is legal.,supported,xu2022,Review.\n' + ROW.format(n=3)
    [problem] = _problems(tmp_path, text)
    assert "row 3: malformed CSV at row 3" in problem


def test_a_huge_field_is_reported_at_its_own_row(tmp_path):
    text = "id,statement,stance,source_ids,finding\n" + ROW.format(n=1) + f'mine-2,"{"x" * 200_000}",supported,xu2022,Review.\n'
    problems = _problems(tmp_path, text)
    assert any("row 3: malformed CSV at row 3 (field larger than field limit" in p for p in problems), problems


def test_duplicate_column_names_are_refused(tmp_path):
    [problem] = _problems(tmp_path, "id,statement,stance,source_ids,finding,finding\n" + ROW.format(n=1).replace("\n", ",Other.\n"))
    assert "row 1: duplicate column(s) finding" in problem
