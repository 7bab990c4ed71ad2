"""check-corpus: a corpus checked on a Dask cluster gives the single-process report, row for row, whole or not at all."""
import json
import logging
import subprocess
import sys
from unittest.mock import patch

import pandas as pd
import pytest

from checker import Checker, Report, check_text
from checker.corpus import EXTRA_HINT, SKIPPED_FILE, CorpusError, check_corpus
from checker.formats.csv_format import render
from checker.models import COLUMNS, EXTRA_COLUMNS
from helpers import EXAMPLES, ROOT, shared
from sources import load_table

PARTITION_SIZE = "4kB"  # the small corpus still makes several partitions, so their order is tested too

WRITTEN = [
    "Ketamine is a Class B drug in the UK.",
    "A single intravenous ketamine dose can reduce suicidal thoughts within a day.",
    "Buy CBD oil now at example-shop.com for 20% off!",
    "Psilocybin cures depression in everyone who tries it.",
    "Esketamine nasal spray is licensed for treatment-resistant depression.",
    "Microdosing psilocybin improves mood, according to wikipedia.org.",
    "Ketamine may potentially help with depression, some say.",
    "Our clinic's ketamine infusions are the best: book today and save £100.",
]


def corpus_documents() -> list[tuple[str, str, str | None, str]]:
    """(id, text, the row's format value, the reader the row must get), 30 documents."""
    documents = []
    for file in sorted(EXAMPLES.iterdir()):
        reader = "html" if file.suffix == ".html" else "markdown"
        text = file.read_text(encoding="utf-8")
        documents.append((file.name, text, None, reader))  # format guessed from the id's suffix
        # unique without a suffix, so only the format column can choose the reader
        documents.append((f"copy-of-{file.stem}-{file.suffix.lstrip('.')}", text, file.suffix.lstrip("."), reader))
    article = shared("inputs/ketamine-uk-article.txt").read_text(encoding="utf-8")
    documents.append(("ketamine-uk-article.txt", article, None, "text"))
    documents.append(("ketamine-again", article, "txt", "text"))
    for number, sentence in enumerate(WRITTEN):
        following = WRITTEN[(number + 3) % len(WRITTEN)]
        documents.append((f"note-{number}", f"{sentence} {following}\n", None, "text"))  # no suffix: plain text
        documents.append((f"post-{number}", f"# Post {number}\n\n{sentence}\n\n- {following}\n", "md", "markdown"))
    documents.append(("page", f"<html><body><h1>Shop</h1><p>{WRITTEN[7]}</p></body></html>", "HTML", "html"))
    documents.append(("formula", '=HYPERLINK("http://evil.example") ketamine is Class B in the UK.\n', None, "text"))
    documents.append(("empty", "", "txt", "text"))
    documents.append(("ketamine-last", article.replace("\n\n", "\n\n\n"), "txt", "text"))
    assert len(documents) == 30
    return documents


def write_corpus(documents, folder, kind: str):
    frame = pd.DataFrame([d[:3] for d in documents], columns=["id", "text", "format"])
    path = folder / f"corpus.{kind}"
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in frame.to_dict("records")), encoding="utf-8")
    elif kind == "parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def documents():
    return corpus_documents()


@pytest.fixture(scope="module")
def table():
    return load_table()


@pytest.fixture(scope="module")
def reference(documents, table) -> Report:
    """The single-process report: check_text on each document in a plain loop."""
    checker = Checker(table)
    findings = []
    for identifier, text, _, reader in documents:
        findings.extend(check_text(text, path=identifier, fmt=reader, checker=checker).findings)
    return Report(findings=findings)


@pytest.fixture(scope="module")
def cluster():
    """A two-process Dask cluster on loopback, reached by address as a real cluster would be."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR,
                      scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as local:
        yield local.scheduler_address


def read_parts(folder) -> pd.DataFrame:
    parts = sorted(folder.glob("part-*.parquet"))
    return pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)


def leftovers(parent) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("kind", ["jsonl", "parquet", "csv"])
def test_cluster_report_matches_the_single_process_report_row_for_row(kind, documents, table, reference, cluster, tmp_path):
    output = tmp_path / "report"
    result = check_corpus(write_corpus(documents, tmp_path, kind), output, table, scheduler=cluster,
                          partition_size=PARTITION_SIZE)
    got = read_parts(output)
    expected = reference.to_dataframe()
    assert list(got.columns) == COLUMNS + EXTRA_COLUMNS
    assert result.partitions > 3 and len(list(output.glob("part-*.parquet"))) == result.partitions
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert (result.documents, result.findings, result.skipped) == (30, len(expected), [])
    assert result.verdicts == expected["verdict"].value_counts().to_dict()
    assert leftovers(tmp_path) == []


def test_csv_output_is_the_csv_report_cut_into_parts(documents, table, reference, tmp_path):
    output = tmp_path / "report"
    check_corpus(write_corpus(documents, tmp_path, "jsonl"), output, table, scheduler="synchronous",
                 output_format="csv", partition_size=PARTITION_SIZE)
    parts = [p.read_text(encoding="utf-8") for p in sorted(output.glob("part-*.csv"))]
    assert len(parts) > 3
    header = parts[0].split("\n", 1)[0]
    assert all(p.split("\n", 1)[0] == header for p in parts)
    joined = parts[0] + "".join(p.split("\n", 1)[1] for p in parts[1:])
    assert joined == render(reference)  # same bytes as `claimsift check -f csv`, formula cells neutralised too
    assert "'=HYPERLINK" in joined


def test_each_worker_builds_its_checker_once(documents, table, cluster, tmp_path):
    from distributed import Client

    corpus = write_corpus(documents, tmp_path, "jsonl")

    def cached():
        import checker.corpus

        return [id(c) for c in checker.corpus._CHECKERS.values()]

    with Client(cluster, set_as_default=False) as client:
        check_corpus(corpus, tmp_path / "first", table, scheduler=cluster, partition_size=PARTITION_SIZE)
        first = client.run(cached)
        check_corpus(corpus, tmp_path / "second", table, scheduler=cluster, partition_size=PARTITION_SIZE)
        assert client.run(cached) == first
    assert all(len(ids) <= 1 for ids in first.values()) and any(first.values())


def test_unreadable_documents_are_listed_and_the_rest_checked(table, tmp_path):
    corpus = tmp_path / "corpus.parquet"
    pd.DataFrame({
        "id": ["good.md", "latin-1", "no-text", "pdf", None],
        "text": [b"# Title\n\nKetamine is a Class B drug in the UK.\n", b"caf\xe9 ketamine", None, b"Ketamine.", b"Text."],
        "format": [None, None, None, "pdf", None],
    }).to_parquet(corpus, index=False)
    result = check_corpus(corpus, tmp_path / "report", table, scheduler="synchronous")
    assert (result.documents, result.findings) == (1, 1)
    reasons = pd.read_csv(tmp_path / "report" / SKIPPED_FILE, keep_default_na=False)
    assert list(reasons["id"]) == ["latin-1", "no-text", "pdf", ""]
    assert "not UTF-8" in reasons["reason"][0] and "no text" in reasons["reason"][1]
    assert "unknown format 'pdf'" in reasons["reason"][2] and "without an id" in reasons["reason"][3]
    assert read_parts(tmp_path / "report")["path"].tolist() == ["good.md"]


def run_cli(capsys, *arguments):
    import cli

    with patch.object(sys, "argv", ["claimsift", *arguments]), pytest.raises(SystemExit) as done:
        cli.main()
    return done.value.code, capsys.readouterr().err


def test_command_line_runs_synchronously_and_reports_skipped_documents(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a.md", "text": "Ketamine is a Class B drug in the UK."}\n{"id": "b", "text": null}\n')
    code, stderr = run_cli(capsys, "check-corpus", str(corpus), str(tmp_path / "report.csv"), "--scheduler", "synchronous")
    assert code == 2, stderr  # as `check` on a folder: the report is written, the status says something was left out
    assert stderr.startswith("check-corpus: 1 document, 1 claim (1 supported, 0 unsupported, 0 promotion), 1 skipped")
    assert len(stderr.strip().splitlines()) == 1
    assert (tmp_path / "report.csv" / "part-00000.csv").read_text().count("\n") == 2  # csv, chosen by the suffix


def test_command_line_on_the_default_local_cluster(documents, reference, tmp_path):
    corpus = write_corpus(documents, tmp_path, "csv")
    done = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "check-corpus", str(corpus), str(tmp_path / "out"), "--workers", "1"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("check-corpus: 30 documents") and len(done.stderr.strip().splitlines()) == 1
    pd.testing.assert_frame_equal(read_parts(tmp_path / "out"), reference.to_dataframe(), check_dtype=False)


BAD_INPUTS = {
    "missing column": ("corpus.jsonl", '{"id": 1, "body": "Ketamine."}\n', ["--text-column", "text"], "no column 'text' (columns: id, body)"),
    "missing file": (None, None, [], "nothing.jsonl: no such file or directory"),
    "unknown suffix": ("corpus.xml", "<docs/>", [], "unknown corpus format '.xml'"),
    "broken parquet": ("corpus.parquet", "not parquet", [], "not a readable Parquet file"),
    "undecodable csv": ("corpus.csv", b"id,text\n1,caf\xe9\n", [], "not UTF-8 text"),
    "not json lines": ("corpus.jsonl", "{not json\n", [], "not JSON lines"),
    "unknown output format": ("corpus.jsonl", '{"id": 1, "text": "Ketamine."}\n', ["--format", "xml"], "unknown format 'xml'"),
    "same column twice": ("corpus.jsonl", '{"id": 1, "text": "Ketamine."}\n', ["--id-column", "text"], "must differ"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_errors_are_one_line_exit_2_and_leave_no_output(name, capsys, tmp_path):
    file, content, options, message = BAD_INPUTS[name]
    corpus = tmp_path / (file or "nothing.jsonl")
    if content is not None:
        corpus.write_bytes(content if isinstance(content, bytes) else content.encode())
    code, stderr = run_cli(capsys, "check-corpus", str(corpus), str(tmp_path / "out"), "--scheduler", "synchronous", *options)
    assert code == 2
    assert stderr.startswith("claimsift: error: ") and message in stderr, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists() and leftovers(tmp_path) == []


def test_an_existing_report_is_refused_unless_forced(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "Ketamine is a Class B drug in the UK."}\n')
    output = tmp_path / "out"
    output.mkdir()
    (output / "keep.txt").write_text("someone's work")
    code, stderr = run_cli(capsys, "check-corpus", str(corpus), str(output), "--scheduler", "synchronous")
    assert code == 2 and "exists and is not empty; use --force" in stderr
    assert (output / "keep.txt").exists()
    code, stderr = run_cli(capsys, "check-corpus", str(corpus), str(output), "--scheduler", "synchronous", "--force")
    assert code == 0, stderr
    assert sorted(p.name for p in output.iterdir()) == ["part-00000.parquet"] and leftovers(tmp_path) == []


def test_missing_dask_names_the_extra(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)  # import dask now fails as if it were not installed
    code, stderr = run_cli(capsys, "check-corpus", str(tmp_path / "corpus.jsonl"), str(tmp_path / "out"))
    assert code == 2 and stderr.strip() == f"claimsift: error: {EXTRA_HINT}"


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_run_that_fails_midway_leaves_no_partial_output(failure, documents, table, tmp_path, monkeypatch):
    import checker.corpus

    written = []
    real_write = checker.corpus._write_part

    def write_then_fail(findings, path, output_format):
        if written:
            if isinstance(failure, OSError):
                failure.filename = str(path)
            raise failure
        written.append(path)
        real_write(findings, path, output_format)

    monkeypatch.setattr(checker.corpus, "_write_part", write_then_fail)
    expected = CorpusError if isinstance(failure, OSError) else KeyboardInterrupt
    with pytest.raises(expected) as raised:
        check_corpus(write_corpus(documents, tmp_path, "jsonl"), tmp_path / "out", table, scheduler="synchronous",
                     partition_size=PARTITION_SIZE)
    if expected is CorpusError:
        assert "No space left on device" in str(raised.value)
    assert written and not (tmp_path / "out").exists() and leftovers(tmp_path) == []


def test_check_does_not_import_dask_or_pyarrow():
    probe = (
        "import sys; sys.argv = ['claimsift', 'check', '-', '--format', 'json', '--fail-on', 'none']\n"
        "import cli\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'pyarrow'})\n"
        "print(loaded, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], input="Ketamine is a Class B drug in the UK.\n",
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr
