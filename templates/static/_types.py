"""Small shared types: one page of a list, the outcome of an upsert, JSON values."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    import httpx

__all__ = ["Auth", "JSONValue", "Page", "PageLinks", "UpsertOutcome"]

#: How a request authenticates: the access token, the client's id and secret, or not at all.
Auth: TypeAlias = Literal["bearer", "basic", "none"]

#: Any value JSON can represent.
JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"

T = TypeVar("T")


@dataclass(frozen=True)
class PageLinks:
    """The ``_links`` of a list reply: hrefs of this, the first, previous and next pages."""

    self: str | None = None
    first: str | None = None
    previous: str | None = None
    next: str | None = None

    @classmethod
    def from_dict(cls, links: object) -> PageLinks:
        """Read ``{"next": {"href": ...}, ...}``; missing or malformed links become None."""
        if not isinstance(links, Mapping):
            return cls()

        def href(name: str) -> str | None:
            entry = links.get(name)
            value = entry.get("href") if isinstance(entry, Mapping) else None
            return value if isinstance(value, str) and value else None

        return cls(href("self"), href("first"), href("previous"), href("next"))


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list endpoint.

    Attributes:
        items: the parsed ``_embedded.items``.
        links: the page's links; :attr:`next_url` is the one that matters.
        current_page: the page number (page-number pagination only).
        items_count: the total count (only when requested with ``with_count=true``).
        raw: the decoded reply as received (items included, unparsed).
    """

    items: list[T]
    links: PageLinks = field(default_factory=PageLinks)
    current_page: int | None = None
    items_count: int | None = None
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def next_url(self) -> str | None:
        """The next page's URL as given by the server, or None on the last page."""
        return self.links.next

    @property
    def has_next(self) -> bool:
        """True unless this is the last page."""
        return self.links.next is not None

    @classmethod
    def from_envelope(cls, data: Any, parse: Callable[[Any], T]) -> Page[T]:
        """Build from a decoded list reply, applying ``parse`` to each item.

        The envelope may lack ``_embedded`` (no items); a bare JSON array is accepted as the
        items of a single page.

        Raises:
            ValueError: the reply is neither an object nor an array.
        """
        if isinstance(data, list):
            return cls(items=[parse(item) for item in data], raw=data)
        if not isinstance(data, Mapping):
            raise ValueError(f"expected a list envelope (JSON object), got {type(data).__name__}")
        embedded = data.get("_embedded")
        raw_items = embedded.get("items") if isinstance(embedded, Mapping) else None
        if raw_items is None:
            raw_items = []
        if not isinstance(raw_items, list):
            raise ValueError("_embedded.items of a list reply must be an array")
        return cls(
            items=[parse(item) for item in raw_items],
            links=PageLinks.from_dict(data.get("_links")),
            current_page=_int_or_none(data.get("current_page")),
            items_count=_int_or_none(data.get("items_count")),
            raw=data,
        )

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class UpsertOutcome:
    """What a single create-or-update did: 201 created it, 204 updated it.

    ``location`` is the ``Location`` header (the resource's URL); ``code`` is the resource code
    read from it (the path after ``collection_path`` when given, else the last segment).
    """

    status_code: int
    location: str | None = None
    code: str | None = None

    @property
    def created(self) -> bool:
        """True when the resource did not exist before (201)."""
        return self.status_code == 201

    @property
    def updated(self) -> bool:
        """True when an existing resource was changed (204)."""
        return self.status_code == 204

    @classmethod
    def from_response(
        cls, response: httpx.Response, *, collection_path: str | None = None
    ) -> UpsertOutcome:
        """Read the status and ``Location`` of a create or upsert reply."""
        location = response.headers.get("location") or None
        return cls(
            status_code=response.status_code,
            location=location,
            code=code_from_location(location, collection_path),
        )


def code_from_location(location: str | None, collection_path: str | None = None) -> str | None:
    """The resource code at the end of a ``Location`` URL, percent-decoded.

    With ``collection_path`` (``/api/rest/v1/media-files``) everything after it is the code,
    slashes included (``7/5/8/e/abc_cap.jpg``); otherwise, or when the URL does not extend that
    path, the last path segment is.
    """
    if not location:
        return None
    if collection_path:
        code = code_after(location, collection_path)
        if code is not None:
            return code
    last = urlsplit(location).path.rstrip("/").rpartition("/")[2]
    return unquote(last) or None


def code_after(location: str | None, collection_path: str) -> str | None:
    """Everything after ``collection_path`` in the path of ``location``, percent-decoded (it may
    contain ``/``); None when ``location`` does not extend that path."""
    if not location:
        return None
    path = urlsplit(location).path
    prefix = collection_path.rstrip("/") + "/"
    index = path.find(prefix)
    if index < 0:
        return None
    return unquote(path[index + len(prefix) :].strip("/")) or None


def _int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
