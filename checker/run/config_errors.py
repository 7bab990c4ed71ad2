"""Configuration errors as one line a person reads: the file, the key, what is wrong, and for an unknown key
the key it probably means ("did you mean 'fail_on'?"), instead of pydantic's wording."""
from __future__ import annotations

import difflib

from pydantic import BaseModel, ValidationError

# what a value should be, by the kind of pydantic error
_EXPECTED = {
    "int": "a whole number", "float": "a number", "string": "a string", "bool": "true or false",
    "list": "a list", "dict": "a table", "model": "a table",
}


def _key(location: tuple) -> str:
    parts = []
    for part in location:
        if isinstance(part, int):
            parts[-1] += f"[{part + 1}]"  # [[overrides]] tables counted from 1, as a person counts them
        else:
            parts.append(str(part))
    return ".".join(parts)


def _model_at(model: type[BaseModel], location: tuple) -> type[BaseModel] | None:
    """The model whose key the location's last part names (Config, an Override, Thresholds)."""
    current = model
    for part in location[:-1]:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(str(part))
        if field is None:
            return None
        annotation = field.annotation
        candidates = [annotation, *getattr(annotation, "__args__", ())]
        found = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if found is None:
            for candidate in candidates:  # list[Override], Thresholds | None
                inner = next((a for a in getattr(candidate, "__args__", ()) if isinstance(a, type) and issubclass(a, BaseModel)), None)
                if inner is not None:
                    found = inner
                    break
        if found is None:
            return None
        current = found
    return current


def _problem(issue: dict, model: type[BaseModel]) -> str:
    kind = issue["type"]
    location = tuple(issue["loc"])
    if kind == "extra_forbidden":
        owner = _model_at(model, location)
        known = list(owner.model_fields) if owner is not None else []
        close = difflib.get_close_matches(str(location[-1]), known, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else (f"; known keys: {', '.join(known)}" if known else "")
        return f"unknown key{hint}"
    if kind == "missing":
        return "is required"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        words = {"greater_than": "greater than", "greater_than_equal": "at least", "less_than": "less than",
                 "less_than_equal": "at most"}[kind]
        limit = next(iter(issue.get("ctx", {}).values()), "")
        return f"must be {words} {limit}, not {issue.get('input')!r}"
    if kind == "string_pattern_mismatch":
        return f"{issue.get('input')!r} does not have the form YYYY-MM-DD" if "\\d{4}" in str(issue.get("ctx", {})) else issue["msg"]
    prefix = kind.split("_")[0]
    if prefix in _EXPECTED:
        return f"should be {_EXPECTED[prefix]}, not {issue.get('input')!r}"
    return issue["msg"][:1].lower() + issue["msg"][1:]


def describe(error: ValidationError, model: type[BaseModel], source_of) -> str:
    """One line for the first problem, unknown keys first: "FILE: KEY: PROBLEM". `source_of(key)` names where
    a top-level key was set (the file, or the command line)."""
    issues = sorted(error.errors(), key=lambda issue: issue["type"] != "extra_forbidden")
    issue = issues[0]
    location = tuple(issue["loc"])
    more = f" (and {len(issues) - 1} more problem{'s' if len(issues) > 2 else ''})" if len(issues) > 1 else ""
    return f"{source_of(str(location[0]) if location else '')}: {_key(location)}: {_problem(issue, model)}{more}"
