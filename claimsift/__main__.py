"""`claimsift …` and `python -m claimsift …`: the command line of cli.py."""
from __future__ import annotations

import gc


def main() -> None:
    # As in cli.py's own `__main__` block: the cyclic collector waits until start-up has loaded (the program
    # resumes it), a plain `check` runs without typer, and the process leaves once the report is flushed instead
    # of tearing every module down.
    gc.disable()
    from claimsift.program import finish, main as run

    try:
        run()
    except SystemExit as done:
        finish(done.code)


if __name__ == "__main__":
    main()
