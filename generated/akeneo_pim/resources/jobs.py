# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``jobs`` resource: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._parse import parse_json
from ..models.jobs import JobExecution, JobImportRequest

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncJobs", "Jobs"]


class Jobs:
    """Operations on jobs."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def launch_export(
        self,
        code: str,
    ) -> JobExecution:
        """Launch an export job.

        ``POST /api/rest/v1/jobs/export/{code}``

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/jobs/export/{code}",
            path_params={"code": code},
        )
        return parse_json(JobExecution, response.content)

    def launch_import(
        self,
        code: str,
        body: JobImportRequest | Mapping[str, object] | None = None,
    ) -> JobExecution:
        """Launch an import job.

        ``POST /api/rest/v1/jobs/import/{code}``

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/jobs/import/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return parse_json(JobExecution, response.content)


class AsyncJobs:
    """Operations on jobs (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def launch_export(
        self,
        code: str,
    ) -> JobExecution:
        """Launch an export job.

        ``POST /api/rest/v1/jobs/export/{code}``

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/jobs/export/{code}",
            path_params={"code": code},
        )
        return parse_json(JobExecution, response.content)

    async def launch_import(
        self,
        code: str,
        body: JobImportRequest | Mapping[str, object] | None = None,
    ) -> JobExecution:
        """Launch an import job.

        ``POST /api/rest/v1/jobs/import/{code}``

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/jobs/import/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return parse_json(JobExecution, response.content)
