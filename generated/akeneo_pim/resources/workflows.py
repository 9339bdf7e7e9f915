# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``workflows`` resource: 3 operation(s)."""

from __future__ import annotations

from .. import _rt
from .. import models as _m

__all__ = ["AsyncWorkflows", "Workflows"]


class Workflows:
    """Operations on workflows."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Workflow:
        """Read one workflow with its steps.

        ``GET /api/rest/v1/workflows/{uuid}`` (SaaS only, Enterprise Edition)

        Args:
            uuid: The workflow's UUID.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/workflows/{uuid}",
            path_params={"uuid": uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Workflow, response)

    def list(
        self,
        *,
        limit: int = 100,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.Workflow]:
        """List workflows.

        ``GET /api/rest/v1/workflows`` (SaaS only, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/workflows",
            path_params={},
            query={"limit": limit},
            parse=_rt.validator(_m.Workflow),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Workflow]:
        """List workflows.

        ``GET /api/rest/v1/workflows`` (SaaS only, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/workflows",
            path_params={},
            query={"page": page, "limit": limit},
            parse=_rt.validator(_m.Workflow),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_step_assignees(
        self,
        uuid: str,
        *,
        limit: int = 100,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.WorkflowAssignee]:
        """List the users assigned to a workflow step.

        ``GET /api/rest/v1/workflows/steps/{uuid}/assignees`` (SaaS only, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            uuid: The workflow step's UUID.

            limit: Items per page. (server default: 10)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/workflows/steps/{uuid}/assignees",
            path_params={"uuid": uuid},
            query={"limit": limit},
            parse=_rt.validator(_m.WorkflowAssignee),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_step_assignees_page(
        self,
        uuid: str,
        *,
        page: int | None = None,
        limit: int | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.WorkflowAssignee]:
        """List the users assigned to a workflow step.

        ``GET /api/rest/v1/workflows/steps/{uuid}/assignees`` (SaaS only, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            uuid: The workflow step's UUID.

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/workflows/steps/{uuid}/assignees",
            path_params={"uuid": uuid},
            query={"page": page, "limit": limit},
            parse=_rt.validator(_m.WorkflowAssignee),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )


class AsyncWorkflows:
    """Operations on workflows (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Workflow:
        """Read one workflow with its steps.

        ``GET /api/rest/v1/workflows/{uuid}`` (SaaS only, Enterprise Edition)

        Args:
            uuid: The workflow's UUID.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/workflows/{uuid}",
            path_params={"uuid": uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Workflow, response)

    def list(
        self,
        *,
        limit: int = 100,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.Workflow]:
        """List workflows.

        ``GET /api/rest/v1/workflows`` (SaaS only, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/workflows",
            path_params={},
            query={"limit": limit},
            parse=_rt.validator(_m.Workflow),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Workflow]:
        """List workflows.

        ``GET /api/rest/v1/workflows`` (SaaS only, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/workflows",
            path_params={},
            query={"page": page, "limit": limit},
            parse=_rt.validator(_m.Workflow),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_step_assignees(
        self,
        uuid: str,
        *,
        limit: int = 100,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.WorkflowAssignee]:
        """List the users assigned to a workflow step.

        ``GET /api/rest/v1/workflows/steps/{uuid}/assignees`` (SaaS only, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            uuid: The workflow step's UUID.

            limit: Items per page. (server default: 10)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/workflows/steps/{uuid}/assignees",
            path_params={"uuid": uuid},
            query={"limit": limit},
            parse=_rt.validator(_m.WorkflowAssignee),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_step_assignees_page(
        self,
        uuid: str,
        *,
        page: int | None = None,
        limit: int | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.WorkflowAssignee]:
        """List the users assigned to a workflow step.

        ``GET /api/rest/v1/workflows/steps/{uuid}/assignees`` (SaaS only, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            uuid: The workflow step's UUID.

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/workflows/steps/{uuid}/assignees",
            path_params={"uuid": uuid},
            query={"page": page, "limit": limit},
            parse=_rt.validator(_m.WorkflowAssignee),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )
