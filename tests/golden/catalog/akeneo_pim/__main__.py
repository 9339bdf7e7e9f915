# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
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
    exports=(
        _cli.Export(
            "category",
            "list_categories",
            parents=(),
            cursor="both",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "shapes",
            "list_shapes",
            parents=(),
            cursor="search_after",
            options={"limit": "limit"},
            values=False,
        ),
    ),
    imports=(
        _cli.Import(
            "category",
            "upsert_categories",
            parents=(),
            key="code",
        ),
    ),
    media=(),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``argv``: ``sys.argv[1:]``); returns the exit status."""
    return _cli.run(_client.Client, COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
