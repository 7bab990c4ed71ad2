"""`claimsift …` and `python -m claimsift …`: the command line of cli.py."""
from __future__ import annotations

import gc


def main() -> None:
    # As in cli.py's own `__main__` block: the cyclic collector waits until start-up has loaded (cli resumes it),
    # and the process leaves once the report is flushed instead of tearing every module down.
    gc.disable()
    import claimsift  # noqa: F401  (makes claimsift's own packages importable)
    import cli

    try:
        cli.main()
    except SystemExit as done:
        cli._finish(done.code)


if __name__ == "__main__":
    main()
