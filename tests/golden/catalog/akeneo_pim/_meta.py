# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The names the runtime takes from the API description (the runtime itself is copied as is).

Settings not given as arguments are read from ``<ENV_PREFIX>_BASE_URL``, ``<ENV_PREFIX>_TOKEN``
and so on (see :mod:`._config`).
"""

from __future__ import annotations

__all__ = ["CLIENT_NAME", "ENV_PREFIX", "RATE_LIMITS", "SUCCESS_STATUSES", "USER_AGENT"]

#: the blocking client's class name (the async client's is ``"Async" + CLIENT_NAME``)
CLIENT_NAME = "Client"
#: the prefix of the environment variables the client reads its settings from
ENV_PREFIX = "AKENEO_PIM"
#: the reply statuses that mean success (any other one raises an ``APIError``)
SUCCESS_STATUSES = frozenset(range(200, 300))
#: the default ``User-Agent`` header
USER_AGENT = "akeneo-pim-python"
#: requests per second allowed per operation (``x-rate-limit``), by ``METHOD /path``
RATE_LIMITS: dict[str, float] = {}
