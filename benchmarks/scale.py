"""Speed and scale of claimsift, measured end to end in fresh processes and printed as one table.

    python benchmarks/scale.py                      # the issue's sizes: 10,000 articles, 50,000 reference claims
    python benchmarks/scale.py --articles 1000 --claims 5000 --skip-dask   # a quick look

Every figure is a wall-clock time of the real command line (`claimsift check …`, `claimsift check-corpus …`)
in a new process, with the prepared index already in the on-disk cache, as a user's second run would find
it; building the index for a new table is timed on its own row. Peak memory is the largest total resident
memory of the process and all its workers, sampled every 50 ms from /proc (Linux only).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))  # the project's packages, as the other benchmark scripts do

import corpus  # noqa: E402  (benchmarks/corpus.py, the generator)

EXAMPLE = ROOT / "examples" / "nhs-style-page.md"
SHARED_ARTICLE = ROOT.parent / "shared" / "inputs" / "ketamine-uk-article.txt"


@dataclass
class Run:
    seconds: float
    peak_mb: float
    output: str = ""


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str], env: dict | None = None) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):  # 1 means findings, which a corpus of health claims has
        raise SystemExit(f"{' '.join(command)} failed with {process.returncode}:\n{output[-2000:]}")
    return Run(seconds, peak / 1024, output)


def claimsift(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "cli", *arguments]


def check_files(folder: Path, table: Path | None, jobs: int, out: Path) -> Run:
    sources = ["--sources", str(table)] if table else []
    return measure(claimsift("check", str(folder), *sources, "--jobs", str(jobs), "-f", "csv", "-o", str(out)))


def compile_bytecode() -> None:
    """Compile the project's modules once, as `pip install` does for an installed claimsift and as Python does on
    a checkout's first run. Where PYTHONDONTWRITEBYTECODE is set (this development machine sets it), a checkout
    never gets them, and every start-up compiles some hundred modules from source first, about 0.2 s that no
    user's second run pays."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "cli.py", "checker", "claims", "sources", "claimsift"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def startup(repeats: int) -> tuple[float, float]:
    """Median wall time of one article, default table output; first uncached, then cached."""
    compile_bytecode()
    with tempfile.TemporaryDirectory() as cold_cache:
        env = {**os.environ, "CLAIMSIFT_CACHE_DIR": cold_cache}
        command = claimsift("check", str(EXAMPLE), "-f", "table")
        uncached = measure(command, env).seconds
        cached = statistics.median(measure(command, env).seconds for _ in range(repeats))
    return uncached, cached


def index_agreement() -> str:
    """Verdicts on the shared article with the index and judging every reference claim."""
    if not SHARED_ARTICLE.exists():
        return "shared article not found"
    from checker import Checker, check_path
    from checker.judging.matching import Matcher
    from sources import load_table

    table = load_table()
    rows = []
    for use_index in (True, False):
        checker = Checker(table, matcher=Matcher(table, use_index=use_index))
        rows.append([(f.line, f.column, f.verdict, f.evidence, f.reference_id) for f in check_path(str(SHARED_ARTICLE), checker).findings])
    return f"identical ({len(rows[0])} findings)" if rows[0] == rows[1] else f"DIFFERENT in {sum(a != b for a, b in zip(*rows))} findings"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=50_000, help="reference claims in the large table")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--repeats", type=int, default=9, help="runs of the one-article start-up")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    options = parser.parse_args()
    os.chdir(ROOT)

    rows: list[tuple[str, str, str]] = []  # what, figure, target

    def row(what: str, figure: str, target: str = "") -> None:
        rows.append((what, figure, target))
        print(f"  {what}: {figure}", file=sys.stderr, flush=True)

    figures: dict[str, float | str] = {}
    uncached, cached = startup(options.repeats)
    figures.update(startup_uncached_s=round(uncached, 3), startup_s=round(cached, 3))
    row("one article, cold process, table output (first run, no cache)", f"{uncached:.2f} s")
    row(f"one article, cold process, table output (median of {options.repeats})", f"{cached:.2f} s", "≤ 0.5 s")

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        half, full = work / "half", work / "full"
        written = corpus.write_articles(full, options.articles)
        corpus.write_articles(half, options.articles // 2)
        small_table, large_table = work / "table-small", work / "table-large"
        corpus.write_table(large_table, options.claims)
        corpus.write_table(small_table, max(options.claims // 10, 1))
        megabytes = written["bytes"] / 1e6

        built = measure(claimsift("check", str(EXAMPLE), "--sources", str(large_table), "-f", "csv"))
        row(f"build and cache the index of {options.claims:,} reference claims (once per table)", f"{built.seconds:.1f} s")
        measure(claimsift("check", str(EXAMPLE), "--sources", str(small_table), "-f", "csv"))

        big = check_files(full, large_table, options.jobs, work / "full.csv")
        sentences = _sentences(big.output, work / "full.csv")
        figures.update(corpus_s=round(big.seconds, 1), corpus_peak_mb=round(big.peak_mb), corpus_claims=sentences)
        row(
            f"{options.articles:,} articles ({megabytes:.0f} MB), {options.claims:,} reference claims, --jobs {options.jobs}",
            f"{big.seconds:.1f} s, {options.articles / big.seconds:,.0f} docs/s, {sentences / big.seconds:,.0f} claims/s",
            "≤ 60 s",
        )
        row("  peak memory, all processes", f"{big.peak_mb:,.0f} MB", "≤ 2,048 MB")

        small = check_files(half, large_table, options.jobs, work / "half.csv")
        ratio = big.seconds / small.seconds
        figures["doubling_ratio"] = round(ratio, 2)
        row(f"doubling the corpus ({options.articles // 2:,} → {options.articles:,} articles)", f"× {ratio:.2f}", "≤ 2.1")

        tenth = check_files(full, small_table, options.jobs, work / "tenth.csv")
        table_ratio = big.seconds / tenth.seconds
        figures["table_ratio"] = round(table_ratio, 2)
        row(f"a 10× larger table ({max(options.claims // 10, 1):,} → {options.claims:,} reference claims)", f"× {table_ratio:.2f}", "≤ 1.5")

        if not options.skip_dask:
            table_file = work / "corpus.jsonl"
            corpus.write_corpus_table(table_file, options.articles)
            folder = work / "from-table"
            _files_from_table(table_file, folder)
            files_run = check_files(folder, large_table, options.jobs, work / "files.csv")
            dask_run = measure(claimsift(
                "check-corpus", str(table_file), str(work / "dask-out"), "--sources", str(large_table),
                "--workers", str(options.jobs), "--format", "csv",
            ))
            dask_ratio = dask_run.seconds / files_run.seconds
            figures.update(dask_s=round(dask_run.seconds, 1), jobs_s=round(files_run.seconds, 1), dask_ratio=round(dask_ratio, 2))
            row(f"check-corpus on a {options.jobs}-worker local Dask cluster vs check --jobs {options.jobs}",
                f"{dask_run.seconds:.1f} s vs {files_run.seconds:.1f} s (× {dask_ratio:.2f})", "≤ 1.3")

    agreement = index_agreement()
    figures["index_agreement"] = agreement
    row("verdicts with and without the index, shared article", agreement, "identical")

    print(_table(rows))
    if options.json:
        options.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def _sentences(_output: str, report: Path) -> int:
    """Claims judged: rows of the CSV report."""
    import csv

    with report.open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in csv.DictReader(stream))


def _files_from_table(table: Path, folder: Path) -> None:
    """The same documents as files, so that check --jobs and check-corpus see the same corpus."""
    folder.mkdir()
    with table.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            record = json.loads(line)
            subfolder = folder / f"{number // 1000:03d}"
            subfolder.mkdir(exist_ok=True)
            (subfolder / f"{number:05d}.{record.get('format') or 'md'}").write_text(record["text"], encoding="utf-8")


def _table(rows: list[tuple[str, str, str]]) -> str:
    widths = [max(len(r[i]) for r in rows + [("what", "measured", "target")]) for i in range(3)]
    lines = [f"| {'what':<{widths[0]}} | {'measured':<{widths[1]}} | {'target':<{widths[2]}} |",
             f"|{'-' * (widths[0] + 2)}|{'-' * (widths[1] + 2)}|{'-' * (widths[2] + 2)}|"]
    lines += [f"| {a:<{widths[0]}} | {b:<{widths[1]}} | {c:<{widths[2]}} |" for a, b, c in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
