"""What the command line can do with each resource: the table ``__main__`` is generated with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Export", "Import", "Media", "Table"]


@dataclass(frozen=True)
class Export:
    """A resource ``export`` walks: its listing method.

    Attributes:
        resource: the client's attribute (``products``).
        method: the listing method (``list``).
        parents: the listing's path parameters: the codes given after the resource name.
        cursor: how its pages are walked (``search_after``, ``page``, ``both``: the listing
            uses ``search_after`` unless told otherwise, ``none``); ``--help`` tells it.
        options: export option (``search``, ``locales``, ``scope``, ``attributes``, ``limit``)
            -> the listing's argument it goes to.
        values: its items hold product values (``download-media`` reads their media).
    """

    resource: str
    method: str
    parents: tuple[str, ...] = ()
    cursor: str = "page"
    options: Mapping[str, str] = field(default_factory=dict)
    values: bool = False


@dataclass(frozen=True)
class Import:
    """A resource ``import`` writes: its batch upsert method.

    Attributes:
        resource: the client's attribute.
        method: the batch method (``upsert_many``).
        parents: its path parameters: the codes given after the resource name.
        key: the field naming each item in results (``identifier``, ``uuid``, ``code``).
    """

    resource: str
    method: str
    parents: tuple[str, ...] = ()
    key: str = "code"


@dataclass(frozen=True)
class Media:
    """A download operation media values link to (``_links.download.href``).

    Attributes:
        resource: the client's attribute (``media_files``).
        method: the download method (``download``).
        path: its path template (``/api/rest/v1/media-files/{code}/download``): a link is
            matched against it, its placeholders giving the method's arguments.
        size_method: a method of the same resource answering the file's metadata with its
            ``size`` (``get``), to skip files already downloaded; None when there is none.
    """

    resource: str
    method: str
    path: str
    size_method: str | None = None


@dataclass(frozen=True)
class Table:
    """Everything the command line knows of the API.

    Attributes:
        program: the command's name (the distribution's: ``akeneo-pim``).
        exports: the listable resources.
        imports: the batch-upsertable resources.
        media: the media downloads.
    """

    program: str
    exports: tuple[Export, ...] = ()
    imports: tuple[Import, ...] = ()
    media: tuple[Media, ...] = ()

    def export(self, resource: str) -> Export | None:
        """The export of ``resource``, if it has one."""
        return next((e for e in self.exports if e.resource == resource), None)

    def import_(self, resource: str) -> Import | None:
        """The import of ``resource``, if it has one."""
        return next((i for i in self.imports if i.resource == resource), None)

    @property
    def media_sources(self) -> tuple[Export, ...]:
        """The exports whose items hold product values (media references)."""
        return tuple(e for e in self.exports if e.values) if self.media else ()
