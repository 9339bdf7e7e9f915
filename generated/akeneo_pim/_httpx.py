# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The HTTP library this package was generated for: ``httpx2`` (``--http-library``).

The runtime imports it from here only, as ``httpx`` (both libraries have the same API).
"""

import httpx2 as httpx

__all__ = ["httpx"]
