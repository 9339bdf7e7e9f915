"""The command line: ``python -m <package>``, or the console script named after the
distribution once it is installed (``--help`` says what it does; :mod:`._cli`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import _cli, _cli_table

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``argv``: ``sys.argv[1:]``); returns the exit status."""
    return _cli.run(_cli_table.CLIENT, _cli_table.COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
