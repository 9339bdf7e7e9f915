"""The whole pipeline as one function: load -> render -> format -> (write | compare)."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from . import __version__
from .diagnostics import Diagnostic, Level, SpecError
from .files import TEMPLATES_DIR, RenderedFile, tree_digest
from .format import Formatter, Workers, format_files, worker_count
from .format_cache import FormatCache
from .ir import Api
from .loader import load_spec
from .loader.naming import NamingOverrides
from .options import Options, display_name, naming_path, run_inputs, with_layout
from .render import make_environment, render
from .uptodate import Record, generator_digest, remember
from .write import (
    MANIFEST,
    WriteReport,
    compare_tree,
    manifest_file,
    previous_formatting,
    write_tree,
)


@dataclass
class Result:
    api: Api
    files: list[RenderedFile]
    report: WriteReport
    diagnostics: list[Diagnostic]
    seconds: float


def _naming_hash(*paths: Path | None) -> str:
    """One digest of the naming files in force (the dialect's, then the user's); "" for none."""
    present = [p for p in paths if p is not None]
    if not present:
        return ""
    digest = hashlib.sha256()
    for path in present:
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@dataclass(frozen=True)
class Built:
    """What a generation produced, before it is written or compared."""

    api: Api
    files: list[RenderedFile]
    diagnostics: list[Diagnostic]
    sources: tuple[Path, ...]  #: the spec files read


def build_files(opts: Options) -> Built:
    naming_file = naming_path(opts)
    naming = NamingOverrides.load(naming_file)
    formatter = Formatter.named(opts.formatter)
    cache = FormatCache.default(formatter.salt) if opts.cache else None
    workers = Workers() if formatter.kind == "black" and _formats_much(opts, cache) else None
    try:
        loaded = load_spec(opts.spec, naming=naming, package_name=opts.package_name, source_name=display_name(opts.spec), edition=opts.edition, allow_external_refs=opts.allow_external_refs)
        env = make_environment(opts.templates)
        rendered = render(loaded.api, env, with_tests=opts.with_tests, with_pyproject=opts.with_pyproject, http_library=opts.http_library)
        if opts.package_only:  # the package folder is the output: its paths start there
            pkg = PurePosixPath(opts.package_name)
            rendered = [replace(f, path=f.path.relative_to(pkg)) for f in rendered]
        files = format_files(rendered, previous_formatting(opts.target, formatter.name), cache, workers, formatter)
    except RecursionError:  # (the loader reports the nestings it knows of where they are)
        raise SpecError([Diagnostic(Level.ERROR, "", "the spec nests too deeply to generate code for", str(opts.spec))]) from None
    finally:
        if workers is not None:
            workers.close()
    info = {
        "generator": f"akeneo-codegen {__version__}",
        "formatter": formatter.name,
        "spec": display_name(opts.spec),
        "model_sha256": hashlib.sha256(repr(loaded.api).encode("utf-8")).hexdigest(),
        "generator_sha256": generator_digest(),
        "dialect": loaded.dialect.name,
        **({"edition": opts.edition} if opts.edition else {}),
        "http_library": opts.http_library,
        "naming_sha256": _naming_hash(loaded.dialect.naming_file, naming_file),
        "templates_sha256": tree_digest((TEMPLATES_DIR, *opts.templates)),
        **({"layout": "package", "package": opts.package_name} if opts.package_only else {}),
    }
    files.append(manifest_file(files, info))
    return Built(loaded.api, files, loaded.diagnostics, loaded.sources)


#: A spec file at least this large generates enough code to start the formatting workers early.
EARLY_WORKERS_SPEC_BYTES = 100_000


def _formats_much(opts: Options, cache: FormatCache | None) -> bool:
    """Whether to start the formatting workers before loading (:class:`.format.Workers`): a
    large spec, more than one core, and nothing to reuse (a new output folder, and no format
    cache or an empty one). Otherwise they start, if needed, once the work is known."""
    try:
        large = opts.spec.stat().st_size >= EARLY_WORKERS_SPEC_BYTES
    except OSError:
        return False
    fresh = not (opts.target / MANIFEST).is_file() and (cache is None or cache.is_empty())
    return large and fresh and worker_count() > 1


def generate(opts: Options, *, check: bool = False, strict: bool = False) -> Result:
    """Generate (or, with ``check``, compare); ``strict`` turns warnings into errors.

    The layout follows the output folder (:func:`.options.with_layout`): the project (package,
    endpoint tests, pyproject.toml) into a folder of its own, the package alone beside other files.
    """
    start = time.perf_counter()
    opts = with_layout(opts)
    built = build_files(opts)
    if strict and built.diagnostics:
        raise SpecError(built.diagnostics)
    report = compare_tree(built.files, opts.target) if check else write_tree(built.files, opts.target)
    if opts.cache and not (check and report.changed):  # the output is exactly what these inputs give
        record = Record(len(built.api.operations), len(built.api.models), len(built.files), tuple(d.render() for d in built.diagnostics))
        remember(run_inputs(opts), built.sources, record)
    return Result(built.api, built.files, report, built.diagnostics, time.perf_counter() - start)

