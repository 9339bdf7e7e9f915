"""Lookups into an Api for loader tests."""

from __future__ import annotations

from generator.ir import Api, Model, Operation


def op_of(api: Api, resource: str, method: str) -> Operation:
    for op in api.operations:
        if op.resource == resource and op.python_name == method:
            return op
    names = sorted(f"{o.resource}.{o.python_name}" for o in api.operations)
    raise AssertionError(f"no {resource}.{method}; have {names}")


def model_of(api: Api, name: str) -> Model:
    for m in api.models:
        if m.class_name == name:
            return m
    raise AssertionError(f"no model {name}; have {sorted(m.class_name for m in api.models)}")
