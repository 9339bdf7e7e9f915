"""Normalized OpenAPI 3.1 document -> intermediate model (:mod:`generator.ir`)."""

from __future__ import annotations

import contextlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..diagnostics import Diagnostic, Level, pointer_join
from ..dialects import GENERIC, Dialect, MethodNaming
from ..ir import (
    SAAS,
    Api,
    ArrayBatch,
    Body,
    BodyKind,
    Call,
    Download,
    JsonCall,
    Model,
    NdjsonBatch,
    Operation,
    PageListing,
    Pagination,
    Parameter,
    Part,
    Resource,
    Response,
    ResultKind,
    Server,
    TypeRef,
    Upload,
    in_edition,
)
from ..literals import compact_json, py_literal, temporal_example, wire_text
from . import classify
from .examples import synthesize
from .method_names import Wanted, assign_names, companion_name
from .naming import (
    NamingOverrides,
    class_name,
    derive_method_name,
    method_name,
    plural,
    snake_name,
)
from .read import HTTP_METHODS
from .schemas import ANY, NONE, SchemaConverter, optional

#: Attributes the client classes define themselves (``pim.settings`` is its configuration).
CLIENT_ATTRS = frozenset({"settings", "close", "aclose"})
#: Names generated methods use for their own arguments and locals (everything else they reach
#: through module aliases): a parameter or multipart part named like one gets a trailing underscore.
METHOD_LOCALS = frozenset(
    {
        "body",
        "items",
        "batch_size",
        "strict",
        "start",
        "concurrency",
        "on_progress",
        "filename",
        "content_type",
        "response",
        "to",
        "overwrite",
        "chunk_size",
        "timeout",
        "extra_headers",
        "extra_query",
    }
)
STR = TypeRef("primitive", "str")
STANDARD_RESULT = {
    ResultKind.UPSERT: TypeRef("runtime", "UpsertOutcome"),
    ResultKind.CREATED: TypeRef("runtime", "UpsertOutcome"),
    ResultKind.NONE: NONE,
    ResultKind.UPLOAD: STR,  # UploadResult when no code is sent back
    ResultKind.BINARY: TypeRef("runtime", "DownloadResult"),
    ResultKind.TEXT: STR,
    ResultKind.BATCH: TypeRef("runtime", "UpsertLine"),
}
#: the filter parameter's type: the runtime's builder, a mapping of filters, or their JSON text
FILTER_TYPE = TypeRef("union", args=(TypeRef("runtime", "Search"), TypeRef("mapping", args=(TypeRef("primitive", "object"),)), STR))


#: the ``search`` query parameter's example, as Python source and as its query text
#: path words that are not resource names: ``api``, versions (``v1``, ``2.0``, ``v1beta2``)
_VERSION_WORD = re.compile(r"api|rest|v?\d+(\.\d+)*|v\d+(alpha|beta)\d*", re.IGNORECASE)

SEARCH_EXAMPLE_REPR = 'Search().where("enabled", "=", True)'
SEARCH_EXAMPLE_WIRE = '{"enabled":[{"operator":"=","value":true}]}'


class Builder:
    def __init__(self, doc: dict[str, Any], naming: NamingOverrides, *, file: str | None, source_name: str, package_name: str, dialect: Dialect = GENERIC, edition: str | None = None) -> None:
        self.doc = doc
        self.edition = edition  #: keep only what this edition has (None: everything)
        self._editions: dict[str, None] = {}  #: every edition met, in order
        self.naming = naming
        self.dialect = dialect
        #: per operation pointer: (named in a naming file, the spec's own operationId)
        self._naming_sources: dict[str, tuple[bool, str | None]] = {}
        self._response_examples: dict[str, Any] = {}  #: by $ref (see _response_example)
        self.file = file
        self.source_name = source_name
        self.package_name = package_name
        self.diagnostics: list[Diagnostic] = []
        #: where the operation being built declares each parameter, by (name, location)
        self._declared_at: dict[tuple[str, str], str] = {}
        self.schemas = SchemaConverter(doc, naming.schemas, self.diagnostics, file)

    def error(self, pointer: str, message: str) -> None:
        diag = Diagnostic(Level.ERROR, pointer, message, self.file)
        if diag not in self.diagnostics:  # (a path item's parameter, met by each of its operations)
            self.diagnostics.append(diag)

    def warn(self, pointer: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(Level.WARNING, pointer, message, self.file))

    def resolve(self, node: Any) -> dict[str, Any]:
        return self.schemas.resolve(node)

    # ------------------------------------------------------------------------------------------
    def build(self) -> Api:
        info = self.doc.get("info") or {}
        built_ops: list[Operation] = []
        seen_ids: set[str] = set()
        for path, raw_item in (self.doc.get("paths") or {}).items():
            if not isinstance(raw_item, dict):
                continue
            item = self.resolve(raw_item) if "$ref" in raw_item else raw_item
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                pointer = pointer_join("/paths", path, method)
                if not self._kept(op):
                    continue
                built = self.operation(path, method.upper(), op, item, pointer, seen_ids)
                if built is not None:
                    built_ops.append(built)
        ops_by_resource: dict[str, list[Operation]] = defaultdict(list)
        for built in self._final_names(built_ops):
            ops_by_resource[built.resource].append(built)
        resources = []
        for attr in sorted(ops_by_resource):
            ops = tuple(sorted(ops_by_resource[attr], key=lambda o: o.python_name))
            used = sorted({m for o in ops for m in self._op_models(o)})
            resources.append(Resource(attr_name=attr, class_name=class_name(attr), module=attr, operations=ops, models_used=tuple(used)))
        models = self._assign_modules(resources)
        long_names = self.schemas.long_names_diagnostic()
        if long_names is not None:
            self.diagnostics.append(long_names)
        servers = tuple(
            Server(url=self._server_url(s), description=s.get("description"))
            for s in self.doc.get("servers") or []
            if isinstance(s, dict) and isinstance(s.get("url"), str)
        )
        return Api(
            title=str(info.get("title") or "API"),
            version=str(info.get("version") or ""),
            description=info.get("description") if isinstance(info.get("description"), str) else None,
            servers=servers,
            resources=tuple(resources),
            models=models,
            source_name=self.source_name,
            package_name=self.package_name,
            model_modules=tuple(sorted({m.module for m in models})),
            client_class=self.dialect.client_class or "Client",
            env_prefix=self.dialect.env_prefix or self.package_name.upper(),
            dialect=self.dialect.name,
            editions=tuple(sorted(self._editions, key=_edition_order)),
            edition=self.edition,
            success_statuses=self.dialect.success_statuses,
        )

    def _final_names(self, ops: list[Operation]) -> list[Operation]:
        """Every operation with its final method name (:mod:`generator.loader.method_names`);
        each collision resolved is reported as a warning."""
        wanted = []
        for op in ops:
            explicit, spec_id = self._naming_sources[op.source_pointer]
            companions = ("{}_page",) if op.result is ResultKind.PAGE else ("iter_{}",) if op.result is ResultKind.BINARY else ()
            wanted.append(Wanted(op.resource, op.python_name, op.http_method, op.path, spec_id, explicit, op.source_pointer, companions))
        names, collisions = assign_names(wanted)
        for collision in collisions:
            self.warn(collision.pointer, collision.message)
        return [self._named(op, name) for op, name in zip(ops, names, strict=True)]

    @staticmethod
    def _named(op: Operation, name: str) -> Operation:
        return replace(
            op,
            python_name=name,
            call=Download(companion_name("iter_{}", name)) if isinstance(op.call, Download) else op.call,
            deprecation_warning=f"{op.resource}.{name}(): {op.http_method} {op.path} is deprecated" if op.deprecated else None,
        )

    @staticmethod
    def _server_url(server: dict[str, Any]) -> str:
        url = str(server["url"])
        for name, var in (server.get("variables") or {}).items():
            if isinstance(var, dict) and "default" in var:
                url = url.replace("{" + str(name) + "}", str(var["default"]))
        return url

    def _op_models(self, op: Operation) -> set[str]:
        names: set[str] = set(op.return_type.models)
        if op.item_type:
            names |= set(op.item_type.models)
        if op.body.type:
            names |= set(op.body.type.models)
        for part in op.body.parts:
            names |= set(part.type.models) if part.type else set()
        for p in op.parameters:
            names |= set(p.type.models)
        return names

    def _one_of_parts(self, schema: dict[str, Any], names: set[str]) -> tuple[str, ...]:
        """``oneOf: [{required: [a]}, {required: [b]}]``: exactly one of the parts a, b (wire
        names, among ``names``)."""
        options = schema.get("oneOf")
        if not isinstance(options, list) or len(options) < 2:
            return ()
        picked = []
        for option in options:
            required = self.resolve(option).get("required") if isinstance(option, dict) else None
            if not isinstance(required, list) or len(required) != 1 or required[0] not in names:
                return ()
            picked.append(str(required[0]))
        return tuple(picked)

    def _holds_secrets(self, name: str, seen: set[str]) -> bool:
        model = self.schemas.models.get(name)
        if model is None or name in seen:
            return False
        seen.add(name)
        return any(f.secret for f in model.fields) or any(self._holds_secrets(d, seen) for d in model.depends_on)

    def _assign_modules(self, resources: list[Resource]) -> tuple[Model, ...]:
        models = self.schemas.models
        users: dict[str, set[str]] = defaultdict(set)

        def visit(name: str, resource: str, seen: set[str]) -> None:
            if name in seen or name not in models:
                return
            seen.add(name)
            users[name].add(resource)
            for dep in models[name].depends_on:
                visit(dep, resource, seen)

        for res in resources:
            seen: set[str] = set()
            for name in res.models_used:
                visit(name, res.attr_name, seen)
        out = []
        for name in sorted(models):
            owners = users.get(name, set())
            if not owners:
                continue  # reachable from no operation (e.g. a list envelope read as Page)
            module = next(iter(owners)) if len(owners) == 1 else "common"
            out.append(replace(models[name], module=module, holds_secrets=self._holds_secrets(name, set()), value_access=self._holds_values(models[name], models)))
        return tuple(out)

    def _holds_values(self, model: Model, models: dict[str, Model]) -> bool:
        """Whether a model holds Akeneo product values (the dialect says such maps exist): a
        ``values`` field mapping attribute codes to lists of a model with ``locale``, ``scope``
        and ``data``. A model with a field named like a member of ``HasValues`` keeps its field
        and goes without (warned)."""
        if not self.dialect.product_values or model.kind != "object":
            return False
        field = next((f for f in model.fields if f.json_name == "values"), None)
        held = field.type if field is not None else None
        if held is not None and held.kind == "union":
            held = next((a for a in held.args if not a.nullable), None)
        if held is None or held.kind != "dict" or held.args[0].kind != "list" or held.args[0].args[0].kind != "model":
            return False
        item = models.get(held.args[0].args[0].name)
        if item is None or not {"locale", "scope", "data"} <= {f.json_name for f in item.fields}:
            return False
        clash = sorted({f.python_name for f in model.fields} & VALUE_ACCESS_MEMBERS)
        if clash:
            self.warn(model.source_pointer, f"{model.class_name} holds product values but has fields named like its readers ({', '.join(clash)}): it goes without them")
            return False
        return True

    # ------------------------------------------------------------------------------------------
    def _kept(self, obj: dict[str, Any]) -> bool:
        """Whether an operation or a parameter is in the edition asked for (recording the
        editions its ``x-versions`` name)."""
        editions = editions_of(obj)
        self._editions.update(dict.fromkeys(editions))
        return self.edition is None or in_edition(editions, self.edition)

    def operation(self, path: str, method: str, op: dict[str, Any], item: dict[str, Any], pointer: str, seen_ids: set[str]) -> Operation | None:
        # a path key may carry a fixed query (``/responses/{id}?beta=true``): it travels as written
        # (httpx merges it with the query parameters) and takes no part in the path's shape
        segments = [s for s in path.partition("?")[0].split("/") if s]
        on_item = bool(segments) and segments[-1].startswith("{")
        op_id = op.get("operationId")
        spec_id = op_id if isinstance(op_id, str) and op_id else None
        if not isinstance(op_id, str) or not op_id:
            op_id = snake_name(f"{method} {path}")
        elif op_id in seen_ids:
            self.warn(pointer_join(pointer, "operationId"), f"operationId {op_id!r} is used twice")
            op_id = snake_name(f"{method} {path}")
        seen_ids.add(op_id)
        # inline schemas are named after the (unique) operation id, also when the spec has none
        op = {**op, "operationId": op_id}
        params = self._parameters(item.get("parameters") or [], op.get("parameters") or [], pointer)
        body, body_schema = self._body(op, method, on_item, pointer)
        responses = self._responses(op, pointer, body.kind)
        listed = [r.status for r in responses]
        success = [r for r in responses if _is_success(r.status, listed)]
        binary = next((r for r in success if r.binary), None)
        kind_hint = (
            "multipart" if body.kind is BodyKind.MULTIPART
            else body.kind.value if body.kind in (BodyKind.NDJSON_BATCH, BodyKind.JSON_BATCH)
            else "binary" if binary else "json"
        )
        override = self.naming.operation_for(method, path)
        tags = tuple(str(t) for t in op.get("tags") or [])
        if override:
            resource, name = override
        else:
            resource = self._resource_name(tags, segments)
            if self.dialect.method_naming is MethodNaming.OPERATION_ID and spec_id is not None:
                name = method_name(spec_id)
            else:
                name = derive_method_name(method, path.partition("?")[0], kind=kind_hint)
        self._naming_sources[pointer] = (override is not None, spec_id)

        path_params = tuple(p for p in params if p.location == "path")
        order = [s[1:-1] for s in segments if s.startswith("{")]
        path_params = tuple(sorted(path_params, key=lambda p: order.index(p.wire_name) if p.wire_name in order else 99))
        for wire in order:
            if wire not in {p.wire_name for p in path_params}:
                self.error(pointer, f"path parameter {wire!r} is not declared")
                return None
        twice = sorted({wire for wire in order if order.count(wire) > 1})
        if twice:
            self.error(pointer, f"the path names {{{twice[0]}}} more than once")
            return None
        absent = [p for p in path_params if p.wire_name not in order]
        for p in absent:
            self.error(self._declared_at[(p.wire_name, "path")], f"path parameter {p.wire_name!r} is not in the path {path.partition('?')[0]!r}")
        if absent:
            return None
        query = tuple(p for p in params if p.location == "query")
        headers = tuple(p for p in params if p.location == "header")
        cookies = tuple(p for p in params if p.location == "cookie")
        path_params, query, sent_aside, body = self._distinct_arguments(path_params, query, headers + cookies, body, pointer)
        headers, cookies = sent_aside[: len(headers)], sent_aside[len(headers) :]

        page_item = next((self._envelope_item(op, r) for r in success if r.type is not None and r.status == "200"), None)
        item_type: TypeRef | None = None
        pagination = Pagination.NONE
        code_header: str | None = None
        statuses = {r.status for r in success}
        typed = next((r for r in success if r.type is not None), None)  # the first success with a JSON or text body
        if body.kind in (BodyKind.NDJSON_BATCH, BodyKind.JSON_BATCH):
            result = ResultKind.BATCH
            item_type = body.type
        elif body.kind is BodyKind.MULTIPART:
            result = ResultKind.UPLOAD
            created = next((r for r in success if r.status == "201"), None)
            hdrs = {h.lower(): h for h in (created.headers if created else ())}
            # An upload to a collection creates a file named in a header; one to an item path
            # (a PAM asset's reference file for a locale) names nothing new: it returns the reply.
            code_header = None if on_item else next((hdrs[h] for h in self.dialect.code_headers if h in hdrs), hdrs.get("location"))
        elif binary is not None:
            result = ResultKind.BINARY
        elif page_item is not None and method == "GET":
            result = ResultKind.PAGE
            item_type = page_item
            qnames = {p.wire_name for p in query}
            pt = next((p for p in query if p.wire_name == "pagination_type"), None)
            pagination = classify.pagination_of(qnames, True, tuple(str(v) for v in (pt.enum_values if pt else ())))
        elif "201" in statuses and "204" in statuses:
            result = ResultKind.UPSERT
        elif typed is not None:
            result = ResultKind.TEXT if (typed.content_type or "").startswith("text/") else ResultKind.MODEL
        elif "201" in statuses:
            result = ResultKind.CREATED
        else:
            result = ResultKind.NONE
        # a success without a body beside the one with a model: the method may return None
        empty_ok = result is ResultKind.MODEL and any(r.type is None and r.content_type is None for r in success)
        if result is ResultKind.MODEL and typed is not None:
            return_type = optional(typed.type or ANY) if empty_ok else typed.type or ANY
        elif result is ResultKind.PAGE:
            return_type = TypeRef("runtime", "Page", (item_type or ANY,))
        elif result is ResultKind.UPLOAD and code_header is None:
            return_type = TypeRef("runtime", "UploadResult")
        else:
            return_type = STANDARD_RESULT[result]
        call: Call
        if result is ResultKind.BATCH:
            key = self._batch_key(body_schema)
            batch_items = item_type or ANY
            call = NdjsonBatch(batch_items, key) if body.kind is BodyKind.NDJSON_BATCH else ArrayBatch(batch_items, key)
        elif result is ResultKind.PAGE:
            call = PageListing(item_type or ANY, pagination)
        elif result is ResultKind.UPLOAD:
            call = Upload(code_header)
        elif result is ResultKind.BINARY:
            call = Download(companion_name("iter_{}", name))
        else:
            call = JsonCall(result, empty_ok=empty_ok)
        return Operation(
            python_name=name,
            resource=resource,
            http_method=method,
            path=path,
            operation_id=op_id,
            summary=op.get("summary") if isinstance(op.get("summary"), str) else None,
            description=op.get("description") if isinstance(op.get("description"), str) else None,
            tags=tags,
            deprecated=bool(op.get("deprecated")),
            path_params=path_params,
            query_params=query,
            header_params=headers,
            cookie_params=cookies,
            body=body,
            responses=tuple(responses),
            call=call,
            return_type=return_type,
            auth_scheme=self._auth_scheme(op),
            enterprise_only=bool(op.get("x-ee")),
            editions=editions_of(op),
            deprecation_warning=f"{resource}.{name}(): {method} {path} is deprecated" if op.get("deprecated") else None,
            success_statuses=tuple(r.status for r in success),
            source_pointer=pointer,
            rate_limit=self._rate_limit(op, pointer),
        )

    def _rate_limit(self, op: dict[str, Any], pointer: str) -> float | None:
        """The operation's ``x-rate-limit`` (requests per second, a number > 0); anything else
        is ignored with a warning."""
        value = op.get("x-rate-limit")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1e9:
            self.warn(pointer_join(pointer, "x-rate-limit"), f"x-rate-limit must be a number of requests per second > 0, not {value!r}: ignored")
            return None
        return float(value)

    def _distinct_arguments(
        self, path: tuple[Parameter, ...], query: tuple[Parameter, ...], headers: tuple[Parameter, ...], body: Body, pointer: str
    ) -> tuple[tuple[Parameter, ...], tuple[Parameter, ...], tuple[Parameter, ...], Body]:
        """Arguments whose wire names map to one Python name get distinct names: path parameters
        keep theirs, then query, header and body parameters in that order; a later one adds its
        location (``id_query``), then a number. Each rename is a warning."""
        taken: set[str] = set() if body.kind in (BodyKind.MULTIPART, BodyKind.FORM, BodyKind.NONE) else {"body"}

        def distinct(name: str, where: str, wire: str) -> str:
            if name not in taken:
                taken.add(name)
                return name
            candidate, n = f"{name.rstrip('_')}_{where}", 2
            while candidate in taken:
                candidate, n = f"{name.rstrip('_')}_{where}_{n}", n + 1
            taken.add(candidate)
            self.warn(pointer, f"{where} parameter {wire!r} maps to the Python name {name!r}, already taken: named {candidate!r}")
            return candidate

        path = tuple(replace(p, python_name=distinct(p.python_name, "path", p.wire_name)) for p in path)
        query = tuple(replace(p, python_name=distinct(p.python_name, "query", p.wire_name)) for p in query)
        headers = tuple(replace(p, python_name=distinct(p.python_name, "header", p.wire_name)) for p in headers)
        if body.kind in (BodyKind.MULTIPART, BodyKind.FORM):
            body = replace(body, parts=tuple(replace(p, python_name=distinct(p.python_name, "part", p.wire_name)) for p in body.parts))
        return path, query, headers, body

    def _auth_scheme(self, op: dict[str, Any]) -> str:
        """bearer (a token), basic (client id and secret: the token endpoint) or none."""
        security = op.get("security", self.doc.get("security"))
        if not isinstance(security, list) or not security:
            return "none" if isinstance(security, list) else "bearer"
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        kinds = set()
        for requirement in security:
            if not isinstance(requirement, dict) or not requirement:
                kinds.add("none")
                continue
            for name in requirement:
                scheme = self.resolve(schemes.get(name) or {})
                is_basic = scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic"
                kinds.add("basic" if is_basic else "bearer")
        return "bearer" if "bearer" in kinds else "basic" if "basic" in kinds else "none"

    def _resource_name(self, tags: tuple[str, ...], segments: list[str]) -> str:
        """The first tag (made plural in dialects that want it), else the first path word that
        is not a version or ``api`` (``/v2/droplets/{id}`` -> ``droplets``), else ``default``."""
        if tags:
            tag = tags[0]
            if tag in self.naming.tags:
                return self.naming.tags[tag]
            name = snake_name(tag, fallback="default")
            if self.dialect.pluralize_tags:
                name = plural(name)
        else:
            static = [s for s in segments if not s.startswith("{") and not _VERSION_WORD.fullmatch(s)]
            name = snake_name(static[0] if static else "default", fallback="default")
        # the client classes' own attributes cannot be resource attributes
        return f"{name}_" if name in CLIENT_ATTRS else name

    def _batch_key(self, item_schema: dict[str, Any] | None) -> str:
        """The field naming each batch result: a required one first (uuid before identifier)."""
        flat = self.schemas.flatten(item_schema or {})
        props = set(flat.get("properties") or {})
        required = flat.get("required") or []
        for key in ("uuid", "identifier", "code"):
            if key in props and key in required:
                return key
        for key in ("identifier", "uuid", "code"):
            if key in props:
                return key
        return "code"

    def _envelope_item(self, op: dict[str, Any], response: Response) -> TypeRef | None:
        schema = self._response_schema(op, response.status)
        flat = self.schemas.flatten(schema or {})
        if not classify.is_list_envelope(flat):
            return None
        emb = self.schemas.flatten(flat["properties"]["_embedded"])
        items = self.resolve(emb.get("properties", {}).get("items", {}))
        if items.get("type") != "array":
            return None
        ctx = class_name(f"{op.get('operationId') or 'List'} item")
        return self.schemas.type_of(items.get("items", {}), ctx, "")

    def _response_schema(self, op: dict[str, Any], status: str) -> dict[str, Any] | None:
        resp = self.resolve((op.get("responses") or {}).get(status) or {})
        content = resp.get("content") or {}
        picked = classify.pick_content(self.dialect.line_delimited_types, content)
        if picked is None:
            return None
        schema = picked[1].get("schema")
        return schema if isinstance(schema, dict) else None

    # ------------------------------------------------------------------------------------------
    def _parameters(self, path_level: list[Any], op_level: list[Any], pointer: str) -> list[Parameter]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for where, plist in (("parameters", path_level), ("op", op_level)):
            for i, raw in enumerate(plist):
                p = self.resolve(raw)
                if not p and isinstance(raw, dict) and "$ref" in raw:
                    continue  # (a $ref to nothing, or to itself: reported where it leads)
                name, loc = p.get("name"), p.get("in")
                if not isinstance(name, str) or loc not in ("path", "query", "header", "cookie"):
                    self.error(pointer_join(pointer, "parameters", i), "parameter needs a name and a location")
                    continue
                if loc == "header" and name.lower() in ("content-type", "accept", "authorization"):
                    continue
                if not self._kept(p):
                    continue
                merged[(name, loc)] = (p, pointer_join(pointer if where == "op" else pointer.rsplit("/", 1)[0], "parameters", i))
        self._declared_at = {key: at for key, (_, at) in merged.items()}
        out = []
        for (name, loc), (p, ppointer) in merged.items():
            schema = p.get("schema") or {}
            if not schema and isinstance(p.get("content"), dict):
                schema = {"type": "string", "contentMediaType": "application/json"}
            resolved = self.resolve(schema)
            ptype = self.schemas.type_of(schema, class_name(f"{name} param"), pointer_join(ppointer, "schema"))
            is_search = name == self.dialect.filter_parameter and loc == "query"  # a filter language
            if is_search:
                ptype = FILTER_TYPE
            required = bool(p.get("required")) or loc == "path"
            if loc == "path":
                example: Any = p.get("example", resolved.get("example"))
                if not isinstance(example, (str, int)):
                    example = f"{snake_name(name)}_1"
            else:
                example = self._param_example(p, resolved)
            example_repr, example_wire = (SEARCH_EXAMPLE_REPR, SEARCH_EXAMPLE_WIRE) if is_search else (py_literal(example), wire_text(example))
            if ptype.kind == "temporal" and (typed := temporal_example(example, ptype.name)) is not None:
                example_repr, example_wire = typed
            separator: str | None = None
            listed = loc == "query" and not is_search and _list_member(ptype) is not None
            if listed:
                ptype, separator = self._query_list(ptype, p, ppointer)
                if isinstance(example, (list, tuple)) and separator is not None:
                    texts = [wire_text(v) for v in example]
                    example_wire = separator.join(t for t in texts if t is not None)
            out.append(
                Parameter(
                    python_name=_argument_name(name, "param"),
                    wire_name=name,
                    location=loc,
                    type=ptype if required else optional(ptype),
                    required=required,
                    description=p.get("description") if isinstance(p.get("description"), str) else None,
                    default_repr=py_literal(resolved["default"]) if "default" in resolved and not isinstance(resolved["default"], (dict, list)) else None,
                    enum_values=tuple(v for v in resolved.get("enum") or () if isinstance(v, (str, int))),
                    editions=editions_of(p),
                    minimum=resolved.get("minimum") if isinstance(resolved.get("minimum"), (int, float)) else None,
                    maximum=resolved.get("maximum") if isinstance(resolved.get("maximum"), (int, float)) else None,
                    keeps_slashes=bool(p.get("x-allow-reserved-slash") or p.get("allowReserved")),
                    example_wire=example_wire,
                    example_repr=example_repr,
                    is_list=listed,
                    separator=separator,
                )
            )
        return out

    def _query_list(self, ptype: TypeRef, p: dict[str, Any], pointer: str) -> tuple[TypeRef, str | None]:
        """A list-valued query parameter's type (any sequence of the items) and its separator
        (None: one pair per value), from its ``style`` and ``explode`` (OpenAPI's defaults:
        ``form``, exploded)."""
        style = p.get("style", "form")
        explode = p.get("explode", style == "form")
        separators = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
        if style not in separators:
            self.warn(pointer_join(pointer, "style"), f"style {style!r} does not apply to a list-valued query parameter: its values are sent one pair each")
        separator = None if explode is not False or style not in separators else separators[style]
        item = _list_member(ptype)
        assert item is not None
        sequence = TypeRef("sequence", args=item.args)
        if ptype.kind == "union":
            return TypeRef("union", args=tuple(sequence if a is item else a for a in ptype.args)), separator
        return sequence, separator

    def _param_example(self, p: dict[str, Any], schema: dict[str, Any]) -> Any:
        if "example" in p:
            return p["example"]
        if isinstance(p.get("examples"), dict) and p["examples"]:
            first = self.resolve(next(iter(p["examples"].values())))
            if "value" in first:
                return first["value"]
        return synthesize(schema, self.resolve, name=str(p.get("name")))

    # ------------------------------------------------------------------------------------------
    def _body(self, op: dict[str, Any], method: str, on_item: bool, pointer: str) -> tuple[Body, dict[str, Any] | None]:
        raw = op.get("requestBody")
        if not isinstance(raw, dict):
            return Body(kind=BodyKind.NONE, content_type=""), None
        rb = self.resolve(raw)
        picked = classify.pick_content(self.dialect.line_delimited_types, rb.get("content") or {})
        if picked is None:
            return Body(kind=BodyKind.NONE, content_type=""), None
        ct, media = picked
        bpointer = pointer_join(pointer, "requestBody", "content", ct)
        schema = media.get("schema") or {}
        resolved = self.schemas.flatten(schema)
        kind = classify.body_kind(ct, media, resolved, method, on_item, self.dialect.line_delimited_types, self.dialect.array_batches)
        ctx = class_name(f"{op.get('operationId') or method} body")
        description = rb.get("description") if isinstance(rb.get("description"), str) else None
        example = media.get("example", resolved.get("example"))
        if kind is BodyKind.MULTIPART or kind is BodyKind.FORM:
            parts = []
            required = set(resolved.get("required") or [])
            for name, prop in (resolved.get("properties") or {}).items():
                pr = self.resolve(prop)
                is_file = pr.get("format") == "binary" or ("contentMediaType" in pr and pr.get("contentMediaType") != "application/json")
                encoding = (media.get("encoding") or {}).get(name) or {}
                is_json = (
                    pr.get("contentMediaType") == "application/json"
                    or pr.get("type") in ("object", "array")
                    or classify.is_json_type(str(encoding.get("contentType") or "text/plain"))
                )
                ex = pr.get("example")
                if ex is None and isinstance(example, dict):
                    ex = example.get(name)
                if is_json and isinstance(ex, str):
                    with contextlib.suppress(ValueError):
                        ex = json.loads(ex)
                if ex is None and not is_file and name in required:
                    # an optional part without an example stays out (e.g. product vs product_model)
                    ex = {"code": "sample"} if is_json and kind is BodyKind.MULTIPART else synthesize(pr, self.resolve, name=name)
                # url-encoded fields keep their scalar types (sent as text: true/false, numbers)
                ptype = None
                if kind is BodyKind.FORM and not is_json and not is_file:
                    ptype = self.schemas.type_of(prop, f"{ctx}{class_name(str(name), fallback='Field')}", pointer_join(bpointer, "schema", "properties", str(name)))
                parts.append(
                    Part(
                        python_name=_argument_name(str(name), "part"),
                        wire_name=str(name),
                        is_file=is_file,
                        is_json=is_json,
                        required=name in required,
                        description=pr.get("description") if isinstance(pr.get("description"), str) else None,
                        example_repr=py_literal(ex) if not is_file else '""',
                        type=ptype,
                    )
                )
            one_of = self._one_of_parts(self.resolve(schema), {p.wire_name for p in parts})
            body = Body(kind=kind, content_type=ct, required=bool(rb.get("required", True)), parts=tuple(parts), description=description, one_of_parts=one_of)
            return body, resolved
        if kind is BodyKind.JSON_BATCH:
            items = resolved.get("items") or {}
            item_type = self.schemas.type_of(items, f"{ctx}Item", pointer_join(bpointer, "schema", "items"))
            ex_list = example if isinstance(example, list) and example else [synthesize(items, self.resolve, name="item")]
            return Body(kind=kind, content_type=ct, required=True, type=item_type, description=description, example_json=compact_json(ex_list[0]), example_items_json=tuple(compact_json(x) for x in ex_list)), self.schemas.flatten(items)
        btype = self.schemas.type_of(schema, ctx, pointer_join(bpointer, "schema"))
        if example is None:
            example = synthesize(schema, self.resolve, name="body")
        lines = kind is BodyKind.NDJSON_BATCH
        line_examples = (example if isinstance(example, list) else [example]) if lines else []
        body = Body(kind=kind, content_type=ct, required=bool(rb.get("required", False)) or lines, type=btype, description=description, example_json=compact_json(example), example_items_json=tuple(compact_json(x) for x in line_examples))
        return body, resolved

    def _response_example(self, schema: dict[str, Any]) -> Any:
        """A synthesized example of a response schema; one per referenced schema (specs answer
        with the same schema from many operations), shared (it is only serialized)."""
        ref = schema.get("$ref")
        if not isinstance(ref, str) or len(schema) != 1:
            return synthesize(schema, self.resolve, name="response", required_only=False)
        if ref not in self._response_examples:
            self._response_examples[ref] = synthesize(schema, self.resolve, name="response", required_only=False)
        return self._response_examples[ref]

    def _responses(self, op: dict[str, Any], pointer: str, body_kind: BodyKind) -> list[Response]:
        out = []
        for raw_status, raw in (op.get("responses") or {}).items():
            status = str(raw_status)
            resp = self.resolve(raw)
            content = resp.get("content") or {}
            picked = classify.pick_content(self.dialect.line_delimited_types, content)
            headers = tuple(sorted(str(h) for h in (resp.get("headers") or {})))
            desc = resp.get("description") if isinstance(resp.get("description"), str) else None
            if picked is None:
                out.append(Response(status=status, content_type=None, type=None, headers=headers, description=desc))
                continue
            ct, media = picked
            schema = media.get("schema")
            resolved = self.resolve(schema) if isinstance(schema, dict) else None
            rpointer = pointer_join(pointer, "responses", status, "content", ct, "schema")
            ok = _is_success(status, op.get("responses") or {})
            binary = classify.is_binary_response(ct, resolved) and ok
            line_delimited = bool(media.get("x-line-delimited")) or classify.media_type(ct) in self.dialect.line_delimited_types
            rtype: TypeRef | None = None
            if ok and not binary and isinstance(schema, dict) and not line_delimited and body_kind not in (BodyKind.JSON_BATCH,):
                ctx = class_name(f"{op.get('operationId') or 'response'} {status} response")
                rtype = self.schemas.type_of(schema, ctx, rpointer)
            example = media.get("example", (resolved or {}).get("example"))
            if example is None and isinstance(media.get("examples"), dict) and media["examples"]:
                first = self.resolve(next(iter(media["examples"].values())))
                example = first.get("value")
            if example is None and ok and isinstance(schema, dict) and not binary:
                example = self._response_example(schema)
            out.append(
                Response(
                    status=status,
                    content_type=ct,
                    type=rtype,
                    headers=headers,
                    description=desc,
                    example_json=compact_json(example) if example is not None and not binary else None,
                    binary=binary,
                )
            )
        return out


def editions_of(obj: dict[str, Any]) -> tuple[str, ...]:
    """The editions an operation or parameter's ``x-versions`` lists (() when it lists none:
    everywhere)."""
    listed = obj.get("x-versions")
    if not isinstance(listed, list):
        return ()
    return tuple(str(v) for v in listed if isinstance(v, (str, int, float)) and not isinstance(v, bool))


def _edition_order(edition: str) -> tuple[int, tuple[int, ...]]:
    """Versions in numeric order (``2.x`` before ``2.1``), SaaS after them."""
    if edition.lower() == SAAS.lower():
        return (1, ())
    return (0, tuple(int(part) if part.isdigit() else 0 for part in edition.split(".")))


def _is_success(status: str, statuses: Iterable[object]) -> bool:
    """A 2xx status, or ``default`` when the operation lists no 2xx among ``statuses`` (then it
    is the success)."""
    if status.startswith("2"):
        return True
    return status == "default" and not any(str(s).startswith("2") for s in statuses)


def _argument_name(wire_name: str, fallback: str) -> str:
    name = snake_name(wire_name, fallback=fallback)
    return f"{name}_" if name in METHOD_LOCALS else name


def build_api(doc: dict[str, Any], naming: NamingOverrides, *, file: str | None, source_name: str, package_name: str, dialect: Dialect = GENERIC, edition: str | None = None) -> tuple[Api, list[Diagnostic]]:
    builder = Builder(doc, naming, file=file, source_name=source_name, package_name=package_name, dialect=dialect, edition=edition)
    api = builder.build()
    return api, builder.diagnostics + absurd_names(api, file)


#: the members a model holding product values inherits (templates/static/_values.py HasValues)
VALUE_ACCESS_MEMBERS = frozenset(
    {"values_for", "value", "text", "number", "boolean", "date", "prices", "price", "metric"}
    | {"option", "options", "codes", "table", "file", "typed", "quality_score", "completeness"}
)


def _list_member(t: TypeRef) -> TypeRef | None:
    """The ``list`` type of a parameter's type (itself, or the one list in a union with None)."""
    if t.kind == "list":
        return t
    if t.kind == "union":
        lists = [a for a in t.args if a.kind == "list"]
        if len(lists) == 1 and all(a.kind == "list" or a.nullable for a in t.args):
            return lists[0]
    return None


#: the longest name the spec may give a module, class, method, argument or field (characters);
#: a module's name is part of file names, which file systems keep under 255 bytes
MAX_NAME_LENGTH = 200


def absurd_names(api: Api, file: str | None) -> list[Diagnostic]:
    """An error for each name the generated code would carry that is longer than
    :data:`MAX_NAME_LENGTH` (at the operation or schema it comes from). An inline model's class
    name, made of its parents' names and its property's, may be long (that is a warning of its
    own) without any of them being absurd: only the names of component schemas are held to it."""
    out: list[Diagnostic] = []
    reported: set[str] = set()  # (a tag's name is its resource's and its models module's)

    def check(kind: str, name: str, pointer: str) -> None:
        if len(name) > MAX_NAME_LENGTH and name not in reported:
            reported.add(name)
            shown = f"{name[:40]}...{name[-10:]}"
            out.append(Diagnostic(Level.ERROR, pointer, f"{kind} name {shown!r} is {len(name):,} characters long (at most {MAX_NAME_LENGTH})", file))

    for op in api.operations:
        check("resource", op.resource, op.source_pointer)
        check("method", op.python_name, op.source_pointer)
        for param in op.parameters:
            check("argument", param.python_name, op.source_pointer)
    for model in api.models:
        if model.source_pointer.count("/") == 3:  # (a component's name: inline models' are
            check("model", model.class_name, model.source_pointer)  # built of words, warned of)
        check("models module", model.module, model.source_pointer)
        for fld in model.fields:
            check("field", fld.python_name, model.source_pointer)
    return out
