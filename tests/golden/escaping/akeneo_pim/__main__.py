# Generated from tests/fixtures/specs/escaping.yaml by akeneo-codegen. Do not edit; see README.
"""The command line: ``python -m akeneo_pim``, or ``akeneo-pim`` once the
distribution is installed (``--help`` says what it does)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import _cli, _client

__all__ = ["COMMANDS", "main"]

#: what the command line can do with each resource: export (listings), import (batch
#: upserts) and the media downloads values link to
COMMANDS = _cli.Table(
    program="akeneo-pim",
    exports=(),
    imports=(),
    media=(),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``argv``: ``sys.argv[1:]``); returns the exit status."""
    return _cli.run(_client.Client, COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
