"""What a generation is asked for (:class:`Options`), and the answer to a regeneration with
nothing changed (:func:`unchanged`).

Only light modules are imported here, so that the command line answers an unchanged
regeneration without importing the loader, the templates and the formatter.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

from .uptodate import Record, RunInputs, up_to_date
from .write import MANIFEST, read_manifest


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
    #: write the package alone, into ``out / package_name`` with its manifest inside it (no
    #: endpoint tests, no pyproject.toml): ``out`` holds files the generator does not own
    #: (:func:`with_layout`)
    package_only: bool = False
    #: read ``$ref``s to files outside the spec's folder tree (refused otherwise)
    allow_external_refs: bool = False

    @property
    def target(self) -> Path:
        """The folder the generator owns: built beside, swapped in whole, its manifest inside."""
        return self.out / self.package_name if self.package_only else self.out


#: the import names of the generated package's dependencies (its HTTP library and pydantic, and
#: theirs) and of what its endpoint tests run on: a package of one of these names would shadow it
DEPENDENCY_MODULES = frozenset(
    {
        "annotated_types",
        "anyio",
        "certifi",
        "exceptiongroup",
        "h11",
        "h2",
        "httpcore",
        "httpcore2",
        "httpx",
        "httpx2",
        "idna",
        "pluggy",
        "pydantic",
        "pydantic_core",
        "pytest",
        "sniffio",
        "typing_extensions",
        "typing_inspection",
    }
)


def shadowed_module(package_name: str) -> str | None:
    """What a package of this name would hide (``the standard library's json``), or None."""
    if package_name in sys.stdlib_module_names:
        return f"the standard library's {package_name}"
    if package_name in DEPENDENCY_MODULES:
        return f"{package_name}, which the generated package or its tests import"
    return None


def with_layout(opts: Options) -> Options:
    """The options with the output's layout decided (README, "Vendoring").

    ``out`` holding a manifest (``_generation.json``) was generated there: the generator owns
    it, and writes the package, its endpoint tests and pyproject.toml (the project layout). A
    missing or empty ``out`` gets that layout too. Any other ``out`` holds files the generator
    did not write (an application's ``__init__.py``, other modules): only ``out/package_name/``
    is written, and nothing beside it is read, moved or removed.
    """
    if opts.package_only or (opts.out / MANIFEST).is_file():
        return opts
    try:
        foreign = any(True for _ in opts.out.iterdir())
    except OSError:  # missing (a file is refused by the command line)
        foreign = False
    return replace(opts, package_only=True, with_tests=False, with_pyproject=False) if foreign else opts


def layout_error(opts: Options) -> str | None:
    """Why the output folder cannot be written with ``opts`` (see :func:`with_layout`), or None."""
    own = read_manifest(opts.out)
    if own.get("layout") == "package":
        return (
            f"{opts.out} is a package generated beside other files (its {MANIFEST} says so); "
            f"pass the folder that holds it as --out ({opts.out.parent})"
        )
    target = opts.target
    if not opts.package_only or (target / MANIFEST).is_file() or not target.exists():
        return None
    if not target.is_dir():
        return f"{target} is a file the generator did not write; choose another --package-name"
    if any(True for _ in target.iterdir()):
        return f"{target} exists and was not generated (no {MANIFEST}); remove it or choose another --package-name"
    return None


def other_packages(opts: Options) -> list[Path]:
    """The packages generated earlier from the same spec into ``out`` under another name (a
    renamed package): left as they are, since the application may still import them."""
    if not opts.package_only:
        return []
    spec = display_name(opts.spec)
    found = []
    for entry in sorted(opts.out.iterdir()):
        if entry.name == opts.package_name or not (entry / MANIFEST).is_file():
            continue
        manifest = read_manifest(entry)
        if manifest.get("layout") == "package" and manifest.get("spec") == spec:
            found.append(entry)
    return found


def layout_note(opts: Options) -> str | None:
    """The info line that says the package is written alone, or None (the project layout)."""
    if not opts.package_only:
        return None
    return (
        f"{opts.out} holds files akeneo-codegen did not write: only the package is written, "
        f"into {opts.target} (its {MANIFEST} inside; no endpoint tests, no pyproject.toml)"
    )


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
    return RunInputs(opts.spec, opts.target, opts.package_name, opts.with_tests, opts.templates, naming_path(opts), opts.formatter, opts.edition, opts.with_pyproject, opts.package_only, opts.http_library, opts.allow_external_refs)


def unchanged(opts: Options) -> Record | None:
    """The record of the last run into ``opts.target`` when nothing it depends on changed since
    and the output is as that run left it (see :mod:`.uptodate`); None otherwise, or without
    ``opts.cache``."""
    return up_to_date(run_inputs(opts)) if opts.cache else None
