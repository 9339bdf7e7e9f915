"""What a generation is asked for (:class:`Options`), and the answer to a regeneration with
nothing changed (:func:`unchanged`).

Only light modules are imported here, so that the command line answers an unchanged
regeneration without importing the loader, the templates and the formatter.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .uptodate import Record, RunInputs, up_to_date


@dataclass(frozen=True)
class Options:
    """What to generate, from what, and where."""

    spec: Path
    out: Path
    package_name: str = "akeneo_pim"
    templates: tuple[Path, ...] = ()
    naming: Path | None = None
    with_tests: bool = True  #: also write endpoint_tests/ (templates/endpoint_tests)
    with_pyproject: bool = True  #: also write pyproject.toml: the output is an installable distribution
    #: use the user cache folder: the format cache (:mod:`.format_cache`) and the run records
    #: that answer a regeneration with nothing changed (:mod:`.uptodate`)
    cache: bool = True
    formatter: str = "black"  #: or "ruff" (:class:`.format.Formatter`)
    #: generate only what this edition has (``saas``, ``7.0``: the spec's ``x-versions``); None: all
    edition: str | None = None
    #: the HTTP library the package is generated for (:data:`.static.HTTP_LIBRARIES`)
    http_library: str = "httpx2"


def display_name(path: Path) -> str:
    """The spec's name as written in headers: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name


def default_naming(spec: Path) -> Path | None:
    """naming.yaml beside the spec, when there is one (the dialect's own naming applies anyway)."""
    candidate = spec.resolve().parent / "naming.yaml"
    return candidate if candidate.is_file() else None


def naming_path(opts: Options) -> Path | None:
    """The user's naming file in force: ``--naming``, else naming.yaml beside the spec."""
    return opts.naming if opts.naming is not None else default_naming(opts.spec)


def run_inputs(opts: Options) -> RunInputs:
    """What the run record of a generation with these options depends on."""
    return RunInputs(opts.spec, opts.out, opts.package_name, opts.with_tests, opts.templates, naming_path(opts), opts.formatter, opts.edition, opts.with_pyproject, opts.http_library)


def unchanged(opts: Options) -> Record | None:
    """The record of the last run into ``opts.out`` when nothing it depends on changed since
    and the output is as that run left it (see :mod:`.uptodate`); None otherwise, or without
    ``opts.cache``."""
    return up_to_date(run_inputs(opts)) if opts.cache else None
