"""Small shared types: one page of a list, the outcome of an upsert, JSON values."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import FrozenInstanceError, dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar
from urllib.parse import unquote, urlsplit

from .errors import DecodeError

if TYPE_CHECKING:
    from ._httpx import httpx

__all__ = [
    "NO_OPTIONS",
    "Auth",
    "CallOptions",
    "EventHooks",
    "ExtraHeaders",
    "ExtraQuery",
    "InvalidItem",
    "JSONValue",
    "Page",
    "PageLinks",
    "Timeout",
    "UpsertOutcome",
    "decode_error",
]

#: How a request authenticates: the access token, the client's id and secret, or not at all.
Auth: TypeAlias = Literal["bearer", "basic", "none"]

#: A call's ``timeout=``: seconds, or an ``httpx.Timeout`` (connect, read, write, pool).
Timeout: TypeAlias = "float | httpx.Timeout"
#: A call's ``extra_headers=``: headers added after every other one.
ExtraHeaders: TypeAlias = Mapping[str, str]
#: A call's ``extra_query=``: query parameters added after the operation's.
ExtraQuery: TypeAlias = Mapping[str, object]


@dataclass(frozen=True, slots=True)
class CallOptions:
    """A call's own options: what the ``timeout=``, ``extra_headers=`` and ``extra_query=``
    keyword arguments of every generated method hold, passed to the transport as one value.

    Attributes:
        timeout: the call's timeout instead of the client's (None: the client's); every
            request the call makes (each page, each chunk) uses it.
        extra_headers: headers sent after every other one (they replace one of the same name,
            whatever its capitalisation; never ``Authorization`` when the request carries
            credentials).
        extra_query: query parameters added after the operation's (encoded the same way;
            a listing's first request only: later pages follow the server's links).
        strict: a listing's items that fail validation raise (True) or are set aside on
            :attr:`Page.invalid` (False); None: the client's ``strict`` setting.

    Raises:
        TypeError: an ``extra_headers`` value is not a string.
    """

    timeout: Timeout | None = None
    extra_headers: ExtraHeaders | None = None
    extra_query: ExtraQuery | None = None
    strict: bool | None = None

    def __post_init__(self) -> None:
        for value in (self.extra_headers or {}).values():
            if not isinstance(value, str):
                raise TypeError(f"extra_headers values must be strings, not {type(value).__name__}")


#: No options of a call's own: the client's timeout, no extra headers or query.
NO_OPTIONS = CallOptions()

#: A client's ``event_hooks=``: ``{"request": [...], "response": [...]}``, functions called with
#: each ``httpx.Request`` just before it is sent and with each ``httpx.Response`` once its
#: headers arrived (every attempt: retries and token requests included); the async client
#: awaits those that return an awaitable.
EventHooks: TypeAlias = Mapping[str, Sequence[Callable[[Any], object]]]

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
class InvalidItem:
    """An item of a list page that failed validation, set aside (``strict=False``).

    Attributes:
        index: its position among the page's ``_embedded.items`` (from 0).
        item: the item as decoded from the reply.
        problem: what is wrong with it, in one line (the first of pydantic's errors).
    """

    index: int
    item: Any
    problem: str


class Page(Generic[T]):
    """One page of a list endpoint (immutable).

    Attributes:
        items: the parsed ``_embedded.items`` (with ``strict=False``, those that are valid).
        invalid: with ``strict=False``, the items that failed validation (empty otherwise).
        links: the page's links; :attr:`next_url` is the one that matters.
        current_page: the page number (page-number pagination only).
        items_count: the total count (only when requested with ``with_count=true``).
        raw: the decoded reply as received (items included, unparsed); a page read from JSON
            bytes by :meth:`from_json` decodes them on first access only.
    """

    __match_args__ = ("items", "links", "current_page", "items_count", "raw")

    items: list[T]
    links: PageLinks
    current_page: int | None
    items_count: int | None
    invalid: tuple[InvalidItem, ...]

    def __init__(
        self,
        items: list[T],
        links: PageLinks | None = None,
        current_page: int | None = None,
        items_count: int | None = None,
        raw: Any = None,
        invalid: Sequence[InvalidItem] = (),
    ) -> None:
        init = object.__setattr__
        init(self, "items", items)
        init(self, "invalid", tuple(invalid))
        init(self, "links", PageLinks() if links is None else links)
        init(self, "current_page", current_page)
        init(self, "items_count", items_count)
        init(self, "_raw", raw)
        init(self, "_content", None)

    @property
    def raw(self) -> Any:
        """The decoded reply as received (see the class attributes)."""
        content: bytes | None = self.__dict__["_content"]
        if content is not None:
            object.__setattr__(self, "_raw", json.loads(content))
            object.__setattr__(self, "_content", None)
        return self.__dict__["_raw"]

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _key(self) -> tuple[object, ...]:
        return (self.items, self.links, self.current_page, self.items_count)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Page)
        return self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # the items are a list

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(items={self.items!r}, links={self.links!r}, "
            f"current_page={self.current_page!r}, items_count={self.items_count!r})"
        )

    @property
    def next_url(self) -> str | None:
        """The next page's URL as given by the server, or None on the last page."""
        return self.links.next

    @property
    def has_next(self) -> bool:
        """True unless this is the last page."""
        return self.links.next is not None

    @classmethod
    def from_response(
        cls, response: httpx.Response, parse: Callable[[Any], T], *, strict: bool = True
    ) -> Page[T]:
        """Build from a list reply (:meth:`from_json` of its body).

        Raises:
            errors.DecodeError: the body is not a list reply (or, when ``strict``, an item is
                not a ``T``).
        """
        try:
            return cls.from_json(response.content, parse, strict=strict)
        except ValueError as exc:  # json's and pydantic's errors included
            raise decode_error(response, exc) from exc

    @classmethod
    def from_json(
        cls, content: bytes, parse: Callable[[Any], T], *, strict: bool = True
    ) -> Page[T]:
        """Build from the JSON bytes of a list reply.

        With an :class:`._parse.ItemValidator` (what generated methods pass), the envelope and
        its items are validated by pydantic's JSON parser in one pass, and :attr:`raw` is decoded
        only if read. A reply that this does not accept (another shape, an invalid item) and any
        other ``parse`` go through :meth:`from_envelope` (decoded, then ``parse`` applied to each
        item), which raises what it raises for such a reply; with ``strict=False``, an item
        ``parse`` refuses is set aside on :attr:`invalid` instead.

        Raises:
            ValueError: an empty body, not JSON, not a list reply, or an invalid item (pydantic's
                ``ValidationError`` is one).
        """
        if not content.strip():
            raise ValueError("an empty body where a list reply was expected")
        from pydantic import ValidationError  # noqa: PLC0415  (pydantic is loaded by then)

        from ._parse import ItemValidator  # noqa: PLC0415

        if isinstance(parse, ItemValidator):
            try:
                envelope = parse.envelope(content)
            except ValidationError:
                pass
            else:
                embedded = envelope.get("_embedded")
                items = embedded.get("items") if embedded is not None else None
                if items is None:
                    raise ValueError(_NO_ITEMS)
                page = cls(
                    items=items,
                    links=PageLinks.from_dict(envelope.get("_links")),
                    current_page=_int_or_none(envelope.get("current_page")),
                    items_count=_int_or_none(envelope.get("items_count")),
                )
                object.__setattr__(page, "_content", content)
                return page
        return cls.from_envelope(json.loads(content), parse, strict=strict)

    @classmethod
    def from_envelope(cls, data: Any, parse: Callable[[Any], T], *, strict: bool = True) -> Page[T]:
        """Build from a decoded list reply, applying ``parse`` to each item.

        The envelope must hold ``_embedded.items`` (an empty page has an empty list there: a
        reply without it is not taken for one); a bare JSON array is accepted as the items of a
        single page.

        Raises:
            ValueError: the reply is neither an object nor an array, or has no
                ``_embedded.items`` array.
        """
        if isinstance(data, list):
            items, invalid = _parse_items(data, parse, strict)
            return cls(items=items, raw=data, invalid=invalid)
        if not isinstance(data, Mapping):
            raise ValueError(f"expected a list envelope (JSON object), got {type(data).__name__}")
        embedded = data.get("_embedded")
        raw_items = embedded.get("items") if isinstance(embedded, Mapping) else None
        if embedded == []:  # PHP's empty map: no items at all
            raw_items = []
        if raw_items is None:
            raise ValueError(_NO_ITEMS)
        if not isinstance(raw_items, list):
            raise ValueError("_embedded.items of a list reply must be an array")
        items, invalid = _parse_items(raw_items, parse, strict)
        return cls(
            items=items,
            links=PageLinks.from_dict(data.get("_links")),
            current_page=_int_or_none(data.get("current_page")),
            items_count=_int_or_none(data.get("items_count")),
            raw=data,
            invalid=invalid,
        )

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


_NO_ITEMS = "a list reply without _embedded.items"


def _parse_items(
    raw: list[Any], parse: Callable[[Any], T], strict: bool
) -> tuple[list[T], list[InvalidItem]]:
    """``parse`` applied to each item; unless ``strict``, the items it refuses set aside."""
    if strict:
        return [parse(item) for item in raw], []
    items: list[T] = []
    invalid: list[InvalidItem] = []
    for index, item in enumerate(raw):
        try:
            items.append(parse(item))
        except ValueError as exc:  # pydantic's ValidationError is one
            invalid.append(InvalidItem(index, item, _problem(exc)))
    return items, invalid


def decode_error(response: httpx.Response, exc: ValueError) -> DecodeError:
    """The :class:`.errors.DecodeError` for a reply whose body failed to parse with ``exc``."""
    return DecodeError(
        _problem(exc),
        status_code=response.status_code,
        method=response.request.method,
        url=str(response.request.url),
        content=response.content,
    )


def _problem(exc: ValueError) -> str:
    """One line saying what is wrong with a reply (the first of a pydantic error's lines)."""
    errors = getattr(exc, "errors", None)
    if callable(errors):  # a pydantic ValidationError: where, and what
        first = errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "the reply"
        count = getattr(exc, "error_count", lambda: 1)()
        more = f" (+{count - 1} more)" if count > 1 else ""
        return f"{where}: {first.get('msg', 'invalid')}{more}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


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
