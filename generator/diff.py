"""What changed between the clients two specs generate, from a caller's point of view.

:func:`diff_apis` compares two intermediate models (so any two inputs the loader reads can be
compared: Swagger 2.0, OpenAPI 3.0 or 3.1, YAML or JSON, one file or many) and lists the
changes of the public surface: resources and methods, their parameters, request bodies and
results, the models' fields and enums, deprecations. Each change is *breaking* when code
written against the old client may fail against the new one (a removed method, a new required
parameter, a narrowed parameter type, a field removed from a reply), and the suggested version
bump follows: major for a breaking change, minor for additions and deprecations, patch for
anything else the surface shows (a wire name behind the same argument, a widened type).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from .ir import Api, Model, Operation, Parameter, Resource, TypeRef

#: the kinds of change, in report order
ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"
DEPRECATED = "deprecated"


@dataclass(frozen=True)
class Change:
    """One change: ``where`` is ``resource.method``, ``resource.method(param)``, ``Model`` or
    ``Model.field``; ``what`` says what happened, for people."""

    kind: str  #: added | removed | changed | deprecated
    where: str
    what: str
    breaking: bool


@dataclass
class ApiDiff:
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def bump(self) -> str:
        """The suggested version bump: major | minor | patch | none."""
        if self.breaking:
            return "major"
        if any(c.kind in (ADDED, DEPRECATED) for c in self.changes):
            return "minor"
        return "patch" if self.changes else "none"

    def add(self, kind: str, where: str, what: str, *, breaking: bool) -> None:
        self.changes.append(Change(kind, where, what, breaking))


# -- the comparison ---------------------------------------------------------------------------


def diff_apis(old: Api, new: Api) -> ApiDiff:
    """Every change of the public surface from ``old`` to ``new``, in a stable order."""
    out = ApiDiff()
    _resources(out, {r.attr_name: r for r in old.resources}, {r.attr_name: r for r in new.resources})
    _models(out, old, new)
    return out


def _resources(out: ApiDiff, old: dict[str, Resource], new: dict[str, Resource]) -> None:
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name), new.get(name)
        if after is None:
            out.add(REMOVED, name, f"resource removed ({len(before.operations) if before else 0} operations)", breaking=True)
        elif before is None:
            out.add(ADDED, name, f"resource added ({len(after.operations)} operations)", breaking=False)
        old_ops = {op.python_name: op for op in (before.operations if before else ())}
        new_ops = {op.python_name: op for op in (after.operations if after else ())}
        for method in sorted(old_ops.keys() | new_ops.keys()):
            was, now = old_ops.get(method), new_ops.get(method)
            where = f"{name}.{method}"
            if now is None and was is not None:
                out.add(REMOVED, where, f"method removed ({was.http_method} {was.path})", breaking=True)
            elif was is None and now is not None:
                out.add(ADDED, where, f"method added ({now.http_method} {now.path})", breaking=False)
            elif was is not None and now is not None:
                _operation(out, where, was, now)


def _parameters(op: Operation) -> dict[str, Parameter]:
    return {p.python_name: p for p in op.parameters}


def _operation(out: ApiDiff, where: str, was: Operation, now: Operation) -> None:
    if (was.http_method, was.path) != (now.http_method, now.path):
        out.add(CHANGED, where, f"now {now.http_method} {now.path} (was {was.http_method} {was.path})", breaking=False)
    if was.call.kind != now.call.kind:
        out.add(CHANGED, where, f"call kind {was.call.kind} -> {now.call.kind}", breaking=True)
    elif was.pagination != now.pagination:
        out.add(CHANGED, where, f"pagination {was.pagination.value} -> {now.pagination.value}", breaking=True)
    if was.return_type.annotation != now.return_type.annotation:
        out.add(CHANGED, where, f"returns {now.return_type.annotation} (was {was.return_type.annotation})", breaking=True)
    if was.body.kind != now.body.kind:
        out.add(CHANGED, where, f"body {was.body.kind.value} -> {now.body.kind.value}", breaking=True)
    elif was.body.type is not None and now.body.type is not None and not _widens(was.body.type, now.body.type):
        out.add(CHANGED, where, f"body type {now.body.type.annotation} (was {was.body.type.annotation})", breaking=True)
    if now.deprecated and not was.deprecated:
        out.add(DEPRECATED, where, "deprecated", breaking=False)
    before, after = _parameters(was), _parameters(now)
    by_wire = {p.wire_name: p for p in after.values()}
    for name in sorted(before.keys() | after.keys()):
        old_p, new_p = before.get(name), after.get(name)
        at = f"{where}({name})"
        if new_p is None and old_p is not None:
            renamed = by_wire.get(old_p.wire_name)
            if renamed is not None and renamed.python_name not in before:
                out.add(CHANGED, at, f"argument renamed to {renamed.python_name}", breaking=True)
            else:
                out.add(REMOVED, at, f"{old_p.location} parameter removed", breaking=True)
        elif old_p is None and new_p is not None:
            if any(p.wire_name == new_p.wire_name for p in before.values()):
                continue  # reported as the rename
            required = new_p.required
            out.add(ADDED, at, f"{'required' if required else 'optional'} {new_p.location} parameter added", breaking=required)
        elif old_p is not None and new_p is not None:
            _parameter(out, at, old_p, new_p)


def _parameter(out: ApiDiff, at: str, was: Parameter, now: Parameter) -> None:
    if now.required and not was.required:
        out.add(CHANGED, at, "now required", breaking=True)
    elif was.required and not now.required:
        out.add(CHANGED, at, "now optional", breaking=False)
    if was.wire_name != now.wire_name:
        out.add(CHANGED, at, f"sent as {now.wire_name} (was {was.wire_name})", breaking=False)
    if was.type.annotation != now.type.annotation:
        widened = _widens(was.type, now.type)
        out.add(CHANGED, at, f"type {now.type.annotation} (was {was.type.annotation})", breaking=not widened)
    _enum(out, at, set(was.enum_values) | _literals(was.type), set(now.enum_values) | _literals(now.type), sent=True)


def _models(out: ApiDiff, old: Api, new: Api) -> None:
    old_models = {m.class_name: m for m in old.models}
    new_models = {m.class_name: m for m in new.models}
    read, written = _directions(new)
    old_read, old_written = _directions(old)
    for name in sorted(old_models.keys() | new_models.keys()):
        was, now = old_models.get(name), new_models.get(name)
        if now is None:
            out.add(REMOVED, name, "model removed", breaking=True)
            continue
        if was is None:
            out.add(ADDED, name, "model added", breaking=False)
            continue
        is_read = name in read or name in old_read
        is_written = name in written or name in old_written
        _fields(out, was, now, is_read=is_read, is_written=is_written)


def _fields(out: ApiDiff, was: Model, now: Model, *, is_read: bool, is_written: bool) -> None:
    before = {f.python_name: f for f in was.fields}
    after = {f.python_name: f for f in now.fields}
    for name in sorted(before.keys() | after.keys()):
        old_f, new_f = before.get(name), after.get(name)
        at = f"{now.class_name}.{name}"
        if new_f is None:
            # readers lose it; writers may still send it where the model takes extra fields
            out.add(REMOVED, at, "field removed", breaking=is_read or (is_written and now.extra == "forbid"))
        elif old_f is None:
            out.add(ADDED, at, f"{'required' if new_f.required else 'optional'} field added", breaking=is_written and new_f.required)
        else:
            if new_f.required != old_f.required:
                # a writer must now send it; a reader may now get None
                breaking = (is_written and new_f.required) or (is_read and not new_f.required)
                out.add(CHANGED, at, "now required" if new_f.required else "now optional", breaking=breaking)
            if old_f.type.annotation != new_f.type.annotation:
                widened, narrowed = _widens(old_f.type, new_f.type), _widens(new_f.type, old_f.type)
                breaking = (is_written and not widened) or (is_read and not narrowed)
                out.add(CHANGED, at, f"type {new_f.type.annotation} (was {old_f.type.annotation})", breaking=breaking)
            else:
                _enum(out, at, _literals(old_f.type), _literals(new_f.type), sent=is_written)
            if new_f.deprecated and not old_f.deprecated:
                out.add(DEPRECATED, at, "deprecated", breaking=False)


def _enum(out: ApiDiff, at: str, was: set[object], now: set[object], *, sent: bool) -> None:
    """Values a caller may no longer send break it; a reader gains or loses cases safely."""
    if not was or not now:
        return
    if removed := sorted(was - now, key=str):
        out.add(REMOVED, at, f"enum values removed: {', '.join(map(str, removed))}", breaking=sent)
    if added := sorted(now - was, key=str):
        out.add(ADDED, at, f"enum values added: {', '.join(map(str, added))}", breaking=False)


def _members(t: TypeRef) -> set[str]:
    """A type as the set of its union members' annotations (literals: one member per value)."""
    members: set[str] = set()
    for arg in t.args if t.kind == "union" else (t,):
        if arg.kind == "literal":
            members |= {f"literal:{v!r}" for v in arg.values}
        else:
            members.add(arg.annotation)
    return members


def _widens(was: TypeRef, now: TypeRef) -> bool:
    """Whether every value ``was`` admits, ``now`` admits too (as far as unions and literals
    tell: ``str`` -> ``str | None``, ``Literal["a"]`` -> ``Literal["a", "b"]``)."""
    old, new = _members(was), _members(now)
    if {"str"} <= new:  # a string takes every string literal
        old = {m for m in old if not m.startswith("literal:'")}
    return old <= new


def _literals(t: TypeRef) -> set[object]:
    return {v for node in t.walk() if node.kind == "literal" for v in node.values}


def _directions(api: Api) -> tuple[set[str], set[str]]:
    """The model classes a caller reads (reachable from a result) and writes (from a body or a
    parameter)."""
    by_name = {m.class_name: m for m in api.models}

    def reach(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            name = todo.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            model = by_name[name]
            todo += model.depends_on
            todo += [n for f in model.fields for n in f.type.models]
            if model.alias_of is not None:
                todo += model.alias_of.models
        return seen

    ops = [op for r in api.resources for op in r.operations]
    read = reach(n for op in ops for n in op.return_type.models)
    written = reach(n for op in ops for t in (op.body.type, *(p.type for p in op.parameters)) if t is not None for n in t.models)
    return read, written


# -- reports -----------------------------------------------------------------------------------


def text_report(diff: ApiDiff, old_name: str, new_name: str) -> str:
    if not diff.changes:
        return f"{old_name} -> {new_name}: no change to the client's surface\n"
    lines = [f"{old_name} -> {new_name}: {len(diff.changes)} change(s), {len(diff.breaking)} breaking; suggested bump: {diff.bump}"]
    for c in diff.changes:
        lines.append(f"  {'BREAKING' if c.breaking else 'ok':<9}{c.kind:<11}{c.where}: {c.what}")
    return "\n".join(lines) + "\n"


def markdown_report(diff: ApiDiff, old_name: str, new_name: str) -> str:
    lines = [f"## API changes: {old_name} -> {new_name}", "", f"Suggested version bump: **{diff.bump}**."]
    if not diff.changes:
        return "\n".join([*lines, "", "No change to the client's surface.", ""])
    sections = [
        ("Breaking", [c for c in diff.changes if c.breaking]),
        ("Added", [c for c in diff.changes if not c.breaking and c.kind == ADDED]),
        ("Deprecated", [c for c in diff.changes if not c.breaking and c.kind == DEPRECATED]),
        ("Other changes", [c for c in diff.changes if not c.breaking and c.kind in (CHANGED, REMOVED)]),
    ]
    for title, changes in sections:
        if changes:
            lines += ["", f"### {title}", ""]
            lines += [f"- `{c.where}`: {c.what}" for c in changes]
    return "\n".join(lines) + "\n"


def json_report(diff: ApiDiff, old_name: str, new_name: str) -> str:
    body = {"old": old_name, "new": new_name, "bump": diff.bump, "breaking": len(diff.breaking), "changes": [asdict(c) for c in diff.changes]}
    return json.dumps(body, indent=2) + "\n"


REPORTS = {"text": text_report, "markdown": markdown_report, "json": json_report}
