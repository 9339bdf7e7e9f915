# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Where the tested package is imported from.

The tests import ``akeneo_pim`` by that name. To test a copy of it vendored into an
application (``myapp/_vendor/akeneo_pim/``, imported as ``myapp._vendor.akeneo_pim``),
pass ``--endpoint-package myapp._vendor.akeneo_pim`` (or set
``AKENEO_TEST_PACKAGE``): before any test module is imported, ``akeneo_pim``
and each of its modules are made to stand for that copy's (the same module objects, so
classes compare equal), and no other copy is imported.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from types import ModuleType

NAME = "akeneo_pim"


def use_package(path: str) -> ModuleType:
    """Import the package from the dotted ``path`` and make ``NAME`` (and ``NAME.x.y``) refer
    to it (and its ``path.x.y``). Raises ImportError when a module of that name is already
    imported from elsewhere."""
    package = importlib.import_module(path)
    if path == NAME:
        return package
    modules = {NAME: package}
    for info in pkgutil.walk_packages(package.__path__, prefix=path + "."):
        modules[NAME + info.name[len(path) :]] = importlib.import_module(info.name)
    for name, module in modules.items():
        present = sys.modules.get(name)
        if present is not None and present is not module:
            raise ImportError(
                f"{name} is already imported (from {present.__file__}); cannot test {path} under that name"
            )
    sys.modules.update(modules)
    return package
