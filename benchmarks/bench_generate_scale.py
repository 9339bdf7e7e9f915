"""Generation time against spec size: synthetic specs of 100 to 2,000 operations.

    python benchmarks/bench_generate_scale.py [--sizes 100,250,500,1000,2000] [--openapi 3.1.0]

Each synthetic spec has one resource per five operations (list, create, get, update, delete on
``/r<i>`` and ``/r<i>/{id}``) and three models per resource: the item (a dozen properties of
every kind: scalars, an enum, a nullable string, an array of a shared tag model, an inline
object, a map), its inline part, and its tag. Every size is generated in the same process, after
a warm-up generation of a small spec (imports, template compilation), into a folder that does
not exist yet ("fresh": every file is formatted), then again into the same folder ("warm": the
formatting of unchanged files is reused from the previous run's manifest).

Prints one table: operations, models, files written, seconds and milliseconds per operation,
fresh and warm, and how many files the warm run rewrote (0 unless the templates changed
meanwhile). The output is what ``generate`` writes by default: the package and its endpoint
tests. Time per operation that stays flat as the spec grows means linear growth.
Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.pipeline import Options, generate  # noqa: E402

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
            "parent": {"type": ["string", "null"]},
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


def _nullable_30(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.0 spelling of the one 3.1 type array used."""
    props = schema["properties"]
    props["parent"] = {"type": "string", "nullable": True}
    return schema


def synthesize_spec(operations: int, openapi: str = "3.1.0") -> dict[str, Any]:
    """An OpenAPI document with ``operations`` operations (rounded up to a multiple of 5)."""
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
        schemas[f"Item{i}"] = (
            _item_schema(i) if openapi.startswith("3.1") else _nullable_30(_item_schema(i))
        )
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
        "openapi": openapi,
        "info": {
            "title": f"Synthetic API ({resources * OPS_PER_RESOURCE} operations)",
            "version": "1.0",
        },
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def write_spec(folder: Path, operations: int, openapi: str = "3.1.0") -> Path:
    """Write the synthetic spec as YAML (and an empty naming.yaml beside it); return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic-{operations}.yaml"
    yaml = YAML(typ="safe", pure=False)
    yaml.default_flow_style = False
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(synthesize_spec(operations, openapi), fh)
    (folder / "naming.yaml").write_text("# no overrides\n", encoding="utf-8")
    return path


def _run(spec: Path, out: Path) -> tuple[float, int, int, int]:
    """Seconds, operations, models and files written for one generation."""
    start = time.perf_counter()
    result = generate(Options(spec=spec, out=out, package_name="synthetic"))
    seconds = time.perf_counter() - start
    return seconds, len(result.api.operations), len(result.api.models), len(result.report.written)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", default="100,250,500,1000,2000", help="comma-separated operation counts"
    )
    parser.add_argument(
        "--openapi", default="3.1.0", help="version written in the synthetic specs (3.1.0 or 3.0.3)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        root = Path(tmp)
        _run(write_spec(root / "warmup", 10, args.openapi), root / "warmup" / "out")
        header = f"{'operations':>10} {'models':>7} {'files':>6} | {'fresh s':>8} {'ms/op':>7} | {'warm s':>7} {'ms/op':>7} {'rewritten':>9}"
        print(header)
        print("-" * len(header))
        for size in sizes:
            spec = write_spec(root / f"s{size}", size, args.openapi)
            out = root / f"s{size}" / "out"
            fresh, ops, models, files = _run(spec, out)
            warm, _, _, rewritten = _run(spec, out)
            print(
                f"{ops:>10} {models:>7} {files:>6} | {fresh:>8.2f} {1000 * fresh / ops:>7.2f} | "
                f"{warm:>7.2f} {1000 * warm / ops:>7.2f} {rewritten:>9}",
                flush=True,
            )


if __name__ == "__main__":
    main()
