# Generated from tests/fixtures/specs/mini.yaml by akeneo-codegen. Do not edit; see README.
"""What the command line (``python -m akeneo_pim``, or ``akeneo-pim`` once the
distribution is installed) can do with each resource, and the client it does it with."""

from __future__ import annotations

from . import _cli, _client

__all__ = ["CLIENT", "COMMANDS"]

#: the client class the commands connect with
CLIENT = _client.Akeneo

#: what the command line can do with each resource: export (listings), import (batch
#: upserts) and the media downloads values link to
COMMANDS = _cli.Table(
    program="akeneo-pim",
    exports=(
        _cli.Export(
            "families",
            "list",
            parents=(),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
    ),
    imports=(
        _cli.Import(
            "families",
            "upsert_many",
            parents=(),
            key="code",
        ),
    ),
    media=(),
)
