"""Check a corpus of documents on Dask and write the report as partitioned Parquet or CSV.

The corpus is a table with an id and a text column (and optionally a format column): a Parquet file or folder,
a CSV file, or a JSON-lines file. It becomes a dask DataFrame whose partitions are cut by bytes of input
(`partition_size`), never by the number of workers, so the same corpus gives the same output files on a laptop and
on a cluster.

Each partition is one task. The task checks its documents one by one with `check_text`, the library call behind
`claimsift check`, with the row's id as the path and the reader named by the row's format (md, html, txt), else by
the id's suffix when the id is a file name, else plain text. It turns the findings into the CSV report's rows
(`Finding.row`, the columns of `checker.models`), writes them as `part-NNNNN.parquet` or `.csv`, and returns only a
few counts. Findings therefore never travel back through the client, and a partition's rows keep their corpus
order, then line and column within each document: the files, read in name order, are the single-process report.
Like `check_text`, and unlike `claimsift check` on files, a corpus run applies no suppression comments, baseline
or per-path overrides: ids are not paths in a repository.

The source table is loaded once by the client and scattered to every worker, so a real cluster needs neither the
user's table files nor the configuration on its disks. Each worker process builds its Checker (the BM25 index) once
and keeps it for every task with the same table and thresholds. The local cluster's workers are forked from a
forkserver that imports Dask, pandas and the checker once, while the client reads the corpus: spawned workers
each imported them again, which cost about 2 s of a 2,000-article run on two cores.

The parts are written to a hidden folder beside OUTPUT, which is renamed into place only when every part is there:
OUTPUT is whole or absent. On a real cluster the workers read INPUT and write into that folder themselves (Dask's
convention), so both must be on a filesystem the workers share at the same path; a run where the workers' files
do not appear beside OUTPUT fails rather than leaving an empty report. Documents that cannot be read (undecodable
bytes, no text, an unknown format) are listed in `_skipped.csv` in OUTPUT and counted; they never stop the run.

Dask and pyarrow are the `corpus` extra and are imported only here, inside functions, so that `claimsift check`
starts without them. The workers need claimsift installed too. Like spawn, forkserver imports the calling script
again in each worker: a script calling `check_corpus` without a scheduler must do it under
`if __name__ == "__main__":`.
"""
from __future__ import annotations

import math
import os
import re
import shutil
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from checker.models import COLUMNS, EXTRA_COLUMNS, Verdict
from checker.judging.thresholds import DEFAULT, Thresholds

OUTPUT_FORMATS = ("parquet", "csv")
REPORT_COLUMNS = COLUMNS + EXTRA_COLUMNS
SKIPPED_FILE = "_skipped.csv"  # a leading underscore: Parquet readers ignore it when reading the folder
# About a second of checking per partition on the 2-core development machine: enough tasks to balance two workers
# on a few MB, few enough that Dask's per-task cost (milliseconds) does not show.
DEFAULT_PARTITION_SIZE = 256_000
# A row's `format` value → the reader claims.read_text uses.
FORMAT_NAMES = {
    "md": "markdown", "markdown": "markdown", "mdx": "markdown",
    "html": "html", "htm": "html",
    "txt": "text", "text": "text",
}
SYNCHRONOUS = "synchronous"
# what a local worker imports before its first task; an import that fails here fails again, with its message, there
WORKER_MODULES = ["distributed", "pandas", "pyarrow", "dask.dataframe", "checker.engine", "checker.corpus"]
EXTRA_HINT = "check-corpus needs the corpus extra: pip install 'claimsift[corpus]'"


class CorpusError(Exception):
    """The corpus, the output or the cluster cannot be used; the message is one line."""


@dataclass
class CorpusResult:
    output: Path
    documents: int = 0
    sentences: int = 0
    findings: int = 0
    partitions: int = 0
    verdicts: Counter = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (id, reason)
    duplicates: list[str] = field(default_factory=list)  # ids of more than one document: their rows share a path
    elapsed: float = 0.0

    def summary_line(self) -> str:
        verdicts = ", ".join(f"{self.verdicts.get(v.value, 0)} {v.value}" for v in Verdict)
        skipped = f", {len(self.skipped)} skipped (listed in {self.output / SKIPPED_FILE})" if self.skipped else ""
        if self.duplicates:
            skipped += f", {_count(len(self.duplicates), 'duplicate id')} (first: {self.duplicates[0]!r})"
        return (f"check-corpus: {_count(self.documents, 'document')}, {_count(self.findings, 'claim')} ({verdicts})"
                f"{skipped}, {_count(self.partitions, 'partition')}, {self.elapsed:.1f} s")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# Reading -----------------------------------------------------------------------------------------------------------

def read_corpus(path: str | Path, id_column: str = "id", text_column: str = "text", format_column: str = "format",
                blocksize: int | str = DEFAULT_PARTITION_SIZE):
    """The corpus as a dask DataFrame with columns `id`, `text` and, when the input has one, `format`.

    `blocksize` is the bytes of input per partition (an int or a string such as "1MB")."""
    _require_dask()
    _dask_dataframe()
    from dask.utils import parse_bytes

    source = Path(path)
    kind = _kind_of(source)
    block = parse_bytes(blocksize)
    if block < 1:
        raise CorpusError(f"partition size must be at least 1 byte, not {blocksize!r}")
    # absolute, because a real cluster's workers do not share the client's working folder
    frame, size = _READERS[kind](source.absolute(), block)
    if id_column == text_column:
        raise CorpusError(f"the id and text columns must differ (both are {id_column!r})")
    for wanted, option in ((id_column, "--id-column"), (text_column, "--text-column")):
        if wanted not in frame.columns:
            found = ", ".join(map(str, frame.columns)) or "none"
            raise CorpusError(f"{path}: no column {wanted!r} (columns: {found}); choose one with {option}")
    names = {id_column: "id", text_column: "text"}
    if format_column in frame.columns and format_column not in names:
        names[format_column] = "format"
    frame = frame[list(names)].rename(columns=names)
    wanted_partitions = max(1, math.ceil(size / block))
    if frame.npartitions < wanted_partitions:
        # a large CSV or Parquet row group arrives as one partition; split it so every worker gets some
        frame = frame.repartition(npartitions=wanted_partitions)
    return frame


def _kind_of(source: Path) -> str:
    if not source.exists():
        raise CorpusError(f"{source}: no such file or directory")
    if source.is_dir():
        if not any(source.rglob("*.parquet")):
            raise CorpusError(f"{source}: a folder corpus must hold .parquet files, and this one holds none")
        return "parquet"
    suffix = source.suffix.lower()
    kinds = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "json", ".json": "json", ".ndjson": "json"}
    if suffix not in kinds:
        raise CorpusError(f"{source}: unknown corpus format {suffix or '(no suffix)'!r}; "
                          "use a .parquet file or folder, a .csv file or a .jsonl file (JSON lines)")
    if not os.access(source, os.R_OK):
        raise CorpusError(f"{source}: permission denied")
    return kinds[suffix]


def _read_parquet(source: Path, block: int):
    import dask.dataframe as dd
    import pyarrow
    import pyarrow.dataset

    try:
        dataset = pyarrow.dataset.dataset(source, format="parquet")
        # uncompressed bytes, the measure closest to the text the checker will read
        size = sum(
            fragment.metadata.row_group(i).total_byte_size
            for fragment in dataset.get_fragments() for i in range(fragment.metadata.num_row_groups)
        )
        return dd.read_parquet(source), size
    except (OSError, ValueError, pyarrow.ArrowException) as error:
        raise CorpusError(f"{source}: not a readable Parquet file ({_first_line(error)})") from None


def _read_csv(source: Path, block: int):
    import dask.dataframe as dd

    try:
        # One partition per file: texts hold newlines inside quotes, which splitting by bytes would cut through.
        # Everything is a string (ids such as "007" stay as written) and an empty cell is an empty text.
        frame = dd.read_csv(source, blocksize=None, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CorpusError(f"{source}: not UTF-8 text (undecodable byte at offset {error.start})") from None
    except (OSError, ValueError) as error:
        raise CorpusError(f"{source}: not a readable CSV file ({_first_line(error)})") from None
    return frame, source.stat().st_size


def _read_json_lines(source: Path, block: int):
    import dask.dataframe as dd

    try:
        # JSON lines escape newlines, so the file can be cut into blocks at line ends. dtype=False keeps
        # string ids such as "007" from becoming numbers.
        import dask

        # convert-string off: a list or a number in the text column must reach check_row as itself, not as its repr
        with dask.config.set({"dataframe.convert-string": False}):
            frame = dd.read_json(source, lines=True, orient="records", blocksize=block, dtype=False)
    except UnicodeDecodeError as error:
        raise CorpusError(f"{source}: not UTF-8 text (undecodable byte at offset {error.start})") from None
    except (OSError, ValueError) as error:
        where = _first_bad_json_line(source)
        raise CorpusError(f"{source}: not JSON lines, one object per line ({where or _first_line(error)})") from None
    return frame, source.stat().st_size


def _first_bad_json_line(source: Path) -> str | None:
    """'line N: what is wrong' for the first line that is not a JSON object; read only once reading has failed."""
    import json

    try:
        with source.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except ValueError as error:
                    return f"line {number}: {error}"
                if not isinstance(value, dict):
                    return f"line {number}: a {type(value).__name__}, not an object"
    except (OSError, UnicodeDecodeError):
        return None
    return None


_READERS = {"parquet": _read_parquet, "csv": _read_csv, "json": _read_json_lines}


# One document, one partition (on the workers) ------------------------------------------------------------------

def check_row(identifier, text, fmt, checker):
    """One corpus row checked as `claimsift check` checks a file: `check_text` with the row's id as its path.

    Raises InputError for a row that cannot be a document (no id, no text, undecodable bytes, unknown format)."""
    from checker.engine import check_text
    from claims import InputError
    from claims.document import decode

    if _missing(identifier) or str(identifier) == "":
        raise InputError("a document without an id")
    path = str(identifier)
    if _missing(text):
        raise InputError(f"{path}: no text")
    if isinstance(text, (bytes, bytearray)):
        text = decode(bytes(text), path)
    if not isinstance(text, str):  # a list or a number would be checked as its Python repr
        raise InputError(f"{path}: text is a {type(text).__name__}, not a string")
    return check_text(text, path=path, fmt=reader_for(path, fmt), checker=checker)


def reader_for(identifier: str, fmt) -> str:
    """The reader for a row: its `format` value, else the id's suffix when the id is a file name, else plain text."""
    from claims import InputError
    from claims.document import FORMATS

    if not _missing(fmt) and str(fmt).strip():
        name = str(fmt).strip().lower().lstrip(".")
        if name not in FORMAT_NAMES:
            raise InputError(f"{identifier}: unknown format {fmt!r}; use md, html or txt")
        return FORMAT_NAMES[name]
    return FORMATS.get(Path(identifier).suffix.lower(), "text")


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or type(value).__name__ == "NAType"


_CHECKERS: dict[tuple, object] = {}


def _checker_for(table, thresholds: Thresholds):
    """The worker process's Checker for this table: building the index per task would cost more than checking."""
    from checker.engine import Checker

    key = (table.fingerprint or id(table), thresholds)
    if key not in _CHECKERS:
        # A long-lived cluster serves run after run; keep only the current table's index in memory.
        _CHECKERS.clear()
        _CHECKERS[key] = Checker(table, thresholds)
    return _CHECKERS[key]


def check_partition(part, number: int, table, thresholds: Thresholds, folder: str, output_format: str) -> dict:
    """Check one partition, write its part file, return its counts: one Dask task."""
    from claims import InputError

    checker = _checker_for(table, thresholds)
    formats = part["format"] if "format" in part.columns else [None] * len(part)
    findings, skipped, sentences = [], [], 0
    for row, (identifier, text, fmt) in enumerate(zip(part["id"], part["text"], formats)):
        try:
            report = check_row(identifier, text, fmt, checker)
        except InputError as error:
            name = "" if _missing(identifier) else str(identifier)
            # without an id, only the position finds the row again
            skipped.append((name, str(error) if name else f"{error} (partition {number}, row {row})"))
            continue
        findings.extend(report.findings)
        sentences += report.sentences
    _write_part(findings, Path(folder) / part_name(number, output_format), output_format)
    return {
        "documents": len(part) - len(skipped), "sentences": sentences, "findings": len(findings),
        "verdicts": Counter(f.verdict.value for f in findings), "skipped": skipped,
        "ids": [str(i) for i in part["id"] if not _missing(i)],
    }


def part_name(number: int, output_format: str) -> str:
    return f"part-{number:05d}.{output_format}"


def _write_part(findings, path: Path, output_format: str) -> None:
    partial = path.with_name(path.name + ".partial")  # a retried task never leaves half a file under the real name
    if output_format == "csv":
        from checker.formats.csv_format import render
        from checker.models import Report

        # the CSV report's own renderer: same columns, same quoting, formula cells neutralised
        partial.write_bytes(render(Report(findings=findings)).encode("utf-8"))
    else:
        import pyarrow
        import pyarrow.parquet

        rows = [f.row() for f in findings]
        pyarrow.parquet.write_table(pyarrow.Table.from_pylist(rows, schema=_parquet_schema()), partial)
    os.replace(partial, path)


def _parquet_schema():
    """Fixed column types, so that an empty part has the same schema as a full one."""
    import pyarrow

    types = {"line": pyarrow.int64(), "column": pyarrow.int64(), "score": pyarrow.float64()}
    return pyarrow.schema([(name, types.get(name, pyarrow.string())) for name in REPORT_COLUMNS])


# The run (on the client) -------------------------------------------------------------------------------------------

def check_corpus(input: str | Path, output: str | Path, table=None, thresholds: Thresholds = DEFAULT,
                 scheduler: str | None = None, workers: int | None = None, output_format: str = "parquet",
                 partition_size: int | str = DEFAULT_PARTITION_SIZE, force: bool = False,
                 id_column: str = "id", text_column: str = "text", format_column: str = "format") -> CorpusResult:
    """Check every document of INPUT and write the report into the folder OUTPUT, whole or not at all.

    `scheduler`: None starts a local cluster of `workers` processes (default: all cores), "synchronous" runs in
    this process without a cluster, anything else is the address of a running Dask scheduler."""
    started = time.perf_counter()
    if scheduler is not None and scheduler != SYNCHRONOUS:
        check_scheduler_address(scheduler)
    _require_dask()
    if output_format not in OUTPUT_FORMATS:
        raise CorpusError(f"unknown output format {output_format!r}; choose from {', '.join(OUTPUT_FORMATS)}")
    if workers is not None and (workers < 1 or scheduler is not None):
        raise CorpusError("--workers must be at least 1" if workers < 1
                          else "--workers applies to the local cluster only, not with --scheduler")
    if table is None:
        from sources import load_table

        table = load_table()
    destination = _check_destination(Path(input), Path(output), force)
    if scheduler is None:
        _start_worker_server()  # the workers' imports happen in another process while this one reads the corpus
    corpus = read_corpus(input, id_column, text_column, format_column, partition_size)  # before a cluster starts
    with _client(scheduler, workers) as client:
        # once to every worker, rather than inside every task's arguments
        shipped = table if client is None else client.scatter(table, broadcast=True)
        folder = _fresh_folder(destination)
        try:
            counts = _run(corpus, client, shipped, thresholds, folder, output_format, input)
            result = _collect(counts, destination)
            _verify_parts(folder, len(counts), output_format)
            if result.skipped:
                _write_skipped(result.skipped, folder / SKIPPED_FILE)
            _move_into_place(folder, destination)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)  # never a partial report, also on Ctrl-C
            raise
    result.elapsed = time.perf_counter() - started
    return result


def _run(corpus, client, table, thresholds: Thresholds, folder: Path, output_format: str, source) -> list[dict]:
    import dask
    import pyarrow

    tasks = [
        dask.delayed(check_partition)(part, number, table, thresholds, str(folder), output_format)
        for number, part in enumerate(corpus.to_delayed())
    ]
    try:
        if client is None:
            return list(dask.compute(*tasks, scheduler="synchronous"))
        return _gather_in_order(client, client.compute(tasks))
    except (OSError, ValueError, UnicodeDecodeError, pyarrow.ArrowException) as error:
        raise _task_error(error, source, folder) from None


def _gather_in_order(client, futures) -> list:
    from distributed import as_completed

    position = {future.key: number for number, future in enumerate(futures)}
    results: list = [None] * len(futures)
    # One future at a time rather than client.gather: an interrupted gather leaves a waiter per future that
    # prints a traceback each when the cluster shuts down.
    try:
        for future in as_completed(futures, loop=client.loop):
            results[position[future.key]] = future.result()
    except BaseException:
        client.cancel(futures)  # a failed or interrupted run stops the other tasks instead of finishing them
        raise
    return results


def _task_error(error: Exception, source, folder: Path) -> CorpusError:
    """A read or write failure inside a task (a malformed line deep in a large file, a full disk) as one line."""
    filename = str(getattr(error, "filename", "") or "")
    if isinstance(error, OSError) and filename.startswith(str(folder)):
        return CorpusError(f"cannot write the report into {folder.parent}: {error.strerror or _first_line(error)} "
                           "(with a real cluster, OUTPUT must be on a filesystem the workers share)")
    return CorpusError(f"{source}: {_first_line(error)}")


SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")


def check_scheduler_address(address: str) -> None:
    """Refuse what cannot be a scheduler's address before anything waits on it: HOST:PORT, optionally tcp:// etc."""
    from urllib.parse import urlsplit

    problem = None
    try:
        parts = urlsplit(address if "://" in address else f"tcp://{address}")
        if parts.scheme not in SCHEMES:
            problem = f"unknown protocol {parts.scheme!r}"
        elif not parts.hostname or parts.username or parts.query or parts.fragment or parts.path not in ("", "/"):
            problem = "expected HOST:PORT"
        elif parts.port is None:
            problem = "no port"
        elif not re.fullmatch(r"[A-Za-z0-9.\-]+|[0-9A-Fa-f:.]+", parts.hostname):
            problem = "not a host name or address"
    except ValueError as error:
        problem = str(error)
    if problem:
        raise CorpusError(f"--scheduler {address!r} is not a Dask scheduler address ({problem}); "
                          f"use tcp://HOST:PORT or '{SYNCHRONOUS}'")


@contextmanager
def _client(scheduler: str | None, workers: int | None):
    if scheduler == SYNCHRONOUS:
        yield None
        return
    import logging

    import dask
    from distributed import Client, LocalCluster

    if scheduler is None:
        method = {"distributed.worker.multiprocessing-method": _start_worker_server()}
        with dask.config.set(method), LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True, host="127.0.0.1",
            # errors reach the client as task exceptions; the workers' own logs are noise on a command line
            dashboard_address=None, silence_logs=logging.CRITICAL,
            # the scheduler's health endpoint still listens: a free loopback port, not 8787 and its "in use" warning
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster, Client(cluster, set_as_default=False) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise CorpusError(f"cannot reach the Dask scheduler at {scheduler} ({_first_line(error)})") from None
    with client:
        # installed, claimsift's packages live inside it: each worker imports claimsift to find them
        from claimsift._paths import prepare_worker

        client.run(prepare_worker)
        yield client


def _start_worker_server() -> str:
    """Start the process the local workers will be forked from, and let it import their modules now.

    Dask spawns each worker by default, and each fresh interpreter imports the same modules again (about 2 s of CPU)
    and exits through a full teardown. Forked from one server that has imported them once, the workers start at
    once; and the server imports while this process reads the corpus. Where forkserver does not exist (Windows),
    workers are spawned as usual. Returns the start method; a second call finds the server running."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn"
    from multiprocessing import forkserver

    # distributed sets its own preload list on its first use of the context; by then this server is running
    multiprocessing.get_context("forkserver").set_forkserver_preload(WORKER_MODULES)
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return "forkserver"
    # Ctrl-C reaches the whole process group; the workers, forked from this server, inherit its ignoring it, so
    # only this process handles it (one line, no worker tracebacks) and stops the cluster.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)
    return "forkserver"


def _collect(counts: list[dict], destination: Path) -> CorpusResult:
    result = CorpusResult(output=destination, partitions=len(counts))
    for part in counts:
        result.documents += part["documents"]
        result.sentences += part["sentences"]
        result.findings += part["findings"]
        result.verdicts.update(part["verdicts"])
        result.skipped.extend(part["skipped"])
    seen = Counter(i for part in counts for i in part.get("ids", ()))
    result.duplicates = sorted(i for i, n in seen.items() if n > 1)
    return result


# The output folder -------------------------------------------------------------------------------------------------

def _check_destination(source: Path, destination: Path, force: bool) -> Path:
    destination = destination.absolute()
    if not destination.parent.is_dir():
        raise CorpusError(f"cannot write {destination}: folder {destination.parent} does not exist")
    if destination.exists() and not destination.is_dir():
        raise CorpusError(f"{destination} exists and is not a folder; the report is a folder of part files")
    if destination.is_dir() and any(destination.iterdir()) and not force:
        raise CorpusError(f"{destination} exists and is not empty; use --force to replace it")
    resolved = destination.resolve()
    if source.exists() and (resolved == source.resolve() or source.resolve() in resolved.parents
                            or resolved in source.resolve().parents):
        raise CorpusError(f"output {destination} overlaps the input {source}; choose another folder")
    return destination


def _fresh_folder(destination: Path) -> Path:
    # A sibling, so the final rename stays on one filesystem; hidden, so nobody takes it for a report.
    folder = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".partial", dir=destination.parent))
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)  # mkdtemp's 0700 would make the report private to its writer
    return folder


def _verify_parts(folder: Path, partitions: int, output_format: str) -> None:
    missing = [n for n in range(partitions) if not (folder / part_name(n, output_format)).is_file()]
    if missing:
        raise CorpusError(
            f"{len(missing)} of {partitions} part files did not appear in {folder.parent}: the workers must write "
            "to a filesystem this machine shares at the same path"
        )


def _write_skipped(skipped: list[tuple[str, str]], path: Path) -> None:
    import csv
    import io

    from checker.formats.controls import escape_controls
    from sources.writing import safe_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "reason"])
    writer.writerows([safe_cell(escape_controls(str(cell))) for cell in row] for row in skipped)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _move_into_place(folder: Path, destination: Path) -> None:
    if destination.exists():  # empty, or replaced with --force: move it aside first, delete it once the new one is in
        old = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".old", dir=destination.parent))
        os.replace(destination, old / destination.name)
        os.replace(folder, destination)
        shutil.rmtree(old, ignore_errors=True)
        return
    os.replace(folder, destination)


def _require_dask() -> None:
    """Fail at once, in one line, when the corpus extra is missing (find_spec does not pay for the imports)."""
    from importlib.util import find_spec

    if any(find_spec(name) is None for name in ("dask", "distributed", "pyarrow")):
        raise CorpusError(EXTRA_HINT)


def _dask_dataframe():
    try:
        import dask.dataframe
    except ImportError:  # dask without its dataframe extra
        raise CorpusError(EXTRA_HINT) from None
    return dask.dataframe


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
