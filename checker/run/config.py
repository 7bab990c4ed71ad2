"""Configuration: `[tool.claimsift]` in pyproject.toml or a `.claimsift.toml`, found upward from the checked path.

Every value remembers where it came from, for `claimsift config`. Unknown keys are errors.
"""
from __future__ import annotations

import sys
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from checker.judging.thresholds import Thresholds

FAIL_CHOICES = ("contradicted", "promotion", "unsupported", "none")
CONFIG_FILES = (".claimsift.toml", "pyproject.toml")
MAX_CONFIG_BYTES = 1_000_000


class ConfigError(Exception):
    """The configuration is invalid; the message is one line."""


class Override(BaseModel):
    # Validators are built when first needed: a run with no configuration file and no options never builds them.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    paths: list[str] = Field(..., min_length=1, description="glob patterns, relative to the configuration file")
    fail_on: str | None = None
    thresholds: Thresholds | None = None


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    sources: list[str] = Field(default_factory=list, description="tables to use instead of the built-in one")
    add_sources: list[str] = Field(default_factory=list, description="tables to add to the built-in one")
    fail_on: str = "contradicted,promotion"
    include: list[str] = Field(default_factory=list, description="only files matching these globs")
    exclude: list[str] = Field(default_factory=list, description="skip files matching these globs")
    # strict: `true` is not a 1-byte limit and "10" is not a number
    max_file_size: StrictInt = Field(5_000_000, gt=0, description="bytes; larger files are skipped with a message")
    thresholds: Thresholds = Thresholds()
    overrides: list[Override] = Field(default_factory=list)
    author: str = Field("", description="who publishes the review, for ClaimReview")
    show: str = Field("", description="severities to report, comma-separated: error, warning, note (default: all)")
    base_url: str = Field("", description="where the checked pages are published, for ClaimReview URLs")
    review_date: str = Field("", pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD, for ClaimReview")


class Settings:
    """The effective configuration, where each value came from, and the folder relative paths start from."""

    def __init__(self, config: Config, origins: dict[str, str], base: Path, file: Path | None = None):
        self.config = config
        self.origins = origins
        self.base = base
        self.file = file  # the configuration file read, if any
        self._specs = None
        self._matched: dict[str, tuple[Override, ...]] = {}

    def fail_on_for(self, path: str) -> set[str]:
        value = self.config.fail_on
        for override in self._overrides_for(path):
            if override.fail_on is not None:
                value = override.fail_on
        return parse_fail_on(value)

    def thresholds_for(self, path: str) -> Thresholds:
        value = self.config.thresholds
        for override in self._overrides_for(path):
            if override.thresholds is not None:
                value = override.thresholds
        return value

    def _overrides_for(self, path: str) -> tuple[Override, ...]:
        if not self.config.overrides:
            return ()
        # Asked once per document and again once per finding (the exit status): resolving the path and matching
        # the globs is done once per path, with the globs compiled once per run.
        found = self._matched.get(path)
        if found is None:
            found = self._matched[path] = self._match_overrides(path)
        return found

    def _match_overrides(self, path: str) -> tuple[Override, ...]:
        if self._specs is None:
            import pathspec

            self._specs = [pathspec.PathSpec.from_lines("gitwildmatch", o.paths) for o in self.config.overrides]
            self._base = self.base.resolve()
        try:
            relative = Path(path).resolve().relative_to(self._base).as_posix()
        except (ValueError, OSError, RuntimeError):  # outside the base, or a symlink loop
            relative = Path(path).as_posix()
        return tuple(override for override, spec in zip(self.config.overrides, self._specs) if spec.match_file(relative))

    def describe(self) -> str:
        lines = []
        data = self.config.model_dump(mode="json")
        for key, value in data.items():
            if key == "thresholds":
                for name, number in value.items():
                    lines.append(f"thresholds.{name} = {number!r}  # {self.origins.get(f'thresholds.{name}', 'default')}")
                continue
            lines.append(f"{key} = {value!r}  # {self.origins.get(key, 'default')}")
        return "\n".join(lines) + "\n"


def parse_fail_on(value: str) -> set[str]:
    chosen = {v.strip().lower() for v in value.split(",") if v.strip()}
    if not chosen:  # an unset CI variable must not turn the gate off silently; "none" says so on purpose
        raise ConfigError(f"fail-on {value!r} names nothing; choose from {', '.join(FAIL_CHOICES)} ('none' fails on nothing)")
    unknown = chosen - set(FAIL_CHOICES)
    if unknown:
        raise ConfigError(f"unknown fail-on value(s) {', '.join(sorted(unknown))}; choose from {', '.join(FAIL_CHOICES)}")
    return chosen - {"none"}


def _check_globs(config: Config, origins: dict[str, str]) -> None:
    """A bad pattern is named with the option or file it came from, when loading, not mid-run."""
    groups = [("include", config.include), ("exclude", config.exclude)]
    groups += [(f"overrides[{n}].paths", o.paths) for n, o in enumerate(config.overrides)]
    if not any(patterns for _, patterns in groups):
        return  # most runs have none: pathspec is not even imported
    import pathspec

    for name, patterns in groups:
        for pattern in patterns:
            try:
                pathspec.PathSpec.from_lines("gitwildmatch", [pattern]).match_file("x")
            except Exception as error:  # re.error, ValueError: whatever the pattern compiler says
                where = origins.get(name.split("[")[0], "command line")
                shown = f"--{name}" if where == "command line" else f"{where}: {name}"
                raise ConfigError(f"{shown}: bad glob {pattern!r} ({error})") from None


SHOW_CHOICES = ("error", "warning", "note")


def parse_show(value: str) -> set[str]:
    """`--show error,warning`: the severities a report lists (Vale's MinAlertLevel, as a list). Empty: all."""
    chosen = {v.strip().lower() for v in value.split(",") if v.strip()}
    unknown = chosen - set(SHOW_CHOICES)
    if unknown:
        raise ConfigError(f"unknown --show value(s) {', '.join(sorted(unknown))}; choose from {', '.join(SHOW_CHOICES)}")
    return chosen


def find_config_file(start: Path) -> Path | None:
    try:
        here = start.resolve()
    except (OSError, RuntimeError):  # a symlink loop: reading it will say so
        here = start.absolute()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_section(candidate)):
                return candidate
    return None


def _read_toml(path: Path) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    from claims.files import ReadRefused, read_bounded

    try:
        return tomllib.loads(read_bounded(path, MAX_CONFIG_BYTES).decode("utf-8"))
    except ReadRefused as refused:
        raise ConfigError(f"{path}: {refused}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML ({error})") from None


def _has_tool_section(path: Path) -> bool:
    try:
        return "claimsift" in _read_toml(path).get("tool", {})
    except ConfigError:
        return True  # let the real load report the error


def _own_file_section(data: dict, file: Path) -> dict:
    """A .claimsift.toml holds the keys at its top level; a `[tool.claimsift]` table pasted from pyproject.toml
    (README's example) is read the same way."""
    tool = data.get("tool")
    if not isinstance(tool, dict) or "claimsift" not in tool:
        return data
    others = [key for key in data if key != "tool"] + [f"tool.{key}" for key in tool if key != "claimsift"]
    if others:
        raise ConfigError(f"{file}: {others[0]}: outside [tool.claimsift]; in a .claimsift.toml put every key either "
                          "at the top level or under [tool.claimsift], not both")
    return tool["claimsift"]


def _what_it_is(path: Path) -> str:
    """Why a --config path cannot be read as a file, in words: a folder, a device, nothing at all."""
    import stat

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "no such file"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    return "not a regular file"


def load_settings(start: Path | None = None, explicit: Path | None = None, command_line: dict | None = None) -> Settings:
    """Defaults, then the configuration file, then command-line values, each recorded with its origin."""
    file = explicit or find_config_file(start or Path.cwd())
    values: dict = {}
    origins: dict[str, str] = {}
    base = Path.cwd()
    if file is not None:
        if not file.is_file():
            raise ConfigError(f"{file}: {_what_it_is(file)}, not a configuration file")
        data = _read_toml(file)
        section = data.get("tool", {}).get("claimsift", {}) if file.name == "pyproject.toml" else _own_file_section(data, file)
        if not isinstance(section, dict):
            raise ConfigError(f"{file}: [tool.claimsift] must be a table")
        base = file.parent
        for key, value in section.items():
            values[key] = value
            origins[key] = str(file)
            if key == "thresholds" and isinstance(value, dict):
                for name in value:
                    origins[f"thresholds.{name}"] = str(file)
        for key in ("sources", "add_sources"):
            if key in values and isinstance(values[key], list):
                values[key] = [str((base / p).resolve()) if not Path(p).is_absolute() else p for p in values[key]]
    for key, value in (command_line or {}).items():
        if value is None or value == []:
            continue
        if key == "thresholds":
            merged = dict(values.get("thresholds", {}))
            merged.update(value)
            values["thresholds"] = merged
            for name in value:
                origins[f"thresholds.{name}"] = "command line"
            continue
        values[key] = value
        origins[key] = "command line"
    try:
        # Nothing to validate is the defaults, which need no validator (building Config's costs ~10 ms of start-up).
        config = Config.model_validate(values) if values else Config.model_construct()
    except ValidationError as error:
        from checker.run.config_errors import describe

        raise ConfigError(describe(error, Config, lambda key: origins.get(key, str(file) if file else "command line"))) from None
    parse_fail_on(config.fail_on)
    _check_globs(config, origins)
    parse_show(config.show)
    for override in config.overrides:
        if override.fail_on is not None:
            parse_fail_on(override.fail_on)
    return Settings(config, origins, base, file)
