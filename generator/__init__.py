"""akeneo-codegen: generate a typed Python client from an OpenAPI description."""

__version__ = "0.1.0"
