"""Synthetic OpenAPI 3.0 specs of any size, read by both generators.

Each spec has one resource per five operations (list, create, get, update, delete on ``/r<i>``
and ``/r<i>/{id}``) and three models per resource: the item (a dozen properties of every kind:
scalars, an enum, a nullable string, an array of a shared tag model, an inline object, a map),
its inline part, and its tag.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

OPS_PER_RESOURCE = 5


def _item_schema(i: int) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"Item of resource {i}.",
        "required": ["code", "count", "status"],
        "properties": {
            "code": {"type": "string", "description": "Unique code."},
            "count": {"type": "integer", "minimum": 0},
            "price": {"type": "number"},
            "enabled": {"type": "boolean", "default": True},
            "status": {"type": "string", "enum": ["draft", "active", "archived"]},
            "parent": {"type": "string", "nullable": True},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "tags": {"type": "array", "items": {"$ref": f"#/components/schemas/Tag{i}"}},
            "dimensions": {
                "type": "object",
                "properties": {
                    "width": {"type": "number"},
                    "height": {"type": "number"},
                    "unit": {"type": "string", "enum": ["cm", "in"]},
                },
            },
            "created": {"type": "string", "format": "date-time", "readOnly": True},
            "extra": {"type": "object", "additionalProperties": True},
            "notes": {"type": "array", "items": {"type": "string"}},
        },
    }


def synthesize_spec(operations: int) -> dict[str, Any]:
    """An OpenAPI 3.0 document with ``operations`` operations (rounded up to a multiple of 5)."""
    resources = max(1, -(-operations // OPS_PER_RESOURCE))
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {
        "Error": {
            "type": "object",
            "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
        },
    }
    error = {
        "description": "An error.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    for i in range(resources):
        item = {"$ref": f"#/components/schemas/Item{i}"}
        ok = {"description": "The item.", "content": {"application/json": {"schema": item}}}
        tag = f"resource{i}"
        schemas[f"Item{i}"] = _item_schema(i)
        schemas[f"Tag{i}"] = {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string"}, "weight": {"type": "integer"}},
        }
        id_param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        paths[f"/r{i}"] = {
            "get": {
                "operationId": f"list{i}",
                "tags": [tag],
                "summary": f"List the items of resource {i}.",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    },
                    {
                        "name": "status",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["draft", "active", "archived"]},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "Items.",
                        "content": {
                            "application/json": {"schema": {"type": "array", "items": item}}
                        },
                    },
                    "default": error,
                },
            },
            "post": {
                "operationId": f"create{i}",
                "tags": [tag],
                "summary": f"Create an item of resource {i}.",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": item}},
                },
                "responses": {"201": ok, "422": error},
            },
        }
        paths[f"/r{i}/{{id}}"] = {
            "parameters": [id_param],
            "get": {
                "operationId": f"get{i}",
                "tags": [tag],
                "summary": f"Get one item of resource {i}.",
                "responses": {"200": ok, "404": error},
            },
            "patch": {
                "operationId": f"update{i}",
                "tags": [tag],
                "summary": f"Update one item of resource {i}.",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": item}},
                },
                "responses": {"200": ok, "404": error, "422": error},
            },
            "delete": {
                "operationId": f"delete{i}",
                "tags": [tag],
                "summary": f"Delete one item of resource {i}.",
                "responses": {"204": {"description": "Deleted."}, "404": error},
            },
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": f"Synthetic API ({resources * OPS_PER_RESOURCE} operations)",
            "version": "1.0",
        },
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def write_spec(folder: Path, operations: int) -> Path:
    """Write the synthetic spec as YAML (and an empty naming.yaml beside it); return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic-{operations}.yaml"
    yaml = YAML(typ="safe", pure=False)
    yaml.default_flow_style = False
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(synthesize_spec(operations), fh)
    (folder / "naming.yaml").write_text("# no overrides\n", encoding="utf-8")
    return path
