"""What the command line of the generated package can do, computed from the IR.

``package/_cli_table.py.jinja`` lays this table out; the hand-written command line
(``templates/static/_cli``) reads it: every resource with a page listing can be exported, every
resource with a batch upsert imported, and the media downloads let ``download-media`` follow the
download links of the items' values (listings of models holding product values).
"""

from __future__ import annotations

from dataclasses import dataclass

from .ir import (
    Api,
    ArrayBatch,
    Download,
    JsonCall,
    NdjsonBatch,
    Operation,
    PageListing,
    Resource,
    ResultKind,
)

#: the export options: each fills the listing's query parameter of that wire name, where it has one
EXPORT_OPTIONS = ("search", "locales", "scope", "attributes", "limit")


@dataclass(frozen=True)
class ExportCommand:
    """A resource ``export`` walks."""

    resource: str  #: the client's attribute (``products``)
    method: str  #: the listing method (``list``; the first page listing when none is named so)
    parents: tuple[str, ...]  #: the listing's path parameters (Python names), in path order
    cursor: str  #: how its pages are walked: ``search_after``, ``page``, ``both`` or ``none``
    #: (export option, the listing's argument it fills), for the options it takes
    options: tuple[tuple[str, str], ...]
    values: bool  #: its items are models holding product values (``download-media`` reads them)


@dataclass(frozen=True)
class ImportCommand:
    """A resource ``import`` writes."""

    resource: str  #: the client's attribute
    method: str  #: the batch method (``upsert_many``; the first batch when none is named so)
    parents: tuple[str, ...]  #: its path parameters (Python names), in path order
    key: str  #: the field naming each item in results (``identifier``, ``uuid``, ``code``)


@dataclass(frozen=True)
class MediaCommand:
    """A download that media values link to."""

    resource: str  #: the client's attribute (``media_files``)
    method: str  #: the download method
    path: str  #: its path template (raw: lay it out with ``pystr``)
    #: a JSON ``GET`` of the same resource on the path the download's extends, with the same
    #: parameters (the file's metadata, with its ``size``); None without one
    size_method: str | None


@dataclass(frozen=True)
class CommandTable:
    """The command line's table (``commands`` in ``package/_cli_table.py.jinja``)."""

    program: str  #: the console script's name: the distribution's (``akeneo-pim``)
    exports: tuple[ExportCommand, ...]  #: every listable resource, in the client's order
    imports: tuple[ImportCommand, ...]  #: every batch-upsertable resource
    #: the downloads media values may link to (none when no listing holds product values)
    media: tuple[MediaCommand, ...]


def _preferred(ops: list[Operation], name: str) -> Operation | None:
    return next((o for o in ops if o.python_name == name), ops[0] if ops else None)


def _export(resource: Resource, value_models: frozenset[str]) -> ExportCommand | None:
    op = _preferred([o for o in resource.operations if isinstance(o.call, PageListing)], "list")
    if op is None:
        return None
    wire = {p.wire_name: p.python_name for p in op.query_params}
    item = op.item_type
    return ExportCommand(
        resource=resource.attr_name,
        method=op.python_name,
        parents=tuple(p.python_name for p in op.path_params),
        cursor=op.pagination.value,
        options=tuple((o, wire[o]) for o in EXPORT_OPTIONS if o in wire),
        values=item is not None and item.kind == "model" and item.name in value_models and not op.path_params,
    )


def _import(resource: Resource) -> ImportCommand | None:
    op = _preferred([o for o in resource.operations if isinstance(o.call, NdjsonBatch | ArrayBatch)], "upsert_many")
    if op is None or op.batch_key is None:
        return None
    return ImportCommand(resource.attr_name, op.python_name, tuple(p.python_name for p in op.path_params), op.batch_key)


def _media(resource: Resource) -> list[MediaCommand]:
    out = []
    for op in resource.operations:
        if not isinstance(op.call, Download) or op.http_method != "GET" or op.body.type is not None:
            continue
        names = [p.python_name for p in op.path_params]
        size = next(
            (
                o.python_name
                for o in resource.operations
                if isinstance(o.call, JsonCall)
                and o.call.result is ResultKind.MODEL
                and o.http_method == "GET"
                and o.path != op.path
                and op.path.startswith(o.path + "/")
                and [p.python_name for p in o.path_params] == names
            ),
            None,
        )
        out.append(MediaCommand(resource.attr_name, op.python_name, op.path, size))
    return out


def command_table(api: Api, program: str) -> CommandTable:
    """What the command line can do with ``api``'s resources; ``program`` is its name."""
    value_models = frozenset(m.class_name for m in api.models if m.value_access)
    exports = tuple(e for r in api.resources if (e := _export(r, value_models)) is not None)
    imports = tuple(i for r in api.resources if (i := _import(r)) is not None)
    media = tuple(m for r in api.resources for m in _media(r)) if any(e.values for e in exports) else ()
    return CommandTable(program, exports, imports, media)
