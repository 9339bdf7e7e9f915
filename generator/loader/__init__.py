"""The loader: spec file -> normalized OpenAPI 3.1 document -> intermediate model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Diagnostic, Level, SpecError
from ..dialects import Dialect, detect_dialect
from ..ir import Api
from .build import build_api
from .naming import NamingOverrides
from .read import dangling_refs, line_of, load_document_sources
from .schemas import TooDeep
from .upgrade import upgrade_document
from .validate import validate_document
from .version_rules import version_rule_warnings


@dataclass(frozen=True)
class LoadResult:
    api: Api
    diagnostics: list[Diagnostic]
    dialect: Dialect
    #: every file read: the spec and the files its ``$ref``s reach (resolved paths, root first)
    sources: tuple[Path, ...] = ()


def _with_lines(diags: list[Diagnostic], path: Path, *, warnings: bool = False) -> list[Diagnostic]:
    out = []
    for d in diags:
        # Line numbers need a second, slower parse: only errors get them (and, with ``warnings``,
        # warnings too); other warnings keep the pointer.
        # (A diagnostic about a file brought in by a relative $ref gets that file's line.)
        if (d.level is Level.ERROR or warnings) and d.line is None:
            where = path if d.file is None else Path(d.file)
            line = line_of(where.resolve(), d.pointer) if where.is_file() else None
            out.append(Diagnostic(d.level, d.pointer, d.message, str(where), line))
            continue
        out.append(d)
    return out


def _stop_on_errors(diags: list[Diagnostic], path: Path) -> None:
    if any(d.level is Level.ERROR for d in diags):
        raise SpecError(_with_lines(diags, path))


def load_spec(
    path: Path,
    *,
    naming: NamingOverrides | None = None,
    package_name: str = "akeneo_pim",
    source_name: str | None = None,
    dialect: Dialect | None = None,
    edition: str | None = None,
    allow_external_refs: bool = False,
) -> LoadResult:
    """Read, upgrade, validate and normalize a spec. Raises SpecError listing every error.

    Args:
        naming: the user's overrides, layered on top of the dialect's built-in naming file.
        dialect: the spec's dialect (None: detected, see :func:`generator.dialects.detect_dialect`).
        edition: keep only the operations and parameters whose ``x-versions`` name this edition
            (``saas``, ``7.0``; None: everything).
        allow_external_refs: read ``$ref``s to files outside the spec's folder tree.
    """
    doc, diags, sources = load_document_sources(path, allow_external_refs=allow_external_refs)
    file = str(path)
    if not any(d.level is Level.ERROR for d in diags):  # (bundling reports its own dangling refs)
        diags += dangling_refs(doc, file)
    _stop_on_errors(diags, path)
    dialect = dialect or detect_dialect(doc)
    upgraded, up_diags = upgrade_document(doc, file=file, dialect=dialect)
    diags += up_diags
    _stop_on_errors(diags, path)
    diags += validate_document(upgraded, file=file)
    _stop_on_errors(diags, path)
    layered = dialect.naming.layered(naming or NamingOverrides())
    try:
        api, build_diags = build_api(upgraded, layered, file=file, source_name=source_name or path.name, package_name=package_name, dialect=dialect, edition=edition)
    except TooDeep as exc:
        message = "schemas nest too deeply here, counting each $ref as a level (a chain of hundreds of schemas)"
        raise SpecError(_with_lines([Diagnostic(Level.ERROR, exc.pointer, message, file)], path)) from None
    diags += build_diags
    _stop_on_errors(diags, path)
    # (only now: a document with errors reports those alone, each once)
    diags += _with_lines(version_rule_warnings(doc, file=file), path, warnings=True)
    return LoadResult(api, diags, dialect, sources)


__all__ = ["LoadResult", "SpecError", "load_spec"]
