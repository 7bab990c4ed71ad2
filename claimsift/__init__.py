"""claimsift as a library.

    import claimsift

    report = claimsift.check_path("article.md")      # a pydantic Report
    for finding in report.findings:
        print(finding.line, finding.verdict.value, finding.severity.value, finding.citation)
    frame = report.to_dataframe()                    # pandas, the CSV report's columns

`check_text(text, path="<text>")` checks a string; both take an optional `checker=Checker(load_table(...))` to use
another source table. Names are loaded on first use, so `import claimsift` itself is quick.
"""
from __future__ import annotations

from importlib import import_module

from claimsift._paths import make_importable

make_importable()

# public name -> (module, attribute)
_EXPORTS = {
    "check_text": ("checker", "check_text"),
    "check_path": ("checker", "check_path"),
    "Checker": ("checker", "Checker"),
    "Thresholds": ("checker", "Thresholds"),
    "Report": ("checker.models", "Report"),
    "Finding": ("checker.models", "Finding"),
    "Verdict": ("checker.models", "Verdict"),
    "Severity": ("checker.models", "Severity"),
    "Evidence": ("checker", "Evidence"),
    "COLUMNS": ("checker.models", "COLUMNS"),
    "Skipped": ("checker.models", "Skipped"),
    "load_table": ("sources", "load_table"),
    "Document": ("claims", "Document"),
    "Sentence": ("claims", "Sentence"),
    "read_text": ("claims", "read_text"),
    "read_path": ("claims", "read_path"),
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'claimsift' has no attribute {name!r}")
    module, attribute = _EXPORTS[name]
    value = getattr(import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
