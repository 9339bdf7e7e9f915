# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``workflow_tasks`` resource: 2 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncWorkflowTasks", "WorkflowTasks"]


class WorkflowTasks:
    """Operations on workflow_tasks."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def list(
        self,
        *,
        limit: int = 100,
        search: _rt.Search | _abc.Mapping[str, object] | str,
        with_attributes: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.WorkflowTask]:
        """List the tasks of a workflow step.

        ``GET /api/rest/v1/workflows/tasks`` (SaaS only, Enterprise Edition)

        `search` is required and names the step, e.g.
        `{"step_uuid":[{"operator":"=","value":"<uuid>"}]}`.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

            search: Filters as a JSON string; `step_uuid` is required, e.g.
                `{"step_uuid":[{"operator":"=","value":"7c4b1e9f-2a6d-4f3c-8e5b-1d9a7c3e5f20"}]}`.

            with_attributes: Add each task's `pending_attributes`. (server default: False)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/workflows/tasks",
            path_params={},
            query={"limit": limit, "search": search, "with_attributes": with_attributes},
            parse=_rt.validator(_m.WorkflowTask),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: _rt.Search | _abc.Mapping[str, object] | str,
        with_attributes: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.WorkflowTask]:
        """List the tasks of a workflow step.

        ``GET /api/rest/v1/workflows/tasks`` (SaaS only, Enterprise Edition)

        `search` is required and names the step, e.g.
        `{"step_uuid":[{"operator":"=","value":"<uuid>"}]}`.

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            search: Filters as a JSON string; `step_uuid` is required, e.g.
                `{"step_uuid":[{"operator":"=","value":"7c4b1e9f-2a6d-4f3c-8e5b-1d9a7c3e5f20"}]}`.

            with_attributes: Add each task's `pending_attributes`. (server default: False)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/workflows/tasks",
            path_params={},
            query={
                "page": page,
                "limit": limit,
                "search": search,
                "with_attributes": with_attributes,
            },
            parse=_rt.validator(_m.WorkflowTask),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def update(
        self,
        uuid: str,
        body: _m.WorkflowTaskTransition | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Complete, approve or reject a workflow task.

        ``PATCH /api/rest/v1/workflows/tasks/{uuid}`` (SaaS only, Enterprise Edition)

        `completed` ends an enrichment task; `approved` or `rejected` ends a review task. A
        rejection names the step to send the item back to (`send_back_to_step_uuid`) and may
        say what is wrong per attribute (`rejected_attributes`).

        Args:
            uuid: The workflow task's UUID.

        """

        self._http.request(
            "PATCH",
            "/api/rest/v1/workflows/tasks/{uuid}",
            path_params={"uuid": uuid},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncWorkflowTasks:
    """Operations on workflow_tasks (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    def list(
        self,
        *,
        limit: int = 100,
        search: _rt.Search | _abc.Mapping[str, object] | str,
        with_attributes: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.WorkflowTask]:
        """List the tasks of a workflow step.

        ``GET /api/rest/v1/workflows/tasks`` (SaaS only, Enterprise Edition)

        `search` is required and names the step, e.g.
        `{"step_uuid":[{"operator":"=","value":"<uuid>"}]}`.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

            search: Filters as a JSON string; `step_uuid` is required, e.g.
                `{"step_uuid":[{"operator":"=","value":"7c4b1e9f-2a6d-4f3c-8e5b-1d9a7c3e5f20"}]}`.

            with_attributes: Add each task's `pending_attributes`. (server default: False)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/workflows/tasks",
            path_params={},
            query={"limit": limit, "search": search, "with_attributes": with_attributes},
            parse=_rt.validator(_m.WorkflowTask),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: _rt.Search | _abc.Mapping[str, object] | str,
        with_attributes: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.WorkflowTask]:
        """List the tasks of a workflow step.

        ``GET /api/rest/v1/workflows/tasks`` (SaaS only, Enterprise Edition)

        `search` is required and names the step, e.g.
        `{"step_uuid":[{"operator":"=","value":"<uuid>"}]}`.

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            search: Filters as a JSON string; `step_uuid` is required, e.g.
                `{"step_uuid":[{"operator":"=","value":"7c4b1e9f-2a6d-4f3c-8e5b-1d9a7c3e5f20"}]}`.

            with_attributes: Add each task's `pending_attributes`. (server default: False)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/workflows/tasks",
            path_params={},
            query={
                "page": page,
                "limit": limit,
                "search": search,
                "with_attributes": with_attributes,
            },
            parse=_rt.validator(_m.WorkflowTask),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def update(
        self,
        uuid: str,
        body: _m.WorkflowTaskTransition | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Complete, approve or reject a workflow task.

        ``PATCH /api/rest/v1/workflows/tasks/{uuid}`` (SaaS only, Enterprise Edition)

        `completed` ends an enrichment task; `approved` or `rejected` ends a review task. A
        rejection names the step to send the item back to (`send_back_to_step_uuid`) and may
        say what is wrong per attribute (`rejected_attributes`).

        Args:
            uuid: The workflow task's UUID.

        """

        await self._http.request(
            "PATCH",
            "/api/rest/v1/workflows/tasks/{uuid}",
            path_params={"uuid": uuid},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
