"""IR -> source text, through jinja2 templates (built-in, optionally shadowed by a user's).

The environment uses StrictUndefined, so a misspelled variable fails loudly. User template
folders come first in a ChoiceLoader; the built-ins are also reachable as ``builtin/...`` so an
override can ``{% extends "builtin/package/resource.py.jinja" %}`` and change one block; their
``static/`` files shadow (or add to) the runtime's. What templates may rely on is the template
contract (:mod:`generator.contract`, docs/templates.md): reading a field one of its classes does
not have fails at once, naming the class and the field.
Every spec string reaches the output through the ``pystr``/``docstring``/``comment`` filters.
"""

from __future__ import annotations

import functools
import json
import re
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

import jinja2

from .command_views import command_table
from .contract import check_fork, missing_field
from .endpoint_views import endpoint_test_files
from .files import TEMPLATES_DIR, RenderedFile
from .imports import isort_key
from .ir import (
    IN_MODELS,
    IN_RESOURCES,
    Api,
    ArrayBatch,
    BodyKind,
    Download,
    Model,
    NdjsonBatch,
    Operation,
    Pagination,
    Resource,
    ResultKind,
    TypeRef,
    edition_note,
)
from .literals import LINE_LENGTH, Code, py_call_layout, py_layout, py_literal
from .static import (
    HTTP_LIBRARIES,
    HTTPX_MODULE,
    META_MODULE,
    httpx_module,
    meta_module,
    runtime_files,
    static_roots,
    user_agent_of,
)

#: HTML tags found in API descriptions (only these are removed: ``Bearer <token>`` stays)
_TAG = re.compile(
    r"</?(?:a|abbr|b|br|code|div|em|h[1-6]|hr|i|li|ol|p|pre|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)\b[^<>]*/?>",
    re.IGNORECASE,
)
_WS = re.compile(r"[ \t]+")
#: characters Python source cannot hold raw (NUL) or that some tools read as line breaks
#: (form feed, vertical tab, NEL, U+2028/9), and lone surrogates (not encodable as UTF-8)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def pystr(value: object) -> str:
    """A Python string literal for any text (None: the empty string)."""
    return py_literal("" if value is None else str(value))


def clean_text(value: object) -> str:
    text = _TAG.sub("", "" if value is None else str(value))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    return "\n".join(_WS.sub(" ", line).rstrip() for line in text.split("\n")).strip()


def docstring(value: object, indent: int = 0, width: int = 92) -> str:
    """Text safe inside a triple-quoted docstring: no closing quotes, no escapes, wrapped."""
    return _docstring("" if value is None else str(value), indent, width)


@functools.lru_cache(maxsize=4096)  # specs repeat descriptions (a parameter on every operation, sync and async)
def _docstring(value: str, indent: int, width: int) -> str:
    text = clean_text(value).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    pad = " " * indent
    paragraphs = [
        textwrap.fill(p, width=max(width - indent, 40), break_long_words=False, break_on_hyphens=False)
        for p in text.split("\n\n")
        if p.strip()
    ]
    body = "\n\n".join(paragraphs)
    body = textwrap.indent(body, pad).lstrip(" ") if body else ""
    return body + " " if body.endswith('"') else body


def sentence(value: object) -> str:
    """Text ending with a full stop (a summary line in a docstring)."""
    text = clean_text(value)
    return text if not text or text[-1] in ".!?:" else text + "."


def comment(value: object) -> str:
    """One line of text safe in a ``#`` comment."""
    return clean_text(value).replace("\n", " ")


def pytuple(values: Sequence[object]) -> str:
    """A Python tuple literal (``("a",)`` for one value)."""
    items = [py_literal(v) for v in values]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


class _Named(Protocol):
    """A parameter or a multipart part: its name on the wire and in Python."""

    @property
    def wire_name(self) -> str: ...
    @property
    def python_name(self) -> str: ...


def names_by_wire(params: Iterable[_Named], skip: Sequence[str] = ()) -> dict[str, Code]:
    """``{wire name: python name}`` of parameters (or multipart parts), for :func:`pylayout`:
    the dict a generated method passes to the runtime. A list-valued query parameter is
    passed through ``_rt.query_list`` with its separator."""
    return {p.wire_name: Code(_query_value(p)) for p in params if p.wire_name not in skip}


def _query_value(p: _Named) -> str:
    if not getattr(p, "is_list", False):
        return p.python_name
    return f"_rt.query_list({p.python_name}, {py_literal(getattr(p, 'separator', None))})"


def pylayout(value: object, head: str, tail: str = "") -> str:
    """The line(s) ``head`` + ``value`` as Python source + ``tail``, laid out as black would
    (:func:`.literals.py_layout`): the template writes black's output, and black one pass."""
    return py_layout(value, head, tail)


def pycall(args: Sequence[str], head: str, tail: str = ")") -> str:
    """A call's line(s) laid out as black would (:func:`.literals.py_call_layout`)."""
    return py_call_layout(head, list(args), tail)


def pyimport(names: Sequence[str], head: str) -> str:
    """``from x import a, b`` laid out as black would: one line when it fits, else the names
    in parentheses, one per line."""
    one = head + ", ".join(names)
    if len(one) <= LINE_LENGTH:
        return one
    return "\n".join([head + "(", *(f"    {name}," for name in names), ")"])


def natsorted(names: Sequence[str]) -> list[str]:
    """Names in the order ruff gives ``__all__`` and imports: CONSTANTS, Classes, others; numbers by value."""
    return sorted(names, key=isort_key)


def ann(t: TypeRef) -> str:
    """A type's annotation as resource modules spell it (``_m.Family``, ``_rt.Page[...]``)."""
    return t.spelled(IN_RESOURCES)


def model_ann(t: TypeRef) -> str:
    """A type's annotation as models modules spell it (``Family``, ``_t.Any``, ``_pd.Field``)."""
    return t.spelled(IN_MODELS)


class TemplateEnvironment(jinja2.Environment):
    """The environment the templates render in: reading a field a class of the template
    contract does not have fails at once, naming the class and the field
    (:class:`.contract.ContractFieldError`), instead of rendering an undefined value."""

    #: the user template folders, first wins (their ``static/`` files shadow the runtime's too)
    template_dirs: tuple[Path, ...] = ()

    def getattr(self, obj: Any, attribute: str) -> Any:
        try:
            return getattr(obj, attribute)
        except AttributeError:
            error = missing_field(obj, attribute)
            if error is not None:
                raise error from None
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        value = super().getitem(obj, argument)
        if isinstance(value, jinja2.Undefined) and isinstance(argument, str):
            error = missing_field(obj, argument)
            if error is not None:
                raise error
        return value


def make_environment(user_dirs: Sequence[Path] = ()) -> TemplateEnvironment:
    """The environment: ``user_dirs`` first (each refused when it records another template
    contract: :func:`.contract.check_fork`), then the built-in templates, also reachable as
    ``builtin/...``."""
    for folder in user_dirs:
        check_fork(folder)
    builtin = jinja2.FileSystemLoader(str(TEMPLATES_DIR))
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(d)) for d in user_dirs]
    loaders += [builtin, jinja2.PrefixLoader({"builtin": builtin})]
    env = TemplateEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.template_dirs = tuple(user_dirs)
    env.filters.update(
        pystr=pystr,
        docstring=docstring,
        comment=comment,
        natsorted=natsorted,
        pytuple=pytuple,
        pylayout=pylayout,
        pycall=pycall,
        pyimport=pyimport,
        names_by_wire=names_by_wire,
        edition_note=edition_note,
        tomlstr=tomlstr,
        sentence=sentence,
        ann=ann,
        model_ann=model_ann,
    )
    env.globals.update(TEMPLATE_GLOBALS)
    return env


#: the globals of the environment: the model's enumerations and black's line length
TEMPLATE_GLOBALS: dict[str, object] = {"BodyKind": BodyKind, "ResultKind": ResultKind, "Pagination": Pagination, "LINE_LENGTH": LINE_LENGTH}


# -- views: data the templates lay out, computed here so templates stay loops and ifs ----------


def _model_imports(names: Iterable[str], models: dict[str, Model], here: str | None = None) -> dict[str, list[str]]:
    """Model class names to import, per models module (none from module ``here`` itself)."""
    by_module: dict[str, set[str]] = {}
    for name in names:
        model = models.get(name)
        if model is not None and model.module != here:
            by_module.setdefault(model.module, set()).add(name)
    return {mod: sorted(names) for mod, names in sorted(by_module.items())}


def _types_of(op: Operation, *, with_items: bool = True) -> list[TypeRef]:
    """Every type a method's signature spells out (a JSON body typed as a dict or Any is taken
    as ``Mapping[str, object]``: its own annotation does not appear)."""
    types = [op.return_type, *(p.type for p in (*op.path_params, *op.query_params, *op.header_params, *op.cookie_params))]
    if op.body.kind is BodyKind.JSON and op.body.type and op.body.type.kind not in ("dict", "any"):
        types.append(op.body.type)
    types += [p.type for p in op.body.parts if p.type]
    if with_items and op.item_type:
        types.append(op.item_type)
    return types


def _resource_imports(resource: Resource) -> list[list[str]]:
    """A resource module's imports: module aliases only (``_abc``, ``_t``, ``_warnings``,
    ``_rt`` for the runtime, ``_m`` for the models), so that no name from the spec (a resource
    class) can meet a name the module imports. See :class:`generator.ir.Spelling`."""
    ops = resource.operations
    typing_names = {n for o in ops for t in _types_of(o) for n in t.typing_names}
    uses_abc = bool(typing_names & {"Mapping", "Sequence"}) or any(
        isinstance(o.call, NdjsonBatch | ArrayBatch | Download)
        or any(p.is_json for p in o.body.parts)
        or (o.body.kind in (BodyKind.JSON, BodyKind.FORM) and o.body.type is not None and o.body.type.kind in ("model", "dict", "any"))
        for o in ops
    )
    std = []
    if uses_abc:
        std.append("import collections.abc as _abc")
    if any(t.temporal for o in ops for t in _types_of(o)):
        std.append("import datetime as _dt")
    if typing_names - {"Mapping", "Sequence"}:
        std.append("import typing as _t")
    if any(o.deprecated for o in ops):
        std.append("import warnings as _warnings")
    local = ["from .. import _rt"]
    if resource.models_used:
        local.append("from .. import models as _m")
    return [section for section in (std, local) if section]


def _definition_order(models: list[Model]) -> list[Model]:
    """Models in name order, except that an alias comes after the aliases of the same module it
    is made of (a ``TypeAlias`` is evaluated when the module runs; classes are not)."""
    aliases = {m.class_name: m for m in models if m.kind == "alias"}
    placed: dict[str, Model] = {}

    def place(model: Model, visiting: frozenset[str]) -> None:
        if model.class_name in placed or model.class_name in visiting:
            return
        for dep in sorted(model.depends_on):
            if dep in aliases:
                place(aliases[dep], visiting | {model.class_name})
        placed[model.class_name] = model

    for model in models:
        if model.kind != "alias":
            placed[model.class_name] = model
    for name in sorted(aliases):
        place(aliases[name], frozenset())
    return list(placed.values())


def _header(api: Api) -> str:
    return f"# Generated from {comment(api.source_name)} by akeneo-codegen. Do not edit; see README."


def distribution_version(api_version: str) -> str:
    """The generated distribution's version: the API's when it is a release number PEP 440
    reads as such (``7.0``, ``2.1.3``), else ``0``."""
    return api_version if re.fullmatch(r"\d+(\.\d+)*", api_version) else "0"


def tomlstr(value: object) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(str(value), ensure_ascii=False)


def render(api: Api, env: jinja2.Environment, *, with_tests: bool = True, with_pyproject: bool = True, http_library: str = "httpx2") -> list[RenderedFile]:
    """Every output file, sorted by path. Pure: no file is written here.

    ``http_library``: ``httpx2`` or ``httpx`` (:data:`.static.HTTP_LIBRARIES`), what the
    runtime imports (``_httpx.py``) and the distribution depends on.
    """
    pkg = PurePosixPath(api.package_name)
    models = {m.class_name: m for m in api.models}
    base: dict[str, Any] = {
        "api": api,
        "header": _header(api),
        "package": api.package_name,
        "http_library": http_library,
        "http_requirement": HTTP_LIBRARIES[http_library],
    }
    out: list[RenderedFile] = []

    def emit(template: str, path: PurePosixPath, fmt: bool = True, **extra: Any) -> None:
        text = env.get_template(template).render(**base, **extra)
        out.append(RenderedFile(path, text, format=fmt and path.suffix == ".py", template=template))

    emit("package/__init__.py.jinja", pkg / "__init__.py")
    emit("package/_client.py.jinja", pkg / "_client.py")
    meta = meta_module(
        client_class=api.client_class,
        env_prefix=api.env_prefix,
        success_statuses=api.success_statuses,
        user_agent=user_agent_of(api.package_name),
        header=_header(api),
        rate_limits=api.rate_limits,
    )
    out.append(RenderedFile(pkg / META_MODULE, meta))
    out.append(RenderedFile(pkg / HTTPX_MODULE, httpx_module(http_library, header=_header(api))))
    emit("package/resources_init.py.jinja", pkg / "resources" / "__init__.py")
    emit("package/models_init.py.jinja", pkg / "models" / "__init__.py")
    emit("package/API.md.jinja", pkg / "API.md", fmt=False)
    distribution = api.package_name.replace("_", "-")
    emit("package/_cli_table.py.jinja", pkg / "_cli_table.py", commands=command_table(api, distribution))
    if with_pyproject:
        emit("package/pyproject.toml.jinja", PurePosixPath("pyproject.toml"), fmt=False, distribution=distribution, distribution_version=distribution_version(api.version))
    for resource in api.resources:
        emit(
            "package/resource.py.jinja",
            pkg / "resources" / f"{resource.module}.py",
            resource=resource,
            import_sections=_resource_imports(resource),
        )
    for module in api.model_modules:
        mods = _definition_order([m for m in api.models if m.module == module])
        emit(
            "package/models.py.jinja",
            pkg / "models" / f"{module}.py",
            module=module,
            models=mods,
            imports=_model_imports((d for m in mods for d in m.depends_on), models, here=module),
            needs_any=any("Any" in f.type.typing_names for m in mods for f in m.fields),
            needs_literal=any("Literal" in f.type.typing_names for m in mods for f in m.fields),
            needs_datetime=any(f.type.temporal for m in mods for f in m.fields) or any(m.alias_of is not None and m.alias_of.temporal for m in mods),
        )
    if with_tests:
        for name, template, extra in endpoint_test_files(api):
            emit(template, PurePosixPath("endpoint_tests") / name, **extra)
    out.append(RenderedFile(pkg / "py.typed", ""))  # PEP 561: the package ships its types
    # _meta.py and _httpx.py are rendered above; a user folder's static/ files shadow (or add to)
    # the built-in ones
    dirs = env.template_dirs if isinstance(env, TemplateEnvironment) else ()
    out += runtime_files(static_roots(dirs), pkg, standalone=False)
    return sorted(out, key=lambda f: f.path.as_posix())
