"""`claimsift …` and `python -m claimsift …`: the command line of cli.py."""
from __future__ import annotations


def main() -> None:
    import claimsift  # noqa: F401  (makes claimsift's own packages importable)
    from cli import main as command_line

    command_line()


if __name__ == "__main__":
    main()
