"""A repository run, as CI runs it: `runner.py` checks the files found, with the configuration (`config.py`, its
errors in `config_errors.py`), suppression comments (`suppressions.py`), a baseline (`baseline.py`) and the lines
changed since a git reference (`gitdiff.py`); paths are relative to the repository's root (`repository.py`)."""
