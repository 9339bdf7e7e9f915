"""The hand-written runtime and overlays (templates/static/), copied into the package.

Files under an ``_async`` folder are the single source of truth for both flavours: each is
copied as is and also turned into its synchronous twin under ``_sync`` (see
:mod:`generator.unasync`).

The runtime reads the few names that depend on the spec (the prefix of its environment
variables, the client's class name, the success statuses) from ``_meta.py``, written by
:func:`meta_module` from the API's intermediate model, or, for the runtime copied on its own
(tests, benchmarks), from the Akeneo dialect's (:func:`standalone_meta`).

A user template folder's ``static/`` files come first (:func:`static_roots`): one at the same
relative path shadows the built-in file (a shadowed ``_async`` source gets its twin from the
fork's text), and new ones are added.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath

from .dialects.akeneo import AkeneoDialect
from .files import TEMPLATES_DIR, RenderedFile, tree_files
from .literals import py_layout, py_literal
from .unasync import sync_path, unasync_source

#: The runtime module that is written from the API, not copied (:func:`meta_module`).
META_MODULE = PurePosixPath("_meta.py")
#: The runtime module that names the HTTP library (:func:`httpx_module`).
HTTPX_MODULE = PurePosixPath("_httpx.py")

#: ``--http-library`` choices: import name -> the requirement the generated distribution declares.
#: httpx2 is httpx's maintained continuation (same API, ``import httpx2``); httpx stays available.
HTTP_LIBRARIES = {"httpx2": "httpx2>=2.14,<3", "httpx": "httpx>=0.27,<1"}
DEFAULT_HTTP_LIBRARY = "httpx2"


def httpx_module(library: str, header: str = "") -> str:
    """The source of ``_httpx.py``: the one place the runtime imports its HTTP library from
    (every runtime module writes ``from ._httpx import httpx``)."""
    if library not in HTTP_LIBRARIES:
        raise ValueError(f"unknown HTTP library {library!r}; choose one of {', '.join(HTTP_LIBRARIES)}")
    lines = [header] if header else []
    lines += [
        f'"""The HTTP library this package was generated for: ``{library}`` (``--http-library``).',
        "",
        "The runtime imports it from here only, as ``httpx`` (both libraries have the same API).",
        '"""',
        "",
        f"import {library} as httpx" if library != "httpx" else "import httpx",
        "",
        '__all__ = ["httpx"]',
    ]
    return "\n".join(lines) + "\n"

def meta_module(
    *,
    client_class: str,
    env_prefix: str,
    success_statuses: tuple[int, ...],
    user_agent: str,
    header: str = "",
    rate_limits: Mapping[str, float] | None = None,
) -> str:
    """The source of ``_meta.py``: the names the runtime takes from the API description."""
    statuses = sorted(set(success_statuses))
    if statuses and statuses == list(range(statuses[0], statuses[-1] + 1)) and len(statuses) > 3:
        status_set = f"frozenset(range({statuses[0]}, {statuses[-1] + 1}))"
    else:
        status_set = "frozenset({" + ", ".join(map(str, statuses)) + "})"
    lines = [header] if header else []
    lines += [
        '"""The names the runtime takes from the API description (the runtime itself is copied as is).',
        "",
        "Settings not given as arguments are read from ``<ENV_PREFIX>_BASE_URL``, ``<ENV_PREFIX>_TOKEN``",
        "and so on (see :mod:`._config`).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        '__all__ = ["CLIENT_NAME", "ENV_PREFIX", "RATE_LIMITS", "SUCCESS_STATUSES", "USER_AGENT"]',
        "",
        "#: the blocking client's class name (the async client's is ``\"Async\" + CLIENT_NAME``)",
        f"CLIENT_NAME = {py_literal(client_class)}",
        "#: the prefix of the environment variables the client reads its settings from",
        f"ENV_PREFIX = {py_literal(env_prefix)}",
        "#: the reply statuses that mean success (any other one raises an ``APIError``)",
        f"SUCCESS_STATUSES = {status_set}",
        "#: the default ``User-Agent`` header",
        f"USER_AGENT = {py_literal(user_agent)}",
        "#: requests per second allowed per operation (``x-rate-limit``), by ``METHOD /path``",
        py_layout(dict(rate_limits or {}), "RATE_LIMITS: dict[str, float] = "),
    ]
    return "\n".join(lines) + "\n"


def user_agent_of(package_name: str) -> str:
    """The default ``User-Agent`` of a generated package (``akeneo_pim`` -> ``akeneo-pim-python``)."""
    return package_name.replace("_", "-") + "-python"


def standalone_meta() -> str:
    """``_meta.py`` for the runtime copied without a spec (tests, benchmarks): the names of the
    Akeneo client (``akeneo_pim``), whatever the folder the runtime is copied to."""
    akeneo = AkeneoDialect()
    return meta_module(
        client_class=akeneo.client_class,
        env_prefix=akeneo.env_prefix,
        success_statuses=akeneo.success_statuses,
        user_agent=user_agent_of("akeneo_pim"),
        rate_limits=akeneo.rate_limits,
    )


def static_roots(user_dirs: Sequence[Path] = ()) -> tuple[Path, ...]:
    """The folders static files come from, first wins: the ``static/`` folder of each user
    template folder that has one, then the built-in ``templates/static``."""
    return (*(d / "static" for d in user_dirs if (d / "static").is_dir()), TEMPLATES_DIR / "static")


def iter_static_files(roots: Path | Sequence[Path]) -> Iterable[tuple[PurePosixPath, str]]:
    """Yield (relative path, text) for every static file, sorted by path; a file under an
    earlier root shadows the file at the same relative path under a later one."""
    found: dict[PurePosixPath, Path] = {}
    for root in (roots,) if isinstance(roots, Path) else roots:
        for path in tree_files(root):
            if path.suffix == ".pyc":
                continue
            found.setdefault(PurePosixPath(path.relative_to(root).as_posix()), path)
    for rel in sorted(found, key=PurePosixPath.as_posix):
        yield rel, found[rel].read_text(encoding="utf-8")


def runtime_files(
    roots: Path | Sequence[Path],
    package_dir: PurePosixPath,
    *,
    standalone: bool = True,
    http_library: str = DEFAULT_HTTP_LIBRARY,
) -> list[RenderedFile]:
    """The static files (of ``roots``, first wins: :func:`iter_static_files`) placed under
    ``package_dir``, with sync twins of the async sources. A static file at a twin's own path
    (``_sync/...``) is taken as is instead of the derived twin.

    ``standalone``: also the ``_meta.py`` and ``_httpx.py`` the runtime imports
    (:func:`standalone_meta`, :func:`httpx_module` for ``http_library``); a generated package
    renders its own and passes False.
    """
    out: list[RenderedFile] = []
    if standalone:
        out += [
            RenderedFile(package_dir / META_MODULE, standalone_meta()),
            RenderedFile(package_dir / HTTPX_MODULE, httpx_module(http_library)),
        ]
    static = dict(iter_static_files(roots))
    builtin = TEMPLATES_DIR / "static"
    for rel, text in static.items():
        out.append(RenderedFile(package_dir / rel, text))
        twin = sync_path(rel)
        if twin is not None and rel.suffix == ".py" and twin not in static:
            # the twin of a built-in source is black-stable as derived (tests/render/
            # test_static_stable.py); the twin of a fork's source is formatted (renaming shortens
            # lines); the original stays verbatim
            own = builtin / rel
            stable = own.is_file() and own.read_text(encoding="utf-8") == text
            out.append(RenderedFile(package_dir / twin, unasync_source(text), format=not stable))
    return sorted(out, key=lambda f: f.path.as_posix())
