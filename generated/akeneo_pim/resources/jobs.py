# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``jobs`` resource: 2 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncJobs", "Jobs"]


class Jobs:
    """Operations on jobs."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def launch_export(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.JobExecution:
        """Launch an export job.

        ``POST /api/rest/v1/jobs/export/{code}`` (SaaS only)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/jobs/export/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.JobExecution, response)

    def launch_import(
        self,
        code: str,
        body: _m.JobImportRequest | _abc.Mapping[str, object] | None = None,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.JobExecution:
        """Launch an import job.

        ``POST /api/rest/v1/jobs/import/{code}`` (SaaS only)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/jobs/import/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.JobExecution, response)


class AsyncJobs:
    """Operations on jobs (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def launch_export(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.JobExecution:
        """Launch an export job.

        ``POST /api/rest/v1/jobs/export/{code}`` (SaaS only)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/jobs/export/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.JobExecution, response)

    async def launch_import(
        self,
        code: str,
        body: _m.JobImportRequest | _abc.Mapping[str, object] | None = None,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.JobExecution:
        """Launch an import job.

        ``POST /api/rest/v1/jobs/import/{code}`` (SaaS only)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/jobs/import/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.JobExecution, response)
