"""Command line: ``akeneo-codegen generate | check | diff | templates export | templates docs``.

Exit codes: 0 success, 1 ``check`` found differences, 2 the spec (or an option) is wrong.
Errors are printed one per line (file:line: error: message (at /json/pointer)), never as a
traceback, and the output folder is left untouched.
"""

from __future__ import annotations

import keyword
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from .diagnostics import Diagnostic, Level, SpecError
from .options import (
    Options,
    layout_error,
    layout_note,
    other_packages,
    shadowed_module,
    unchanged,
    with_layout,
)
from .write import stale_reasons

if TYPE_CHECKING:
    import jinja2

    from .pipeline import Result

DEFAULT_SPEC = Path("spec/akeneo-pim.yaml")
DEFAULT_OUT = Path("generated")


def _options(spec: Path, out: Path, package_name: str, templates: tuple[Path, ...], naming: Path | None) -> Options:
    if not (package_name.isidentifier() and package_name.isascii()) or keyword.iskeyword(package_name):
        raise click.BadParameter(f"{package_name!r} is not a valid Python package name", param_hint="--package-name")
    shadowed = shadowed_module(package_name)
    if shadowed is not None:
        _fail(f"--package-name {package_name} would shadow {shadowed}; choose another name")
    return Options(spec=spec, out=out, package_name=package_name, templates=templates, naming=naming)


def _fail(message: str) -> None:
    """One error line, exit 2 (nothing was read or written)."""
    click.echo(f"akeneo-codegen: error: {message}", err=True)
    sys.exit(2)


def _laid_out(opts: Options, *, writing: bool) -> Options:
    """``opts`` with the output's layout decided (:func:`.options.with_layout`); a folder that
    cannot be written is refused (one line, exit 2). ``writing``: print what is written."""
    opts = with_layout(opts)
    error = layout_error(opts)
    if error is not None:
        _fail(error)
    if not writing:
        return opts
    note = layout_note(opts)
    if note is not None:
        click.echo(note)
    for other in other_packages(opts):
        click.echo(f"{other} was generated from the same spec under another name: left as is (remove it when nothing imports it)")
    return opts


_ALLOW_EXTERNAL_HELP = (
    "Read $refs to files outside the spec's folder tree (absolute paths, or relative ones going above it); "
    "refused by default, so that a spec cannot pull in other files of the machine."
)


def _common(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option("--allow-external-refs", is_flag=True, help=_ALLOW_EXTERNAL_HELP)(func)
    func = click.option("--naming", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None, help="Naming overrides, layered on the dialect's own (default: naming.yaml beside the spec).")(func)
    func = click.option("--templates", "templates", multiple=True, type=click.Path(path_type=Path, file_okay=False, exists=True), help="A template folder whose files shadow the built-in ones (repeatable).")(func)
    func = click.option("--package-name", default="akeneo_pim", show_default=True, help="Name of the generated package.")(func)
    func = click.option("--out", type=click.Path(path_type=Path, dir_okay=True, file_okay=False), default=DEFAULT_OUT, show_default=True, help="Output folder (one that holds files of its own gets the package alone, in OUT/PACKAGE_NAME/: see README, Vendoring).")(func)
    func = click.option("--spec", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_SPEC, show_default=True, help="OpenAPI 3.1/3.0 or Swagger 2.0 file (YAML or JSON).")(func)
    return func


def _speed_options(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option(
        "--http-library",
        type=click.Choice(["httpx2", "httpx"]),
        default="httpx2",
        show_default=True,
        help="The HTTP library the client runs on: httpx2 (httpx's maintained continuation) or httpx (same API).",
    )(func)
    func = click.option(
        "--edition",
        default=None,
        metavar="EDITION",
        help="Only the operations and parameters of this edition (saas, 7.0, 6.0...: the spec's x-versions); default: everything.",
    )(func)
    func = click.option(
        "--formatter",
        type=click.Choice(["black", "ruff"]),
        default="black",
        show_default=True,
        help="black, or ruff (much faster; install it separately). check needs the formatter generate used.",
    )(func)
    return click.option(
        "--no-cache",
        is_flag=True,
        help="Do not use the user cache folder (akeneo-codegen in the platform's cache folder, or "
        "AKENEO_CODEGEN_CACHE_DIR): format every file and run the whole pipeline even when nothing changed.",
    )(func)


def _echo_problems(exc: SpecError) -> list[Diagnostic]:
    """One line per error (the warnings only when there is none: ``--strict``); the errors."""
    errors = [d for d in exc.diagnostics if d.level is Level.ERROR]
    for d in errors or exc.diagnostics:
        click.echo(d.render(), err=True)
    return errors


def _report_errors(exc: SpecError) -> None:
    """:func:`_echo_problems`, then the count."""
    errors = _echo_problems(exc)
    if errors:
        click.echo(f"akeneo-codegen: {len(errors)} error(s); nothing was written", err=True)
    else:
        click.echo(f"akeneo-codegen: {len(exc.diagnostics)} warning(s), errors under --strict; nothing was written", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="akeneo-codegen", prog_name="akeneo-codegen")
def main() -> None:
    """Generate a typed Python client from an OpenAPI description of the Akeneo PIM API.

    A spec with errors gets one line per error (file:line: error: message (at /json/pointer)),
    exit code 2, and an untouched output folder. Hostile or absurd input is refused that way
    before it costs much: files over 64 MB, nesting over 128 levels, integers over 1,000
    digits, YAML aliases expanding past 2,000,000 values, names over 200 characters, $refs to
    files outside the spec's folder tree (unless --allow-external-refs). Places that break a
    rule of the document's own OpenAPI version (2.0, 3.0, 3.1) are warnings (errors under
    --strict).
    """


@main.command("generate")
@_common
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option("--tests/--no-tests", "with_tests", default=True, show_default=True, help="Also write the endpoint tests (endpoint_tests/).")
@click.option("--pyproject/--no-pyproject", "with_pyproject", default=True, show_default=True, help="Also write pyproject.toml, so that the output installs with pip.")
@_speed_options
def generate_cmd(spec: Path, out: Path, package_name: str, templates: tuple[Path, ...], naming: Path | None, allow_external_refs: bool, strict: bool, with_tests: bool, with_pyproject: bool, no_cache: bool, formatter: str, edition: str | None, http_library: str) -> None:
    """Generate the client package (and its endpoint tests) into --out."""
    start = time.perf_counter()
    opts = replace(_options(spec, out, package_name, templates, naming), with_tests=with_tests, with_pyproject=with_pyproject, cache=not no_cache, formatter=formatter, edition=edition, http_library=http_library, allow_external_refs=allow_external_refs)
    opts = _laid_out(opts, writing=True)
    record = unchanged(opts)
    if record is not None and not (strict and record.warnings):
        for line in record.warnings:
            click.echo(line, err=True)
        click.echo(
            f"{record.operations} operations, {record.models} models: nothing changed, "
            f"{record.files} files unchanged in {time.perf_counter() - start:.2f}s -> {opts.target}"
        )
        return
    result = _run(opts, check=False, strict=strict)
    r = result.report
    click.echo(
        f"{len(result.api.operations)} operations, {len(result.api.models)} models: "
        f"{len(r.written)} files written, {len(r.unchanged)} unchanged, {len(r.removed)} removed "
        f"in {result.seconds:.2f}s -> {opts.target}"
    )


@main.command("check")
@_common
@click.option("--tests/--no-tests", "with_tests", default=True, show_default=True, help="The output holds the endpoint tests too.")
@click.option("--pyproject/--no-pyproject", "with_pyproject", default=True, show_default=True, help="The output holds pyproject.toml too.")
@_speed_options
def check_cmd(spec: Path, out: Path, package_name: str, templates: tuple[Path, ...], naming: Path | None, allow_external_refs: bool, with_tests: bool, with_pyproject: bool, no_cache: bool, formatter: str, edition: str | None, http_library: str) -> None:
    """Exit 1 when --out differs from what the spec generates (for CI and pre-commit)."""
    opts = replace(_options(spec, out, package_name, templates, naming), with_tests=with_tests, with_pyproject=with_pyproject, cache=not no_cache, formatter=formatter, edition=edition, http_library=http_library, allow_external_refs=allow_external_refs)
    opts = _laid_out(opts, writing=False)
    target = opts.target
    record = unchanged(opts)
    if record is not None:
        click.echo(f"{target} is up to date ({record.files} files)")
        return
    result = _run(opts, check=True, strict=False)
    r = result.report
    if r.changed:
        for rel in r.written:
            click.echo(f"differs: {target / rel}", err=True)
        for rel in r.removed:
            click.echo(f"stale:   {target / rel}", err=True)
        click.echo(f"why: {'; '.join(stale_reasons(target, result.files))}", err=True)
        click.echo(f"{target} is out of date ({len(r.written)} differing, {len(r.removed)} stale); run: akeneo-codegen generate", err=True)
        sys.exit(1)
    click.echo(f"{target} is up to date ({len(r.unchanged)} files)")


@main.command("diff")
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "report", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True, help="text for people, markdown for a changelog, json for tools.")
@click.option("--old-edition", default=None, metavar="EDITION", help="Compare OLD's client for this edition only (saas, 7.0...).")
@click.option("--new-edition", default=None, metavar="EDITION", help="Compare NEW's client for this edition only.")
@click.option("--allow-external-refs", is_flag=True, help=_ALLOW_EXTERNAL_HELP)
def diff_cmd(old: Path, new: Path, report: str, old_edition: str | None, new_edition: str | None, allow_external_refs: bool) -> None:
    """Compare the clients OLD and NEW generate (any two specs the generator reads).

    Each change is marked breaking or not for callers; the report ends with the suggested
    version bump. Exit 0 when nothing breaks, 1 when something does, 2 on a bad spec.
    """
    from .diff import REPORTS, diff_apis
    from .loader import load_spec
    from .loader.naming import NamingOverrides
    from .options import default_naming, display_name

    apis = []
    for path, edition in ((old, old_edition), (new, new_edition)):
        try:
            apis.append(load_spec(path, naming=NamingOverrides.load(default_naming(path)), source_name=display_name(path), edition=edition, allow_external_refs=allow_external_refs).api)
        except SpecError as exc:
            _echo_problems(exc)
            click.echo(f"akeneo-codegen: {path} cannot be read; nothing was compared", err=True)
            sys.exit(2)
    result = diff_apis(apis[0], apis[1])
    names = [display_name(p) + (f" ({e})" if e else "") for p, e in ((old, old_edition), (new, new_edition))]
    click.echo(REPORTS[report](result, names[0], names[1]), nl=False)
    sys.exit(1 if result.breaking else 0)


@main.group("templates")
def templates_group() -> None:
    """Fork the templates: export the built-in ones, print the template contract."""


@templates_group.command("export")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--force", is_flag=True, help="Write into a folder that is not empty (files at the same paths are overwritten).")
def export_cmd(folder: Path, force: bool) -> None:
    """Copy the built-in templates (static/ runtime included) into FOLDER, as a reference to fork from.

    Also writes akeneo-codegen-templates.toml, the template contract version the copy is for.
    A fork passed to --templates holds only the files it changes (and that record).
    """
    from .contract import FORK_FILE, ExportError, export_templates
    from .ir import TEMPLATE_CONTRACT

    try:
        count = export_templates(folder, force=force)
    except ExportError as exc:
        click.echo(f"akeneo-codegen: {exc}", err=True)
        sys.exit(2)
    click.echo(f"{count} files -> {folder} (template contract {TEMPLATE_CONTRACT}, recorded in {folder / FORK_FILE})")


@templates_group.command("docs")
def docs_cmd() -> None:
    """Print the template contract (docs/templates.md) as Markdown."""
    from .contract_doc import contract_markdown

    click.echo(contract_markdown(), nl=False)


def _template_error(exc: jinja2.TemplateError) -> SpecError:  # (jinja2 is imported with the pipeline)
    """A template problem (typically in a user's --templates folder) as a one-line error."""
    from .contract import template_location

    file, line = template_location(exc)
    message = f"template error: {exc.message or type(exc).__name__}"
    return SpecError([Diagnostic(Level.ERROR, "", message, file, line)])


def _contract_error(line: str) -> NoReturn:
    """A fork that breaks the template contract: one line, then exit 2 (nothing written)."""
    click.echo(line, err=True)
    click.echo("akeneo-codegen: 1 error(s); nothing was written", err=True)
    sys.exit(2)


def _run(opts: Options, *, check: bool, strict: bool) -> Result:
    """Run the pipeline; on errors (the spec's or a template's) print them and exit 2.

    The pipeline (loader, templates, formatter) is imported here, not with this module: a
    regeneration with nothing changed is answered without it (:func:`.options.unchanged`).
    """
    import jinja2

    from .contract import ContractFieldError, ForkVersionError
    from .pipeline import generate

    try:
        result = generate(opts, check=check, strict=strict)
    except ForkVersionError as exc:
        _contract_error(exc.line())
    except ContractFieldError as exc:
        _contract_error(exc.line())
    except jinja2.TemplateError as exc:
        _report_errors(_template_error(exc))
        sys.exit(2)
    except SpecError as exc:
        _report_errors(exc)
        sys.exit(2)
    for d in result.diagnostics:
        click.echo(d.render(), err=True)
    return result
