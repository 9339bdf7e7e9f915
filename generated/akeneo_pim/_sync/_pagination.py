"""Walking list endpoints page by page.

A list reply is an envelope: ``_embedded.items`` holds the items, ``_links.next.href`` the next
page's URL (absent on the last page). Both pagination styles (page numbers and
``search_after`` cursors) look the same from here: the first request carries the query chosen by
the caller, every later one follows the ``next`` link exactly as given. A page that fails
(after the transport's retries) raises; iteration never ends silently before the last page.

A walk can stop and resume: each page's :attr:`Page.next_url` is a cursor, and a paginator given
``start=`` that cursor reads its first page from it (the query it was built with is in the
link), so a job continues after the last page it finished without reading the catalog again.
"""

from __future__ import annotations

import logging
from collections.abc import (
    Callable,
    Iterator,
    Mapping,
)
from typing import Any, Generic, TypeVar

from .._encoding import encode_query
from .._httpx import httpx
from .._parse import validator
from .._types import NO_OPTIONS, CallOptions, InvalidItem, Page
from ..errors import AkeneoError
from ._http import SyncHttp

__all__ = ["SyncPaginator", "fetch_next_page", "fetch_page", "fetch_page_at"]

T = TypeVar("T")

_logger = logging.getLogger(__name__.rsplit(".", 2)[0])  # <package>._sync._pagination -> <package>


def _read_page(
    http: SyncHttp, response: httpx.Response, parse: Callable[[Any], T], options: CallOptions
) -> Page[T]:
    """The page a list reply holds, strict or not as the call (else the client) says; items
    set aside are logged (how many, and the first problem)."""
    strict = http.settings.strict if options.strict is None else options.strict
    page = Page.from_response(response, parse, strict=strict)
    if page.invalid:
        _logger.warning(
            "%s: %d of %d item(s) failed validation and were set aside (strict=False); first: %s",
            response.request.url.path,
            len(page.invalid),
            len(page.invalid) + len(page.items),
            page.invalid[0].problem,
        )
    return page


def fetch_page(
    http: SyncHttp,
    path: str,
    path_params: Mapping[str, object] | None,
    query: Mapping[str, object] | None,
    parse: Callable[[Any], T],
    headers: Mapping[str, object] | None = None,
    *,
    options: CallOptions = NO_OPTIONS,
) -> Page[T]:
    """GET one page of a list endpoint and parse its items (what ``list_page`` returns);
    ``headers`` are the operation's header parameters, ``options`` the call's (as for
    :meth:`SyncHttp.request`)."""
    response = http.request(
        "GET", path, path_params=path_params, query=query, headers=headers, options=options
    )
    return _read_page(http, response, parse, options)


def fetch_next_page(
    http: SyncHttp,
    page: Page[T],
    parse: Callable[[Any], T],
    headers: Mapping[str, object] | None = None,
    *,
    options: CallOptions = NO_OPTIONS,
) -> Page[T] | None:
    """The page after ``page`` (following its ``next`` link as given, with the first request's
    headers and the call's options but for its extra query), or None after the last page."""
    if page.next_url is None:
        return None
    return fetch_page_at(http, page.next_url, parse, headers, options=options)


def fetch_page_at(
    http: SyncHttp,
    url: str,
    parse: Callable[[Any], T],
    headers: Mapping[str, object] | None = None,
    *,
    options: CallOptions = NO_OPTIONS,
) -> Page[T]:
    """The page at ``url`` (a ``next`` link, followed as given), with the operation's header
    parameters and the call's options but for its extra query."""
    response = http.get_url(url, headers=dict(encode_query(headers)) or None, options=options)
    return _read_page(http, response, parse, options)


class SyncPaginator(Generic[T]):
    """All items of a list endpoint, fetched lazily page after page.

    Nothing is requested until iteration starts; each iteration starts again from the first
    page (or from ``start``). ``for item in paginator`` yields items; :meth:`pages` yields whole pages.

    Args:
        http: the transport.
        path: the list endpoint's path template.
        path_params: values for the template's placeholders.
        query: the first request's query (``limit``, ``search``, ``pagination_type``, ...).
        parse: turns one decoded item into ``T``; an :class:`.._parse.ItemValidator` (what
            generated methods pass) validates each page's items in one pass instead.
        headers: the operation's header parameters, sent with every page's request.
        options: the call's options: its timeout and extra headers apply to every page's
            request, its extra query to the first one (the later ones follow the server's
            ``next`` links as given); with ``strict=False``, items that fail validation are
            set aside: :attr:`invalid` lists those of the latest iteration.
        start: a cursor to resume from: the :attr:`Page.next_url` of a page of this listing
            read before (by this process or an earlier one); the first page is read from it
            and ``query`` is not sent (the link carries the query of the walk it came from).
            It must be a link of this endpoint on the PIM (``ValueError``, or
            ``errors.ForeignURLError`` for another host, when iteration starts).
    """

    def __init__(
        self,
        http: SyncHttp,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        parse: Callable[[Any], T],
        headers: Mapping[str, object] | None = None,
        options: CallOptions = NO_OPTIONS,
        start: str | None = None,
    ) -> None:
        if start is not None and (not isinstance(start, str) or not start):
            raise TypeError("start must be a page's next_url (a non-empty string) or None")
        self._http = http
        self._path = path
        self._path_params = dict(path_params or {})
        self._query = dict(query or {})
        self._parse = parse
        self._headers = dict(headers) if headers else None
        self._options = options
        self._invalid: list[InvalidItem] = []
        self._start = start

    def __repr__(self) -> str:
        start = f", start={self._start!r}" if self._start is not None else ""
        return f"{type(self).__name__}(path={self._path!r}, query={self._query!r}{start})"

    @property
    def invalid(self) -> list[InvalidItem]:
        """The items set aside (``strict=False``) by the latest iteration, page after page
        (each :class:`InvalidItem`'s ``index`` is its position on its page)."""
        return list(self._invalid)

    def __iter__(self) -> Iterator[T]:
        return self._items()

    def _items(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[Page[T]]:
        """Yield each page in turn, following ``next`` links until there is none.

        Raises:
            errors.AkeneoError: a ``next`` link points back to the page just read (a loop).
        """
        self._invalid = []
        page: Page[T] | None = self.first_page()
        fetched_from = self._start  # the link the current page was read from
        while page is not None:
            self._invalid.extend(page.invalid)
            yield page
            if page.next_url is not None and page.next_url == fetched_from:
                raise AkeneoError(f"pagination loop: {self._path} links to the same page again")
            fetched_from = page.next_url
            page = fetch_next_page(
                self._http, page, self._parse, self._headers, options=self._options
            )

    def first_page(self) -> Page[T]:
        """Only the first page (the one ``start`` links to, when given).

        Raises:
            ValueError: ``start`` links to another endpoint than this listing's.
            errors.ForeignURLError: ``start`` links to another host than the PIM's.
        """
        if self._start is not None:
            return self._page_at(self._start)
        return fetch_page(
            self._http,
            self._path,
            self._path_params,
            self._query,
            self._parse,
            self._headers,
            options=self._options,
        )

    def _page_at(self, url: str) -> Page[T]:
        """The page ``url`` (a ``next`` link of this listing) links to."""
        target = self._http.resolve_url(url)
        expected = httpx.URL(self._http._url(self._path, self._path_params))
        if target.path.rstrip("/") != expected.path.rstrip("/"):
            raise ValueError(
                f"start links to {target.path}, not to this listing ({expected.path}): "
                "pass the next_url of a page of the same listing"
            )
        options = self._options
        return fetch_page_at(self._http, url, self._parse, self._headers, options=options)

    def decoded(self) -> SyncPaginator[Any]:
        """The same listing (query, ``start``, headers, options), its items the JSON objects
        as the PIM sent them: decoded, not validated into models (what an export writes back
        out has no use for them)."""
        return SyncPaginator(
            self._http,
            self._path,
            path_params=self._path_params,
            query=self._query,
            parse=validator(Any),
            headers=self._headers,
            options=self._options,
            start=self._start,
        )

    def to_list(self, limit: int | None = None) -> list[T]:
        """Collect the items into a list (at most ``limit`` of them when given)."""
        out: list[T] = []
        if limit is not None and limit <= 0:
            return out
        self._invalid = []
        page: Page[T] | None = self.first_page()
        while page is not None:
            out.extend(page.items)
            self._invalid.extend(page.invalid)
            if limit is not None and len(out) >= limit:
                return out[:limit]
            page = fetch_next_page(
                self._http, page, self._parse, self._headers, options=self._options
            )
        return out
