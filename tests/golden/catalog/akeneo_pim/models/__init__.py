# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""Every model of the API, importable from here; each module is loaded on first use."""

from __future__ import annotations

import importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .category import Category as Category
    from .category import CategoryInfo as CategoryInfo
    from .category import CategoryInfoTagsItem as CategoryInfoTagsItem
    from .field import Field as Field
    from .shapes import Circle as Circle
    from .shapes import LineStatus as LineStatus
    from .shapes import RotateShapeBody as RotateShapeBody
    from .shapes import Square as Square

_MODULES: dict[str, str] = {
    "Category": "category",
    "CategoryInfo": "category",
    "CategoryInfoTagsItem": "category",
    "Circle": "shapes",
    "Field": "field",
    "LineStatus": "shapes",
    "RotateShapeBody": "shapes",
    "Square": "shapes",
}

__all__ = [
    "Category",
    "CategoryInfo",
    "CategoryInfoTagsItem",
    "Circle",
    "Field",
    "LineStatus",
    "RotateShapeBody",
    "Square",
]


def __getattr__(name: str) -> _t.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
