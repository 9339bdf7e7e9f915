"""The dialect interface, and the generic dialect every other one refines."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..loader.naming import NamingOverrides

#: ``warn(pointer, message)``: how a fix-up reports what it changed.
Warn = Callable[[str, str], None]


class MethodNaming(str, Enum):
    """Where method names come from (see README, "Naming")."""

    #: the snake_case ``operationId``; the path shape when an operation has none
    OPERATION_ID = "operation_id"
    #: verbs from the HTTP method and the path shape (``list``, ``get``, ``create``, ...)
    PATH_SHAPE = "path_shape"


class Dialect:
    """Plain OpenAPI: the behaviour of every stage when no vendor dialect claims a document.

    Subclasses override the attributes and hooks their API needs; instances are stateless.
    """

    #: the dialect's name, as reports and ``--dialect`` spell it
    name: str = "generic"
    method_naming: MethodNaming = MethodNaming.OPERATION_ID
    #: resource names from tags are made plural (``Family`` -> ``families``)
    pluralize_tags: bool = False
    #: request media types that carry one JSON object a line (a batch), lower case
    line_delimited_types: tuple[str, ...] = ()
    #: multipart string parts that the API reads as JSON documents (typed as JSON objects)
    json_parts: frozenset[str] = frozenset()
    #: Swagger 2.0 without security definitions: operations under this path prefix take a
    #: bearer token (None: only those that opt out with ``x-no-token`` say so)
    bearer_paths: str | None = None
    #: a JSON array sent with PATCH/PUT to a collection is a batch answered by per-item statuses
    #: (plain OpenAPI: it is one JSON body like any other)
    array_batches: bool = False
    #: reply headers (lower case) that carry the code of a file an upload created, tried before
    #: ``Location``
    code_headers: tuple[str, ...] = ()
    #: the query parameter that takes the runtime's ``Search`` filter builder (None: no such one)
    filter_parameter: str | None = None
    #: models with a ``values`` map of attribute code to lists of ``{locale, scope, data}`` hold
    #: Akeneo product values (:attr:`generator.ir.Model.value_access`)
    product_values: bool = False
    #: the naming file shipped with the dialect (same format as ``--naming``), applied first
    naming_file: Path | None = None
    #: the generated client's class name (the async one is ``Async`` + it); None: ``Client``
    client_class: str | None = None
    #: the prefix of the client's environment variables; None: the package name in capitals
    env_prefix: str | None = None
    #: the reply statuses that mean success
    success_statuses: tuple[int, ...] = tuple(range(200, 300))

    def detect(self, doc: Any) -> bool:
        """Whether this dialect describes ``doc`` (the parsed file, before any upgrade)."""
        return False

    def before_upgrade(self, source: dict[str, Any], warn: Warn) -> dict[str, Any]:
        """The document to upgrade: ``source`` itself (never changed in place), or a repaired
        copy for a dialect whose files need fixing before they can be read as 2.0 / 3.x."""
        return source

    def after_upgrade(self, source: dict[str, Any], upgraded: dict[str, Any], warn: Warn) -> None:
        """Fix-ups of the upgraded OpenAPI 3.1 document (in place); ``source`` is the parsed
        input, unchanged."""

    @cached_property
    def naming(self) -> NamingOverrides:
        """The built-in naming overrides (none for the generic dialect)."""
        from ..loader.naming import NamingOverrides  # noqa: PLC0415 (the loader imports dialects)

        return NamingOverrides.load(self.naming_file) if self.naming_file is not None else NamingOverrides()

    def __repr__(self) -> str:
        return f"<dialect {self.name}>"


GENERIC = Dialect()
