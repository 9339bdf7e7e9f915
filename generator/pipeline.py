"""The whole pipeline as one function: load -> render -> format -> (write | compare)."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .diagnostics import Diagnostic, SpecError
from .files import RenderedFile, tree_files
from .format import FORMAT_SALT, FORMATTER, format_files
from .format_cache import FormatCache
from .ir import Api
from .loader import load_spec
from .loader.naming import NamingOverrides
from .render import TEMPLATES_DIR, make_environment, render
from .write import WriteReport, compare_tree, manifest_file, previous_formatting, write_tree


@dataclass(frozen=True)
class Options:
    spec: Path
    out: Path
    package_name: str = "akeneo_pim"
    templates: tuple[Path, ...] = ()
    naming: Path | None = None
    with_tests: bool = True  #: also write endpoint_tests/ (templates/endpoint_tests)
    format_cache: bool = True  #: read and fill the user's format cache (:mod:`.format_cache`)


@dataclass
class Result:
    api: Api
    files: list[RenderedFile]
    report: WriteReport
    diagnostics: list[Diagnostic]
    seconds: float


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


def _tree_hash(dirs: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for root in dirs:
        for path in tree_files(root):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _naming_hash(*paths: Path | None) -> str:
    """One digest of the naming files in force (the dialect's, then the user's); "" for none."""
    present = [p for p in paths if p is not None]
    if not present:
        return ""
    digest = hashlib.sha256()
    for path in present:
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def build_files(opts: Options) -> tuple[Api, list[RenderedFile], list[Diagnostic]]:
    naming_path = opts.naming if opts.naming is not None else default_naming(opts.spec)
    naming = NamingOverrides.load(naming_path)
    loaded = load_spec(opts.spec, naming=naming, package_name=opts.package_name, source_name=display_name(opts.spec))
    env = make_environment(opts.templates)
    cache = FormatCache.default(FORMAT_SALT) if opts.format_cache else None
    files = format_files(render(loaded.api, env, with_tests=opts.with_tests), previous_formatting(opts.out, FORMATTER), cache)
    info = {
        "generator": f"akeneo-codegen {__version__}",
        "formatter": FORMATTER,
        "spec": display_name(opts.spec),
        "spec_sha256": hashlib.sha256(opts.spec.read_bytes()).hexdigest(),
        "dialect": loaded.dialect.name,
        "naming_sha256": _naming_hash(loaded.dialect.naming_file, naming_path),
        "templates_sha256": _tree_hash((TEMPLATES_DIR, *opts.templates)),
    }
    files.append(manifest_file(files, info))
    return loaded.api, files, loaded.diagnostics


def generate(opts: Options, *, check: bool = False, strict: bool = False) -> Result:
    """Generate (or, with ``check``, compare); ``strict`` turns warnings into errors."""
    start = time.perf_counter()
    api, files, diags = build_files(opts)
    if strict and diags:
        raise SpecError(diags)
    report = compare_tree(files, opts.out) if check else write_tree(files, opts.out)
    return Result(api, files, report, diags, time.perf_counter() - start)

