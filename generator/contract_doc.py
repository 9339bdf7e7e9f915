"""docs/templates.md, written from the template contract (:mod:`.contract`): the classes' and
fields' docstrings and ``#:`` comments, the filters' docstrings, the blocks found in the built-in
templates. ``akeneo-codegen templates docs`` (or ``python -m generator.contract_doc``) prints it;
a test fails when the committed file differs.
"""

from __future__ import annotations

import ast
import inspect
import io
import re
import sys
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from enum import Enum
from functools import cache

import jinja2
from jinja2 import nodes

from .contract import (
    BASE_CONTEXT,
    BLOCKS,
    CONTRACT_CLASSES,
    CONTRACT_DOC,
    FORK_FILE,
    IR_CLASSES,
    IR_ENUMS,
    REMOVED,
    RENAMED,
    TEMPLATE_CONTEXT,
    field_names,
)
from .files import TEMPLATES_DIR
from .ir import TEMPLATE_CONTRACT
from .render import TEMPLATE_GLOBALS, make_environment


@dataclass(frozen=True)
class Member:
    """One documented member of a contract class."""

    name: str
    kind: str  #: field | property | method
    type: str
    doc: str


@cache
def _module_source(module_name: str) -> tuple[ast.Module, dict[int, tuple[str, bool]]]:
    """A module's syntax tree and its ``#:`` comments by line (text, whether the comment is
    the whole line)."""
    source = inspect.getsource(sys.modules[module_name])
    comments = {
        tok.start[0]: (tok.string[2:].strip(), tok.line.lstrip().startswith("#:"))
        for tok in tokenize.generate_tokens(io.StringIO(source).readline)
        if tok.type == tokenize.COMMENT and tok.string.startswith("#:")
    }
    return ast.parse(source), comments


def _class_node(cls: type) -> ast.ClassDef:
    tree, _ = _module_source(cls.__module__)
    return next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)


def _comment_doc(comments: dict[int, tuple[str, bool]], stmt: ast.stmt) -> str:
    """The ``#:`` comment trailing a statement, or the ``#:`` lines just above it."""
    end = stmt.end_lineno or stmt.lineno
    if end in comments and not comments[end][1]:
        return comments[end][0]
    lines: list[str] = []
    line = stmt.lineno - 1
    while line in comments and comments[line][1]:
        lines.insert(0, comments[line][0])
        line -= 1
    return " ".join(lines)


_ATTRIBUTE = re.compile(r"^(?P<names>[a-z_]+(?: / [a-z_]+)*): (?P<text>.*)$")


def _docstring_attributes(doc: str) -> tuple[str, dict[str, str]]:
    """A class docstring without its ``Attributes:`` section, and that section by name."""
    head, _, section = doc.partition("\nAttributes:\n")
    found: dict[str, str] = {}
    names: list[str] = []
    for raw in section.splitlines():
        m = _ATTRIBUTE.match(raw.strip()) if raw.startswith("    ") and not raw.startswith("     ") else None
        if m:
            names = m.group("names").split(" / ")
            for name in names:
                found[name] = m.group("text")
        elif raw.strip() and names:
            for name in names:
                found[name] += " " + raw.strip()
    return head.strip(), found


def class_doc(cls: type) -> str:
    """A contract class's own docstring (none: ""), its ``Attributes:`` section left out."""
    return _docstring_attributes(ast.get_docstring(_class_node(cls)) or "")[0]


def members(cls: type) -> list[Member]:
    """The fields, properties and methods templates may use, with their documentation."""
    _, comments = _module_source(cls.__module__)
    node = _class_node(cls)
    _, attributes = _docstring_attributes(ast.get_docstring(node) or "")
    annotated = {s.target.id: s for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}
    out: list[Member] = []
    dataclass_fields = {f.name for f in fields(cls)} if is_dataclass(cls) else set()
    for name in field_names(cls):
        if name in dataclass_fields:
            stmt = annotated[name]
            doc = _comment_doc(comments, stmt) or attributes.get(name, "")
            out.append(Member(name, "field", ast.unparse(stmt.annotation), doc))
            continue
        value = inspect.getattr_static(cls, name)
        func = value.fget if isinstance(value, property) else value
        assert callable(func)
        signature = inspect.signature(func)
        returns = signature.return_annotation if signature.return_annotation is not inspect.Signature.empty else ""
        params = ", ".join(p for p in list(signature.parameters)[1:])
        kind = "property" if isinstance(value, property) else "method"
        label = name if kind == "property" else f"{name}({params})"
        out.append(Member(label, kind, str(returns), _first_paragraph(inspect.getdoc(func) or "")))
    return out


def _first_paragraph(doc: str) -> str:
    return " ".join(doc.split("\n\n", 1)[0].split())


def _cell(text: str) -> str:
    """Text fit for a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _template_blocks(env: jinja2.Environment, name: str) -> Iterator[tuple[str, bool, str | None]]:
    """(block, scoped, enclosing block) of a built-in template, in order."""
    source = (TEMPLATES_DIR / name).read_text(encoding="utf-8")

    def walk(node: nodes.Node, parent: str | None) -> Iterator[tuple[str, bool, str | None]]:
        for child in node.iter_child_nodes():
            if isinstance(child, nodes.Block):
                yield child.name, child.scoped, parent
                yield from walk(child, child.name)
            else:
                yield from walk(child, parent)

    yield from walk(env.parse(source), None)


def block_table(env: jinja2.Environment) -> dict[str, list[tuple[str, bool, str | None]]]:
    """The blocks of every built-in template that has some."""
    found = {name: list(_template_blocks(env, name)) for name in TEMPLATE_CONTEXT}
    return {name: blocks for name, blocks in found.items() if blocks}


def _filters_and_globals() -> tuple[dict[str, object], dict[str, object]]:
    env = make_environment()
    plain = jinja2.Environment()
    filters = {k: v for k, v in sorted(env.filters.items()) if k not in plain.filters}
    return filters, dict(TEMPLATE_GLOBALS)


def _enum_lines(enum: type[Enum]) -> list[str]:
    _, comments = _module_source(enum.__module__)
    node = _class_node(enum)
    assigns = {s.targets[0].id: s for s in node.body if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Name)}
    lines = [f"### `{enum.__name__}`", "", class_doc(enum) or f"The values of `{enum.__name__}`.", "", "| member | value | meaning |", "| --- | --- | --- |"]
    for member in enum:
        doc = _comment_doc(comments, assigns[member.name]) if member.name in assigns else ""
        lines.append(f"| `{enum.__name__}.{member.name}` | `{member.value}` | {_cell(doc)} |")
    return [*lines, ""]


def contract_markdown() -> str:
    """docs/templates.md."""
    env = jinja2.Environment()
    out = [
        "# The template contract",
        "",
        f"Template contract version: **{TEMPLATE_CONTRACT}** (`generator.ir.TEMPLATE_CONTRACT`).",
        "",
        "This is what templates, the built-in ones and forks alike, may rely on: the variables each",
        "template receives, the filters and globals, the blocks of the built-in templates, and the",
        "classes of the intermediate model with their fields. It is written from the generator's own",
        f"sources (`akeneo-codegen templates docs > {CONTRACT_DOC}`); a test fails when this file is",
        "out of date. The version goes up when a field is renamed or removed; adding one keeps it.",
        "",
        f"A fork records the version it was written for in `{FORK_FILE}` at its top (`contract = "
        f"{TEMPLATE_CONTRACT}`;",
        "`akeneo-codegen templates export` writes it). A generator with another version refuses the",
        "fork with one error line naming the folder and both versions. Reading a field a class does not",
        "have fails at once with the template's file and line, the class and the field (and, for a",
        "renamed or removed field, what became of it), even under `is defined`: a template that works",
        "with a contract version reads only the fields it documents.",
        "",
        "`akeneo-codegen templates export DIR` copies the built-in templates (and the runtime under",
        "`static/`) as a reference; a fork passed to `--templates` holds only the files it changes,",
        "and the record. Its files shadow the built-in ones at the same relative path, `static/` included",
        "(a forked `static/_async/` file gets its `_sync/` twin from the fork's text).",
        "",
        "## Templates and their context",
        "",
        "Every template receives:",
        "",
        "| variable | type | what |",
        "| --- | --- | --- |",
        *(f"| `{k}` | `{t}` | {_cell(d)} |" for k, (t, d) in BASE_CONTEXT.items()),
        "",
        "and, per template:",
        "",
        "| template | renders | more variables |",
        "| --- | --- | --- |",
    ]
    for name, (renders, extra) in TEMPLATE_CONTEXT.items():
        more = "; ".join(f"`{k}` (`{t}`): {d}" for k, (t, d) in extra.items()) or "none"
        out.append(f"| `{name}` | `{renders}` | {_cell(more)} |")
    out += [
        "",
        "Templates without output of their own are included or imported by these: `package/_operation.py.jinja`",
        "(the method(s) of one operation, included with `op` and `a` in scope), `_macros/signature.jinja`,",
        "`_macros/docstring.jinja`, `endpoint_tests/_case.jinja` (macros, given what they lay out as",
        "arguments). A fork may shadow them as whole files.",
        "",
        "## Blocks",
        "",
        'A fork\'s template can `{% extends "builtin/<template>" %}` and override only some blocks;',
        "`{{ super() }}` renders the built-in block. Scoped blocks see the loop variables around them",
        "(`a` is true in the async flavour of a class; `op` is the operation, `m` the model, `f` the field).",
        "",
        "| template | block | scoped | inside | holds |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, blocks in block_table(env).items():
        for block, scoped, parent in blocks:
            out.append(f"| `{name}` | `{block}` | {'yes' if scoped else 'no'} | {f'`{parent}`' if parent else ''} | {_cell(BLOCKS.get(block, ''))} |")
    filters, globals_ = _filters_and_globals()
    out += ["", "## Filters", "", "| filter | what |", "| --- | --- |"]
    for name, func in filters.items():
        out.append(f"| `{name}` | {_cell(_first_paragraph(inspect.getdoc(func) or ''))} |")
    out += ["", "## Globals", "", "| global | what |", "| --- | --- |"]
    for name, value in globals_.items():
        what = f"the enumeration `{name}` (below)" if isinstance(value, type) else f"`{value!r}`: black's line length, which the layout filters write for"
        out.append(f"| `{name}` | {what} |")
    out += ["", "## Classes", "", "What the variables hold. Fields are plain values; properties are computed from them.", ""]
    for cls in CONTRACT_CLASSES:
        if cls is CONTRACT_CLASSES[len(IR_CLASSES)]:
            out += ["### Endpoint test views", "", "Only the endpoint test templates see these.", ""]
        out += [f"### `{cls.__name__}`", ""]
        doc = class_doc(cls)
        if doc:
            out += [" ".join(p.split()) + "\n" for p in doc.split("\n\n")]
        out += ["| member | kind | type | what |", "| --- | --- | --- | --- |"]
        out += [f"| `{m.name}` | {m.kind} | `{_cell(m.type)}` | {_cell(m.doc)} |" for m in members(cls)]
        out.append("")
    out += ["## Enumerations", ""]
    for enum in IR_ENUMS:
        out += _enum_lines(enum)
    out += ["## Renamed and removed fields", "", "| class | field | became |", "| --- | --- | --- |"]
    for (cls_name, name), new in sorted(RENAMED.items()):
        out.append(f"| `{cls_name}` | `{name}` | renamed to `{new}` |")
    for (cls_name, name), why in sorted(REMOVED.items()):
        out.append(f"| `{cls_name}` | `{name}` | removed: {_cell(why)} |")
    return "\n".join(out) + "\n"


def main() -> None:
    sys.stdout.write(contract_markdown())


if __name__ == "__main__":
    main()


__all__ = ["Member", "block_table", "class_doc", "contract_markdown", "members"]
