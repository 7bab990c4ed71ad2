"""No CSV that claimsift writes carries a live spreadsheet formula, and the table refuses them however padded."""
import csv
import io
import sys
from unittest.mock import patch

import pytest

from sources import TableError, export_table, load_table

HEADER = "id,statement,stance,source_ids,subject,key_terms,variants,finding,topic,jurisdiction\n"


def _extra(tmp_path, finding="Review.", topic="ketamine"):
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
