"""The hand-written runtime and overlays (templates/static/), copied into the package.

Files under an ``_async`` folder are the single source of truth for both flavours: each is
copied as is and also turned into its synchronous twin under ``_sync`` (see
:mod:`generator.unasync`).

The runtime reads the few names that depend on the spec (the prefix of its environment
variables, the client's class name) from ``_meta.py``, which a generated package renders from
templates/package/_meta.py.jinja. The runtime copied on its own (tests, benchmarks) gets
:data:`STANDALONE_META`, the Akeneo client's names.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from .files import RenderedFile, tree_files
from .unasync import sync_path, unasync_source

#: The runtime module that is rendered, not copied (templates/package/_meta.py.jinja).
META_MODULE = PurePosixPath("_meta.py")

#: ``_meta.py`` for the runtime copied without a spec: the Akeneo client's names.
STANDALONE_META = '''"""The names the runtime takes from the API description (here: the Akeneo client's)."""

from __future__ import annotations

__all__ = ["CLIENT_NAME", "ENV_PREFIX", "SUCCESS_STATUSES", "USER_AGENT"]

CLIENT_NAME = "Akeneo"
ENV_PREFIX = "AKENEO"
SUCCESS_STATUSES = frozenset({200, 201, 204})
USER_AGENT = "akeneo-pim-python"
'''


def iter_static_files(static_root: Path) -> Iterable[tuple[PurePosixPath, str]]:
    """Yield (relative path, text) for every static file, sorted by path."""
    for path in tree_files(static_root):
        if path.suffix == ".pyc":
            continue
        rel = PurePosixPath(path.relative_to(static_root).as_posix())
        yield rel, path.read_text(encoding="utf-8")


def runtime_files(static_root: Path, package_dir: PurePosixPath, *, standalone: bool = True) -> list[RenderedFile]:
    """The static files placed under ``package_dir``, with sync twins of the async sources.

    ``standalone``: also the ``_meta.py`` the runtime imports (:data:`STANDALONE_META`); a
    generated package renders its own and passes False.
    """
    out: list[RenderedFile] = [RenderedFile(package_dir / META_MODULE, STANDALONE_META)] if standalone else []
    for rel, text in iter_static_files(static_root):
        out.append(RenderedFile(package_dir / rel, text))
        twin = sync_path(rel)
        if twin is not None and rel.suffix == ".py":
            # the derived twin is formatted (renaming shortens lines); the original stays verbatim
            out.append(RenderedFile(package_dir / twin, unasync_source(text), format=True))
    return sorted(out, key=lambda f: f.path.as_posix())
