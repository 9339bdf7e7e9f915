# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``workflow_executions`` resource: 1 operation(s)."""

from __future__ import annotations

from .. import _rt
from .. import models as _m

__all__ = ["AsyncWorkflowExecutions", "WorkflowExecutions"]


class WorkflowExecutions:
    """Operations on workflow_executions."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def start(
        self,
        body: list[_m.WorkflowExecutionStart],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.WorkflowExecutionReport | None:
        """Start workflows on products and product models.

        ``POST /api/rest/v1/workflows/executions`` (SaaS only, Enterprise Edition)

        Each item names a workflow and exactly one of `product` (by UUID) or `product_model`
        (by code). 201 when all started; 207 when some failed, with the failing items'
        indexes.
        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/workflows/executions",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json_or_none(_m.WorkflowExecutionReport | None, response)


class AsyncWorkflowExecutions:
    """Operations on workflow_executions (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def start(
        self,
        body: list[_m.WorkflowExecutionStart],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.WorkflowExecutionReport | None:
        """Start workflows on products and product models.

        ``POST /api/rest/v1/workflows/executions`` (SaaS only, Enterprise Edition)

        Each item names a workflow and exactly one of `product` (by UUID) or `product_model`
        (by code). 201 when all started; 207 when some failed, with the failing items'
        indexes.
        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/workflows/executions",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json_or_none(_m.WorkflowExecutionReport | None, response)
