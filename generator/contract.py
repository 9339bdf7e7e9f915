"""The template contract: what templates (built-in and forked) may rely on, and its version.

The contract is the context each template receives (:data:`TEMPLATE_CONTEXT`), the filters and
globals of the environment (:func:`generator.render.make_environment`), the blocks the built-in
templates expose, and the classes of the intermediate model with their fields
(:data:`CONTRACT_CLASSES`). ``docs/templates.md`` is written from it (:mod:`.contract_doc`).

:data:`generator.ir.TEMPLATE_CONTRACT` numbers it: it goes up when a field a template may read is
renamed or removed (recorded in :data:`RENAMED` and :data:`REMOVED`, so that a fork reading the
old name is told what became of it). A fork records the version it was written for in
:data:`FORK_FILE` (``templates export`` writes it); a fork recording another version is refused
before anything is rendered.
"""

from __future__ import annotations

import difflib
import traceback
from dataclasses import fields, is_dataclass
from pathlib import Path

import jinja2
import tomllib

from . import ir
from .command_views import CommandTable, ExportCommand, ImportCommand, MediaCommand
from .endpoint_views import Case, ResourceTests
from .files import TEMPLATES_DIR, tree_files
from .ir import TEMPLATE_CONTRACT

#: the file in a template folder recording the contract version it was written for
FORK_FILE = "akeneo-codegen-templates.toml"
#: where the contract is documented (named in error messages)
CONTRACT_DOC = "docs/templates.md"

#: the model's classes templates see, in the order the documentation lists them
IR_CLASSES: tuple[type, ...] = (
    ir.Api,
    ir.Server,
    ir.Resource,
    ir.Operation,
    ir.Parameter,
    ir.Body,
    ir.Part,
    ir.Response,
    ir.JsonCall,
    ir.PageListing,
    ir.NdjsonBatch,
    ir.ArrayBatch,
    ir.Upload,
    ir.Download,
    ir.Model,
    ir.Field,
    ir.TypeRef,
)
#: the views templates see besides the model (the endpoint tests', the command line's table)
VIEW_CLASSES: tuple[type, ...] = (ResourceTests, Case, CommandTable, ExportCommand, ImportCommand, MediaCommand)
CONTRACT_CLASSES: tuple[type, ...] = IR_CLASSES + VIEW_CLASSES
#: the enumerations templates compare with (also globals of the environment)
IR_ENUMS: tuple[type, ...] = (ir.BodyKind, ir.ResultKind, ir.Pagination)

_BY_TYPE = {cls: cls.__name__ for cls in CONTRACT_CLASSES}

#: (class, old field) -> the field that replaced it
RENAMED: dict[tuple[str, str], str] = {
    ("Operation", "versions"): "editions",
    ("Operation", "batch_call"): "call.kind",
}
#: (class, old field) -> what to read instead
REMOVED: dict[tuple[str, str], str] = {
    ("Operation", "retry"): "the runtime decides what to retry",
    ("Operation", "error_statuses"): "the runtime raises a typed error for every status it does not expect",
    ("Operation", "code_prefix"): "the runtime takes the code from the code header",
    ("Operation", "no_code_error"): "the runtime raises when the code header is missing",
    ("Response", "line_delimited"): "the body kind says it: Operation.body.kind",
    ("Model", "enum_values"): "enums are Literal types: TypeRef.values",
    ("Model", "enum_member_names"): "enums are Literal types: TypeRef.values",
}


def field_names(cls: type) -> list[str]:
    """The public fields, properties and methods of a contract class, in definition order."""
    names = [f.name for f in fields(cls)] if is_dataclass(cls) else []
    for klass in reversed(cls.__mro__[:-1]):
        for name, value in vars(klass).items():
            if not name.startswith("_") and name not in names and (isinstance(value, property) or callable(value)):
                names.append(name)
    return names


class ContractFieldError(jinja2.UndefinedError):
    """A template read a field a contract class does not have (misspelled, renamed or removed)."""

    def __init__(self, class_name: str, name: str, known: list[str]) -> None:
        self.class_name = class_name
        self.field = name
        key = (class_name, name)
        if key in RENAMED:
            why = f"{class_name} has no field {name!r}: renamed to {RENAMED[key]!r}"
        elif key in REMOVED:
            why = f"{class_name} has no field {name!r}: removed ({REMOVED[key]})"
        else:
            close = difflib.get_close_matches(name, known, n=1)
            why = f"{class_name} has no field {name!r}" + (f", did you mean {close[0]!r}?" if close else "")
        super().__init__(why)

    def line(self) -> str:
        """The one-line error: ``file:line: error: message (template contract N: see docs)``."""
        file, lineno = template_location(self)
        where = f"{file}:{lineno}" if lineno is not None else file
        return f"{where}: error: {self.message} (template contract {TEMPLATE_CONTRACT}: see {CONTRACT_DOC})"


def missing_field(obj: object, name: str) -> ContractFieldError | None:
    """The error for reading ``name`` from ``obj`` when ``obj`` is a contract class instance."""
    class_name = _BY_TYPE.get(type(obj))
    if class_name is None:
        return None
    return ContractFieldError(class_name, name, field_names(type(obj)))


def template_location(exc: BaseException) -> tuple[str, int | None]:
    """The template file and line an error was raised at (jinja puts them in the traceback)."""
    file: str | None = getattr(exc, "filename", None) or getattr(exc, "name", None)
    line: int | None = getattr(exc, "lineno", None)
    if line is None:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".jinja")]
        if frames:
            file, line = frames[-1].filename, frames[-1].lineno
    return file or "<template>", line


class ForkVersionError(Exception):
    """A template folder records a contract version other than this generator's (or a
    record that cannot be read)."""

    def __init__(self, folder: Path, message: str) -> None:
        self.folder = folder
        self.message = message
        super().__init__(message)

    def line(self) -> str:
        return f"{self.folder}: error: {self.message} (see {CONTRACT_DOC})"


def fork_record(contract: int = TEMPLATE_CONTRACT) -> str:
    """The text of :data:`FORK_FILE` for a fork written for ``contract``."""
    return (
        "# The akeneo-codegen template contract these templates were written for (see\n"
        f"# {CONTRACT_DOC}). A generator with another contract refuses this folder.\n"
        f"contract = {contract}\n"
    )


def recorded_contract(folder: Path) -> int | None:
    """The contract version ``folder`` records in :data:`FORK_FILE`; None without the file."""
    path = folder / FORK_FILE
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ForkVersionError(folder, f"{FORK_FILE} cannot be read: {exc}") from None
    version = data.get("contract")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ForkVersionError(folder, f"{FORK_FILE} must set contract = <a whole number>, not {version!r}")
    return version


def check_fork(folder: Path) -> None:
    """Refuse a template folder written for another contract version."""
    version = recorded_contract(folder)
    if version is not None and version != TEMPLATE_CONTRACT:
        raise ForkVersionError(
            folder,
            f"these templates were written for template contract {version}; "
            f"this akeneo-codegen has template contract {TEMPLATE_CONTRACT}",
        )


# -- what each template receives ----------------------------------------------------------------

#: variables every template receives: name -> (type, meaning)
BASE_CONTEXT: dict[str, tuple[str, str]] = {
    "api": ("Api", "the whole API"),
    "header": ("str", "the first line of every generated file (``# Generated from ... Do not edit``)"),
    "package": ("str", "the generated package's name (``akeneo_pim``)"),
    "http_library": ("str", "the HTTP library the package is generated for (``httpx2`` or ``httpx``)"),
    "http_requirement": ("str", "its requirement line for the distribution (``httpx2>=2.14,<3``)"),
}
_RESOURCE = ("Resource", "the resource the file is for")
#: template -> (the file it renders, its variables besides :data:`BASE_CONTEXT`)
TEMPLATE_CONTEXT: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "package/__init__.py.jinja": ("<package>/__init__.py", {}),
    "package/_client.py.jinja": ("<package>/_client.py", {}),
    "package/resources_init.py.jinja": ("<package>/resources/__init__.py", {}),
    "package/models_init.py.jinja": ("<package>/models/__init__.py", {}),
    "package/API.md.jinja": ("<package>/API.md", {}),
    "package/_cli_table.py.jinja": (
        "<package>/_cli_table.py",
        {"commands": ("CommandTable", "what the command line can do with each resource (export, import, media downloads)")},
    ),
    "package/pyproject.toml.jinja": (
        "pyproject.toml",
        {
            "distribution": ("str", "the distribution's name (``akeneo-pim``)"),
            "distribution_version": ("str", "its version: the API's when it is a release number, else ``0``"),
        },
    ),
    "package/resource.py.jinja": (
        "<package>/resources/<resource.module>.py",
        {
            "resource": _RESOURCE,
            "import_sections": ("list[list[str]]", "the module's import lines, in sections (standard library, package)"),
        },
    ),
    "package/models.py.jinja": (
        "<package>/models/<module>.py",
        {
            "module": ("str", "the models module's name (one of ``api.model_modules``)"),
            "models": ("list[Model]", "its models, in definition order (an alias after the aliases it is made of)"),
            "imports": ("dict[str, list[str]]", "model class names to import, per other models module"),
            "needs_any": ("bool", "a field's type uses ``Any``"),
            "needs_literal": ("bool", "a field's type uses ``Literal``"),
            "needs_datetime": ("bool", "a field's (or an alias's) type uses a :mod:`datetime` class (``_dt.datetime``)"),
        },
    ),
    "endpoint_tests/README.md.jinja": ("endpoint_tests/README.md", {}),
    "endpoint_tests/__init__.py.jinja": ("endpoint_tests/__init__.py", {}),
    "endpoint_tests/conftest.py.jinja": ("endpoint_tests/conftest.py", {}),
    "endpoint_tests/_harness.py.jinja": ("endpoint_tests/_harness.py", {}),
    "endpoint_tests/_loopback.py.jinja": ("endpoint_tests/_loopback.py", {}),
    "endpoint_tests/_package.py.jinja": ("endpoint_tests/_package.py", {}),
    "endpoint_tests/_operations.py.jinja": ("endpoint_tests/_operations.py", {}),
    "endpoint_tests/_operations.json.jinja": (
        "endpoint_tests/_operations.json",
        {"operations_json": ("str", "what the offline transport and the loopback server know of each operation, as JSON")},
    ),
    "endpoint_tests/_cases.json.jinja": (
        "endpoint_tests/_cases.json",
        {"cases_json": ("str", "every test case's expectation, as JSON")},
    ),
    "endpoint_tests/test_resource.py.jinja": (
        "endpoint_tests/test_<resource.module>.py",
        {"resource": _RESOURCE, "view": ("ResourceTests", "the resource's test cases and imports")},
    ),
}

#: what each block of the built-in templates holds (``docs/templates.md`` lists where they are)
BLOCKS: dict[str, str] = {
    "module_docstring": "the module's docstring",
    "imports": "the module's imports (add yours with ``{{ super() }}`` and a line)",
    "exports": "``__all__``",
    "footer": "the end of the module (empty: add module-level code)",
    "class_header": "a resource class's ``class`` line, docstring and ``__init__`` (per flavour: ``a`` is true for the async class, ``prefix`` is ``Async`` or empty)",
    "class_docstring": "a resource class's docstring",
    "methods": "every method of a resource class (per flavour)",
    "method": "the method(s) of one operation (``op``, flavour ``a``): the include of ``package/_operation.py.jinja``",
    "class_members": "the end of a resource class (empty: add members; per flavour)",
    "model": "one model class (``m``)",
    "model_docstring": "a model's docstring (``m``)",
    "model_config": "a model's ``model_config`` (``m``)",
    "field": "one field of a model (``f`` of ``m``)",
    "model_members": "the end of a model class (empty: add members such as ``__repr__``; ``m``)",
    "alias": "one type alias (``m``)",
    "client_header": "a client class's ``class`` line and docstring (flavour ``a``; ``client`` is the class name)",
    "client_docstring": "a client class's docstring",
    "client_init": "a client's constructor",
    "client_init_body": "the constructor's body: the settings, then the HTTP layer (``self._http``)",
    "client_members": "the end of a client class (empty: add members)",
}


def export_templates(dest: Path, *, force: bool = False) -> int:
    """Copy the built-in templates (``static/`` included) into ``dest`` with :data:`FORK_FILE`;
    the number of files written. Without ``force`` a folder that holds anything is refused."""
    if dest.exists() and not dest.is_dir():
        raise ExportError(f"{dest} is not a folder")
    if not force and dest.is_dir() and any(dest.iterdir()):
        raise ExportError(f"{dest} is not empty; export into a new folder, or pass --force to overwrite its files")
    count = 0
    for path in tree_files(TEMPLATES_DIR):
        if path.suffix == ".pyc":
            continue
        target = dest / path.relative_to(TEMPLATES_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
        count += 1
    (dest / FORK_FILE).write_text(fork_record(), encoding="utf-8")
    return count + 1


class ExportError(Exception):
    """``templates export`` cannot write where it was asked to."""
