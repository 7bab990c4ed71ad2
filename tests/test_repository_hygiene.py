"""Running the tests leaves the folder they run in as it was."""
import os
import subprocess
import sys

from helpers import ROOT


def test_property_tests_write_no_hypothesis_folder_where_they_run(tmp_path):
    # Hypothesis would put .hypothesis/ in the working folder: run from an empty one and look.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(ROOT), str(ROOT / "tests" / "test_hostile.py"), "-k", "splitter", "-x"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert list(tmp_path.iterdir()) == []
