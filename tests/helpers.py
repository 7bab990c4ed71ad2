from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.fail(f"{path} is missing: tests read the shared inputs from ../shared beside the checkout")
    return path


SARIF_PACKAGE = "@microsoft/jest-sarif@1.0.0-beta.0"  # carries the official SARIF 2.1.0 JSON schema
SARIF_MEMBER = "package/lib/schemas/sarif-2.1.0-rtm.5.json"


def sarif_schema() -> dict:
    """The official SARIF 2.1.0 schema, fetched once from the npm registry into a cache folder."""
    import json
    import os
    import subprocess
    import tarfile

    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "claimsift-tests"
    schema = cache / "sarif-2.1.0-rtm.5.json"
    if not schema.exists():
        cache.mkdir(parents=True, exist_ok=True)
        try:
            done = subprocess.run(["npm", "pack", "--silent", SARIF_PACKAGE], cwd=cache, capture_output=True, text=True, timeout=300)
        except FileNotFoundError:
            pytest.fail("npm is needed once to fetch the official SARIF schema")
        if done.returncode != 0:
            pytest.fail(f"could not fetch the SARIF schema: {done.stderr.strip()[-300:]}")
        archive = cache / done.stdout.strip().splitlines()[-1]
        with tarfile.open(archive) as tar:
            schema.write_bytes(tar.extractfile(SARIF_MEMBER).read())
    return json.loads(schema.read_text(encoding="utf-8"))
