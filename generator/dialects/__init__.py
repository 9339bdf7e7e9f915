"""Vendor dialects: what one API's descriptions need beyond plain OpenAPI.

A dialect is detected from the parsed document (before the upgrade to OpenAPI 3.1) and then
steers the generic stages through the small :class:`Dialect` interface: its naming rules and
built-in naming file, its hooks before and after the upgrade to OpenAPI 3.1 (repairs of its
files), the meaning of its vendor keys (the media type it sends one JSON object a line, the
multipart parts that carry JSON, the paths that take a token), the reply headers that carry a
new resource's code, the query parameter that takes its filter language, and the client's
class name, environment prefix and success statuses. The generic stages name no vendor path, header or media type; they
ask the dialect. :data:`DIALECTS` is the registry, tried in order; a document no dialect claims
gets :data:`GENERIC`.
"""

from __future__ import annotations

from .akeneo import AkeneoDialect
from .base import GENERIC, Dialect, MethodNaming

#: Every known dialect, tried in order by :func:`detect_dialect`.
DIALECTS: tuple[Dialect, ...] = (AkeneoDialect(),)


def detect_dialect(doc: object) -> Dialect:
    """The first registered dialect that claims ``doc`` (a parsed 2.0 / 3.x document), else
    :data:`GENERIC`."""
    for dialect in DIALECTS:
        if dialect.detect(doc):
            return dialect
    return GENERIC


def dialect_named(name: str) -> Dialect:
    """A dialect by its name (``generic``, ``akeneo``); KeyError when unknown."""
    for dialect in (*DIALECTS, GENERIC):
        if dialect.name == name:
            return dialect
    raise KeyError(name)


__all__ = ["DIALECTS", "GENERIC", "Dialect", "MethodNaming", "detect_dialect", "dialect_named"]
