"""Test-wide setup: Hypothesis keeps its example database and caches in a temporary folder, not in the checkout."""
import atexit
import shutil
import tempfile

from hypothesis import configuration, settings
from hypothesis.database import DirectoryBasedExampleDatabase

_HOME = tempfile.mkdtemp(prefix="claimsift-hypothesis-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
configuration.set_hypothesis_home_dir(_HOME)
settings.register_profile("claimsift", database=DirectoryBasedExampleDatabase(f"{_HOME}/examples"))
settings.load_profile("claimsift")
