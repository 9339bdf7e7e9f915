"""The Akeneo PIM dialect: our spec/akeneo-pim.yaml and every version of Akeneo's upstream file.

Detected by its paths (every Akeneo operation lives under ``/api/rest/`` or ``/api/oauth/``).
Method names follow the path shape (``list``, ``get``, ``upsert_many``, ...), tags are made
plural, and the naming file shipped beside this module (``akeneo_naming.yaml``) gives the
resources and the few methods the path shape cannot name, whatever the working folder. Batches
travel as ``application/vnd.akeneo.collection+json`` (one JSON object a line), asset and
reference entity media uploads return their code in a header of their own, and ``search``
takes Akeneo's filter language. Akeneo's upstream Swagger 2.0 file gets its errata repaired
after the upgrade (:mod:`generator.loader.akeneo_dialect`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .base import Dialect, MethodNaming, Warn

#: Akeneo's batch media type: one JSON object a line.
COLLECTION_TYPE = "application/vnd.akeneo.collection+json"
#: Collections every Akeneo edition and version serves; a document with one of them under
#: ``/api/rest/v1/`` describes Akeneo's API.
_ROOTS = frozenset(
    {"products", "products-uuid", "product-models", "families", "attributes", "categories"}
    | {"channels", "locales", "currencies", "media-files", "association-types", "attribute-groups"}
)


def is_akeneo_paths(paths: object) -> bool:
    """Whether a ``paths`` object describes Akeneo's API: paths under ``/api/rest/v1/`` that
    include one of its core collections (``/api/rest/v1/families``, ...)."""
    if not isinstance(paths, dict):
        return False
    prefix = "/api/rest/v1/"
    return any(
        isinstance(path, str) and path.startswith(prefix) and path[len(prefix) :].split("/", 1)[0] in _ROOTS
        for path in paths
    )


#: Akeneo paces writes of attribute options at about 3 requests per second (its documentation);
#: the dialect marks those operations of upstream files with ``x-rate-limit``
ATTRIBUTE_OPTION_WRITE_RATE = 3.0
#: the operations it applies to: POST and PATCH on an attribute's options, one or several
ATTRIBUTE_OPTION_WRITES = (
    "POST /api/rest/v1/attributes/{attribute_code}/options",
    "PATCH /api/rest/v1/attributes/{attribute_code}/options",
    "PATCH /api/rest/v1/attributes/{attribute_code}/options/{code}",
)


class AkeneoDialect(Dialect):
    name = "akeneo"
    method_naming = MethodNaming.PATH_SHAPE
    pluralize_tags = True
    line_delimited_types = (COLLECTION_TYPE,)
    array_batches = True
    json_parts = frozenset({"product", "product_model", "category"})
    bearer_paths = "/api/rest/"
    code_headers = ("asset-media-file-code", "reference-entities-media-file-code")
    filter_parameter = "search"
    product_values = True
    naming_file = Path(__file__).resolve().parent / "akeneo_naming.yaml"
    client_class = "Akeneo"
    env_prefix = "AKENEO"
    success_statuses = (200, 201, 204, 207)  # Akeneo: only these mean success (207: a multi-status report)
    #: what a client generated without a spec (the runtime's tests) paces
    rate_limits = dict.fromkeys(ATTRIBUTE_OPTION_WRITES, ATTRIBUTE_OPTION_WRITE_RATE)

    def detect(self, doc: Any) -> bool:
        return isinstance(doc, dict) and is_akeneo_paths(doc.get("paths"))

    def after_upgrade(self, source: dict[str, Any], upgraded: dict[str, Any], warn: Warn) -> None:
        if "swagger" not in source:  # the errata are the upstream (Swagger 2.0) file's
            return
        from ..loader.akeneo_dialect import apply_akeneo_dialect  # noqa: PLC0415 (the loader imports dialects)

        host = source.get("host")
        apply_akeneo_dialect(upgraded, host=host if isinstance(host, str) else None, warn=warn)
