"""What `pip install` puts into site-packages: `claimsift` and nothing else, so no other distribution's `cli` or
`checker` is overwritten, and `import claimsift` works beside them."""
import configparser
import os
import subprocess
import sys
import zipfile

import pytest

from helpers import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    import shutil

    folder = tmp_path_factory.mktemp("wheel")
    # built from a clean copy of the checkout: a build/ folder left by an earlier build could carry stale modules
    source = folder / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis", ".pytest_cache"))
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), str(source)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    (built,) = folder.glob("claimsift-*.whl")
    return built


def test_the_wheel_holds_only_the_claimsift_package(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/")[0] for name in names} == {"claimsift", wheel.name.split("-py3")[0] + ".dist-info"}
    for expected in ("claimsift/_lib/cli.py", "claimsift/_lib/checker/engine.py", "claimsift/_lib/claims/readers/html.py",
                     "claimsift/_lib/sources/data/claims.csv", "claimsift/_lib/checker/formats/sarif_format.py"):
        assert expected in names
    assert not [n for n in names if n.startswith(("claimsift/_lib/tests", "claimsift/_lib/benchmarks"))]


def test_the_wheel_holds_every_module_and_data_file_of_the_checkout(wheel):
    """A sub-package or data file added to the checkout but not to pyproject.toml would be missing once installed."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("claims", "sources", "checker"):
        for file in (ROOT / package).rglob("*"):
            if file.is_file() and file.suffix in (".py", ".csv", ".json") and "__pycache__" not in file.parts:
                assert f"claimsift/_lib/{file.relative_to(ROOT).as_posix()}" in names, file


def test_the_entry_point_cannot_collide(wheel):
    archive = zipfile.ZipFile(wheel)
    entry_points = next(n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt"))
    parser = configparser.ConfigParser()
    parser.read_string(archive.read(entry_points).decode())
    assert dict(parser["console_scripts"]) == {"claimsift": "claimsift.__main__:main"}


def test_installed_it_works_beside_other_checker_and_cli_modules(wheel, tmp_path):
    target, decoys = tmp_path / "site", tmp_path / "others"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(p.name for p in target.iterdir() if not p.name.endswith(".dist-info")) == ["bin", "claimsift"]  # bin: the script
    for name in ("checker", "claims", "sources"):  # other distributions' packages of the same names, found first
        (decoys / name).mkdir(parents=True)
        (decoys / name / "__init__.py").write_text(f"raise ImportError('the other {name}')\n", encoding="utf-8")
    (decoys / "cli.py").write_text("raise ImportError('the other cli')\n", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(decoys), str(target)])}
    library = subprocess.run([sys.executable, "-c", (
        "import claimsift\n"
        "report = claimsift.check_text('Ketamine is a Class B drug in the UK.')\n"
        "assert isinstance(report, claimsift.Report) and isinstance(report.findings[0], claimsift.Finding)\n"
        "print(report.findings[0].verdict.value, report.to_dataframe().shape[0])\n"
        f"print(len(claimsift.check_path({str(EXAMPLES / 'nhs-style-page.md')!r}).findings) > 0)\n"
    )], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300)
    assert library.returncode == 0, library.stderr[-2000:]
    assert library.stdout.split() == ["supported", "1", "True"]
    program = subprocess.run([sys.executable, "-m", "claimsift", "check", str(EXAMPLES / "nhs-style-page.md"), "--format", "csv",
                              "--fail-on", "none"], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300)
    assert program.returncode == 0, program.stderr[-2000:]
    assert program.stdout.startswith("path,line,column,kind,claim,verdict")


def test_the_public_names():
    import claimsift

    assert {"check_text", "check_path", "Report", "Finding", "Verdict", "Severity", "Evidence", "Checker",
            "load_table"} <= set(claimsift.__all__)
    assert claimsift.check_text("Ketamine is a Class B drug in the UK.").findings[0].severity.value == "note"
    with pytest.raises(AttributeError):
        claimsift.no_such_name
