"""Where claimsift's own packages live, and making them importable under their names.

The repository keeps `claims/`, `sources/`, `checker/` and `cli.py` at its top level, and they import each other by
those names. Installed, they sit inside this package (`claimsift/_lib/`), so that nothing but `claimsift` lands at
the top of site-packages next to other distributions' `cli` or `checker`; `import claimsift` puts that folder first
on `sys.path`. Worker processes started from a claimsift process inherit `sys.path`.
"""
from __future__ import annotations

import sys
from pathlib import Path

PACKAGES = ("checker", "claims", "sources")


def app_folder() -> Path:
    """`claimsift/_lib` when installed; the repository's top folder in a checkout or an editable install."""
    here = Path(__file__).resolve().parent
    bundled = here / "_lib"
    if (bundled / "checker" / "__init__.py").is_file():
        return bundled
    return here.parent


def make_importable() -> None:
    folder = app_folder()
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    for name in (*PACKAGES, "cli"):
        module = sys.modules.get(name)
        location = getattr(module, "__file__", None)
        if module is not None and location and not Path(location).resolve().is_relative_to(folder):
            raise ImportError(f"claimsift needs the module name {name!r}, but {location} was imported under it first; "
                              "import claimsift before it")


def prepare_worker() -> None:
    """Run on a remote Dask worker before claimsift's tasks: the same sys.path as here."""
    make_importable()
