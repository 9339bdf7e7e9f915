"""Upgrade Swagger 2.0 and OpenAPI 3.0 documents, in memory, to the OpenAPI 3.1 form the loader reads.

Everything after this module sees one shape, whatever the input was:

- ``components/{schemas,parameters,responses,requestBodies,securitySchemes}``; 2.0 references
  (``#/definitions/X``, ``#/parameters/X``, ``#/responses/X``) point there, in local and
  external references alike (the part after ``#`` is rewritten).
- one ``servers`` entry from ``host``/``basePath``/``schemes`` (https unless http is the only
  scheme);
- bodies are ``requestBody`` objects; media types come from ``consumes``/``produces`` (default
  ``application/json``); form parameters become one object schema (multipart when a part is a
  file or ``consumes`` says so, url-encoded otherwise);
- schemas are JSON Schema 2020-12 (``nullable`` becomes a ``"null"`` type, boolean exclusive
  bounds become numbers, ...: see :mod:`generator.loader.schema_upgrade`).

Vendor extension keys that Akeneo's Swagger 2.0 file uses (what depends on the API itself, such
as the line-delimited media type, the JSON parts and the paths that take a token, comes from the
document's dialect, :mod:`generator.dialects`):

- ``x-body-by-line`` on a PATCH: a line-delimited body (the dialect's line-delimited media type,
  with ``x-line-delimited: true``; the schema is one line) and the same for the 200 reply. On any
  other method Akeneo uses the key only to describe an ordinary JSON body (``POST
  /jobs/import/{code}``), so there its text becomes the body's description.
- ``x-form-data`` on a body parameter: multipart when a property is binary; otherwise the body
  may be sent as JSON or as a url-encoded form (the token endpoint). String parts the dialect
  names in ``json_parts`` (Akeneo: ``product``, ``product_model``, ``category``) carry JSON
  (``contentMediaType: application/json``).
- a 2xx reply with ``x-content-type`` and no schema: a binary download
  (``application/octet-stream``).
- ``x-no-token``: ``security: []`` under a global bearer scheme; an ``Authorization`` header
  parameter becomes HTTP basic security, a ``Content-Type`` header parameter is dropped (the
  media type says it); ``x-deprecated: true`` becomes ``deprecated: true``.

The upgraded result then goes through the dialect's ``after_upgrade`` (for Akeneo's Swagger 2.0
file, :mod:`generator.loader.akeneo_dialect`: errata where Akeneo's schemas contradict its API
and examples, and inline copies of ``definitions`` turned back into references to them).

Other ``x-`` keys are kept where they were. Anything dropped or repaired is reported as a
diagnostic whose pointer is into the original document, which is never modified.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..diagnostics import Diagnostic, Level, pointer_join, unescape_token
from ..dialects import Dialect, detect_dialect
from .classify import is_json_type
from .schema_upgrade import upgrade_schema
from .subschemas import JSONDict

OPENAPI_VERSION = "3.1.0"
JSON_TYPE = "application/json"
#: an ``x-body-by-line`` body's media type where the dialect names none
NDJSON_TYPE = "application/x-ndjson"
MULTIPART_TYPE = "multipart/form-data"
FORM_TYPE = "application/x-www-form-urlencoded"
BINARY_TYPE = "application/octet-stream"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

_REF_KINDS = (
    ("/definitions/", "/components/schemas/"),
    ("/parameters/", "/components/parameters/"),
    ("/responses/", "/components/responses/"),
)
_V30 = re.compile(r"3\.0\.\d+(-[0-9A-Za-z.-]+)?")
_V31 = re.compile(r"3\.1\.\d+(-[0-9A-Za-z.-]+)?")
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(\s*;.*)?")

# Swagger 2.0 parameter/header/items keywords that describe the value (they move into ``schema``).
_VALUE_KEYS = (
    "type", "format", "items", "default", "maximum", "exclusiveMaximum", "minimum",
    "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
    "uniqueItems", "enum", "multipleOf", "x-nullable",
)  # fmt: skip
_QUERY_STYLES = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
}
_OPERATION_KEYS = (
    "tags", "summary", "description", "externalDocs", "operationId", "deprecated", "security",
)  # fmt: skip
_OAUTH_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}


def upgrade_document(
    doc: dict[str, Any], *, file: str | None = None, dialect: Dialect | None = None
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """Return ``doc`` as a new OpenAPI 3.1.0 document, with what was repaired or dropped.

    Args:
        doc: a parsed Swagger 2.0, OpenAPI 3.0.x or OpenAPI 3.1.x document; it is not modified.
        file: the file the document came from, copied into every diagnostic.
        dialect: the document's dialect (None: the one :func:`generator.dialects.detect_dialect`
            finds): its ``before_upgrade`` hook gives the document to upgrade, its attributes say
            what vendor keys mean, and its ``after_upgrade`` hook fixes the result.

    Returns:
        The upgraded document (a deep copy when the input is already 3.1) and the diagnostics;
        pointers are into ``doc``. An unknown version is an error and the copy is unchanged.
    """
    dialect = dialect or detect_dialect(doc)
    upgrader = _Upgrader(doc, file, dialect)
    if isinstance(doc, dict):
        upgrader.src = dialect.before_upgrade(doc, upgrader.warn)
    out = upgrader.run()
    if out and isinstance(upgrader.src, dict):
        dialect.after_upgrade(upgrader.src, out, upgrader.warn)
    return out, upgrader.diagnostics


def rewrite_ref(ref: str) -> str:
    """A Swagger 2.0 reference, pointed at the matching OpenAPI 3 components (files kept)."""
    base, sep, fragment = ref.partition("#")
    if not sep:
        return ref
    for old, new in _REF_KINDS:
        if fragment.startswith(old):
            return f"{base}#{new}{fragment[len(old) :]}"
    return ref


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _is_binary(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("format") == "binary"


class _Upgrader:
    """One upgrade: the source document, its version-wide settings and the diagnostics found."""

    def __init__(self, doc: JSONDict, file: str | None, dialect: Dialect) -> None:
        self.src = doc
        self.file = file
        #: the media type of an ``x-body-by-line`` body: the dialect's, else NDJSON's
        self.lines_type = dialect.line_delimited_types[0] if dialect.line_delimited_types else NDJSON_TYPE
        self.json_parts = dialect.json_parts
        self.bearer_paths = dialect.bearer_paths
        self.diagnostics: list[Diagnostic] = []
        self.v2 = False
        self.consumes: list[str] = []
        self.produces: list[str] = []
        self.basic_name: str | None = None
        self.used_form_params: set[str] = set()

    # -- diagnostics -------------------------------------------------------------------------

    def warn(self, pointer: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(Level.WARNING, pointer, message, self.file))

    def error(self, pointer: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(Level.ERROR, pointer, message, self.file))

    # -- entry -------------------------------------------------------------------------------

    def run(self) -> JSONDict:
        doc = self.src
        if not isinstance(doc, dict):
            self.error("", "a spec must be a mapping at the top level")
            return {}
        if "swagger" in doc:
            if doc["swagger"] == "2.0":
                self.v2 = True
                return self.swagger2()
            self.error("/swagger", f"unsupported Swagger version {doc['swagger']!r} (only '2.0')")
            return copy.deepcopy(doc)
        version = doc.get("openapi")
        if isinstance(version, str) and _V31.fullmatch(version):
            return copy.deepcopy(doc)
        if isinstance(version, str) and _V30.fullmatch(version):
            out: JSONDict = self.walk30(doc, "")
            out["openapi"] = OPENAPI_VERSION
            return out
        if version is None:
            self.error("", "no 'openapi' or 'swagger' version field")
        else:
            self.error(
                "/openapi",
                f"unsupported OpenAPI version {version!r} (expected a 3.0.x or 3.1.x string)",
            )
        return copy.deepcopy(doc)

    def walk30(self, node: Any, pointer: str) -> Any:
        """Copy an OpenAPI 3.0 node, upgrading every schema found in it."""
        if isinstance(node, list):
            return [self.walk30(v, pointer_join(pointer, i)) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        out: JSONDict = {}
        for key, value in node.items():
            at = pointer_join(pointer, key)
            if key == "schema" and isinstance(value, dict):
                out[key] = self.schema(value, at)
            elif key == "schemas" and pointer == "/components" and isinstance(value, dict):
                out[key] = {n: self.schema(s, pointer_join(at, n)) for n, s in value.items()}
            elif key in ("example", "examples", "default", "enum", "$ref") or key.startswith("x-"):
                out[key] = copy.deepcopy(value)
            else:
                out[key] = self.walk30(value, at)
        return out

    # -- schemas -----------------------------------------------------------------------------

    def ref(self, ref: Any) -> Any:
        return rewrite_ref(ref) if self.v2 and isinstance(ref, str) else ref

    def schema(self, src: Any, pointer: str) -> Any:
        """One schema (and its subschemas) in JSON Schema 2020-12 terms."""
        return upgrade_schema(src, pointer, ref=self.ref, warn=self.warn)

    # -- Swagger 2.0 -------------------------------------------------------------------------

    def swagger2(self) -> JSONDict:
        src = self.src
        self.consumes = _strings(src.get("consumes"))
        self.produces = _strings(src.get("produces"))
        defs = src.get("securityDefinitions")
        schemes = self.security_schemes(defs) if isinstance(defs, dict) else {}
        self.basic_name = next((n for n, s in schemes.items() if s.get("scheme") == "basic"), None)
        global_bearer = not schemes and self.wants_bearer()

        out: JSONDict = {"openapi": OPENAPI_VERSION}
        if "info" in src:
            out["info"] = copy.deepcopy(src["info"])
        servers = self.servers()
        if servers:
            out["servers"] = servers
        out["paths"] = self.paths(src.get("paths") or {})

        components: JSONDict = {}
        if isinstance(src.get("definitions"), dict):
            components["schemas"] = {
                n: self.schema(s, pointer_join("/definitions", n))
                for n, s in src["definitions"].items()
            }
        if isinstance(src.get("responses"), dict):
            components["responses"] = {
                n: self.response(r, pointer_join("/responses", n), self.produces, success=False)
                for n, r in src["responses"].items()
            }
        params, bodies = self.shared_parameters(src.get("parameters"))
        if params:
            components["parameters"] = params
        if bodies:
            components["requestBodies"] = bodies
        if global_bearer:
            schemes["bearerAuth"] = {"type": "http", "scheme": "bearer"}
        if self.basic_name is not None and self.basic_name not in schemes:
            schemes[self.basic_name] = {"type": "http", "scheme": "basic"}
        if schemes:
            components["securitySchemes"] = schemes
        if components:
            out["components"] = components

        if "security" in src:
            out["security"] = copy.deepcopy(src["security"])
        elif global_bearer:
            out["security"] = [{"bearerAuth": []}]
        known = {"swagger", "info", "host", "basePath", "schemes", "consumes", "produces", "paths",
                 "definitions", "parameters", "responses", "securityDefinitions", "security"}  # fmt: skip
        for key, value in src.items():
            if key in ("tags", "externalDocs") or key.startswith("x-"):
                out[key] = copy.deepcopy(value)
            elif key not in known:
                self.warn(pointer_join("", key), f"'{key}' is not a Swagger 2.0 field: dropped")
        return out

    def wants_bearer(self) -> bool:
        """No security definitions: bearer tokens when operations opt out (``x-no-token``) or
        for paths under the dialect's ``bearer_paths``."""
        paths = self.src.get("paths")
        if not isinstance(paths, dict):
            return False
        for path, item in paths.items():
            if self.bearer_paths and path.startswith(self.bearer_paths):
                return True
            if isinstance(item, dict) and any(
                isinstance(item.get(m), dict) and item[m].get("x-no-token") is True
                for m in HTTP_METHODS
            ):
                return True
        return False

    def servers(self) -> list[JSONDict]:
        host = self.src.get("host")
        base = self.src.get("basePath")
        base = base.rstrip("/") if isinstance(base, str) else ""
        if not isinstance(host, str) or not host:
            return [{"url": base}] if base else []
        schemes = _strings(self.src.get("schemes"))
        scheme = "http" if schemes == ["http"] else "https"
        return [{"url": f"{scheme}://{host}{base}"}]

    def security_schemes(self, defs: JSONDict) -> JSONDict:
        out: JSONDict = {}
        for name, d in defs.items():
            at = pointer_join("/securityDefinitions", name)
            if not isinstance(d, dict):
                self.error(at, "a security definition must be a mapping")
                continue
            kind = d.get("type")
            scheme: JSONDict
            if kind == "basic":
                scheme = {"type": "http", "scheme": "basic"}
            elif kind == "apiKey":
                scheme = {"type": "apiKey", "name": d.get("name"), "in": d.get("in")}
            elif kind == "oauth2" and d.get("flow") in _OAUTH_FLOWS:
                flow_name, urls = _OAUTH_FLOWS[d["flow"]]
                flow: JSONDict = {u: d.get(u) for u in urls}
                flow["scopes"] = copy.deepcopy(d.get("scopes") or {})
                scheme = {"type": "oauth2", "flows": {flow_name: flow}}
            else:
                self.error(at, f"unsupported security definition type {kind!r}")
                continue
            for key, value in d.items():
                if key == "description" or key.startswith("x-"):
                    scheme[key] = copy.deepcopy(value)
            out[name] = scheme
        return out

    def shared_parameters(self, params: Any) -> tuple[JSONDict, JSONDict]:
        """``#/parameters``: plain ones become component parameters, body ones request bodies."""
        plain: JSONDict = {}
        bodies: JSONDict = {}
        if not isinstance(params, dict):
            return plain, bodies
        for name, p in params.items():
            at = pointer_join("/parameters", name)
            if not isinstance(p, dict):
                self.error(at, "a parameter must be a mapping")
            elif p.get("in") == "body" and p.get("x-form-data") is True:
                bodies[name] = self.form_body(p, at, self.consumes)
            elif p.get("in") == "body":
                bodies[name] = self.json_body(p, at, self.consumes)
            elif p.get("in") != "formData":
                plain[name] = self.parameter(p, at)
        for name, p in params.items():
            if (
                isinstance(p, dict)
                and p.get("in") == "formData"
                and name not in self.used_form_params
            ):
                self.warn(pointer_join("/parameters", name), "unused form parameter: dropped")
        return plain, bodies

    def resolve_parameter(self, ref: Any) -> tuple[str, JSONDict] | None:
        """The shared parameter a local ``#/parameters/X`` reference names, if any."""
        if not isinstance(ref, str) or not ref.startswith("#/parameters/"):
            return None
        name = unescape_token(ref[len("#/parameters/") :])
        shared = self.src.get("parameters")
        target = shared.get(name) if isinstance(shared, dict) else None
        return (name, target) if isinstance(target, dict) else None

    def paths(self, paths: Any) -> JSONDict:
        out: JSONDict = {}
        if not isinstance(paths, dict):
            self.error("/paths", "'paths' must be a mapping")
            return out
        for path, item in paths.items():
            at = pointer_join("/paths", path)
            if path.startswith("x-"):
                out[path] = copy.deepcopy(item)
                continue
            if not isinstance(item, dict):
                self.error(at, "a path item must be a mapping")
                continue
            shared = _Params()
            self.sort_parameters(item.get("parameters"), pointer_join(at, "parameters"), shared)
            new: JSONDict = {}
            for key, value in item.items():
                if key in HTTP_METHODS and isinstance(value, dict):
                    new[key] = self.operation(value, pointer_join(at, key), key, shared)
                elif key == "parameters":
                    if shared.plain:
                        new[key] = shared.plain
                elif key == "$ref":
                    new[key] = self.ref(value)
                elif key.startswith("x-"):
                    new[key] = copy.deepcopy(value)
                else:
                    self.warn(pointer_join(at, key), f"'{key}' is not a path item field: dropped")
            out[path] = new
        return out

    def sort_parameters(self, params: Any, pointer: str, into: _Params) -> None:
        """Split a parameter list into plain parameters, the body and form fields."""
        if params is None:
            return
        if not isinstance(params, list):
            self.error(pointer, "'parameters' must be a list")
            return
        for i, p in enumerate(params):
            at = pointer_join(pointer, i)
            if not isinstance(p, dict):
                self.error(at, "a parameter must be a mapping")
                continue
            target, target_at, ref_name = p, at, None
            if "$ref" in p:
                resolved = self.resolve_parameter(p["$ref"])
                if resolved is None:
                    ref = p["$ref"]
                    if isinstance(ref, str) and ref.startswith("#"):
                        self.error(
                            pointer_join(at, "$ref"), f"unresolvable parameter reference {ref!r}"
                        )
                    into.plain.append({"$ref": self.ref(ref)})
                    continue
                ref_name, target = resolved
                target_at = pointer_join("/parameters", ref_name)
            where, name = target.get("in"), target.get("name")
            lower = name.lower() if isinstance(name, str) else ""
            if where == "body":
                if into.body is not None:
                    self.error(at, "more than one body parameter")
                    continue
                into.body = (target, target_at, ref_name)
            elif where == "formData":
                if ref_name is not None:
                    self.used_form_params.add(ref_name)
                into.form.append((target, target_at))
            elif where == "header" and lower == "content-type":
                continue
            elif where == "header" and lower == "authorization":
                into.basic = True
            elif where not in ("query", "header", "path"):
                self.error(pointer_join(target_at, "in"), f"unknown parameter location {where!r}")
            elif ref_name is not None:
                into.plain.append({"$ref": rewrite_ref(p["$ref"])})
            else:
                into.plain.append(self.parameter(target, at))

    def operation(self, op: JSONDict, pointer: str, method: str, shared: _Params) -> JSONDict:
        consumes = _strings(op["consumes"]) if "consumes" in op else self.consumes
        produces = _strings(op["produces"]) if "produces" in op else self.produces
        own = _Params()
        self.sort_parameters(op.get("parameters"), pointer_join(pointer, "parameters"), own)
        if own.body is None:
            own.body = shared.body
        names = {param.get("name") for param, _ in own.form}
        own.form.extend(f for f in shared.form if f[0].get("name") not in names)
        by_line = op.get("x-body-by-line")
        lines = method == "patch" and by_line not in (None, False)
        body = self.request_body(own, op, pointer, consumes, lines)

        out: JSONDict = {}
        for key, value in op.items():
            at = pointer_join(pointer, key)
            if key == "parameters":
                if own.plain:
                    out[key] = own.plain
                if body is not None:
                    out["requestBody"] = body
            elif key == "responses" and isinstance(value, dict):
                out[key] = self.responses(value, at, produces, op, lines)
            elif key == "x-deprecated":
                if value is True and "deprecated" not in op:
                    out["deprecated"] = True
            elif key in ("consumes", "produces", "x-body-by-line", "x-no-token"):
                continue
            elif key == "schemes":
                # the servers carry the document's schemes; an operation that asks for one of
                # them (Kubernetes repeats ``[https]`` on each) loses nothing
                document = set(_strings(self.src.get("schemes"))) or {"http", "https"}
                if not set(_strings(value)) <= document:
                    self.warn(at, "per-operation 'schemes' are not supported: dropped")
            elif key in _OPERATION_KEYS or key.startswith("x-"):
                out[key] = copy.deepcopy(value)
            else:
                self.warn(at, f"'{key}' is not an operation field: dropped")
        if body is not None and "requestBody" not in out:
            out["requestBody"] = body
        if lines and body is None:
            self.warn(
                pointer_join(pointer, "x-body-by-line"),
                "'x-body-by-line' on an operation without a body",
            )
        if own.basic or shared.basic:
            self.basic_name = self.basic_name or "basicAuth"
            out["security"] = [{self.basic_name: []}]
        elif op.get("x-no-token") is True and "security" not in op:
            out["security"] = []
        return out

    def request_body(
        self, params: _Params, op: JSONDict, pointer: str, consumes: list[str], lines: bool
    ) -> JSONDict | None:
        if params.body is not None and params.form:
            self.error(
                pointer_join(pointer, "parameters"),
                "both a body and form parameters: form parameters dropped",
            )
        if params.body is not None:
            param, at, ref_name = params.body
            by_line = op.get("x-body-by-line")
            if isinstance(by_line, str) and "description" not in param:
                param = {"description": by_line, **param}
            if lines:
                return self.lines_body(param, at)
            if param.get("x-form-data") is True:
                return self.form_body(param, at, consumes)
            if ref_name is not None and param is params.body[0] and consumes == self.consumes:
                return {"$ref": f"#/components/requestBodies/{ref_name}"}
            return self.json_body(param, at, consumes)
        if params.form:
            return self.form_params_body(params.form, consumes)
        return None

    def body_shell(self, param: JSONDict, skip: tuple[str, ...] = ()) -> tuple[JSONDict, JSONDict]:
        """The request body's description and flags, and its trailing ``x-`` keys."""
        head: JSONDict = {}
        if "description" in param:
            head["description"] = param["description"]
        tail = {
            k: copy.deepcopy(v) for k, v in param.items() if k.startswith("x-") and k not in skip
        }
        if isinstance(param.get("required"), bool):
            tail = {"required": param["required"], **tail}
        return head, tail

    def json_body(self, param: JSONDict, pointer: str, consumes: list[str]) -> JSONDict:
        schema = self.schema(param.get("schema", {}), pointer_join(pointer, "schema"))
        head, tail = self.body_shell(param)
        content = {ct: {"schema": copy.deepcopy(schema)} for ct in consumes or [JSON_TYPE]}
        return {**head, "content": content, **tail}

    def lines_body(self, param: JSONDict, pointer: str) -> JSONDict:
        schema = self.schema(param.get("schema", {}), pointer_join(pointer, "schema"))
        head, tail = self.body_shell(param)
        content = {self.lines_type: {"schema": _one_line(schema), "x-line-delimited": True}}
        return {**head, "content": content, **tail}

    def form_body(self, param: JSONDict, pointer: str, consumes: list[str]) -> JSONDict:
        """Akeneo's ``x-form-data`` body parameter."""
        schema = self.schema(param.get("schema", {}), pointer_join(pointer, "schema"))
        if isinstance(schema, dict) and "type" not in schema and "properties" in schema:
            schema = {"type": "object", **schema}
        head, tail = self.body_shell(param, skip=("x-form-data",))
        props = schema.get("properties") if isinstance(schema, dict) else None
        props = props if isinstance(props, dict) else {}
        content: JSONDict = {}
        if any(_is_binary(p) for p in props.values()) or any(
            c.startswith("multipart/") for c in consumes
        ):
            for name, prop in props.items():
                if (
                    name in self.json_parts
                    and isinstance(prop, dict)
                    and prop.get("type") == "string"
                    and not _is_binary(prop)
                ):
                    prop.setdefault("contentMediaType", JSON_TYPE)
            content[MULTIPART_TYPE] = {"schema": schema}
        else:
            if not consumes or any(is_json_type(c) for c in consumes):
                content[JSON_TYPE] = {"schema": copy.deepcopy(schema)}
            content[FORM_TYPE] = {"schema": schema}
        return {**head, "content": content, **tail}

    def form_params_body(self, form: list[tuple[JSONDict, str]], consumes: list[str]) -> JSONDict:
        """Swagger 2.0 ``in: formData`` parameters: one object schema, a property each."""
        props: JSONDict = {}
        required: list[str] = []
        encoding: JSONDict = {}
        for param, at in form:
            name = str(param.get("name"))
            value = {k: param[k] for k in param if k in _VALUE_KEYS}
            prop = self.schema(self.items(value, at), at)
            if "description" in param:
                prop["description"] = param["description"]
            props[name] = prop
            if param.get("required") is True:
                required.append(name)
            if param.get("type") == "array":
                fmt = param.get("collectionFormat", "csv")
                if fmt in _QUERY_STYLES:
                    style, explode = _QUERY_STYLES[fmt]
                    encoding[name] = {"style": style, "explode": explode}
                else:
                    self.warn(
                        pointer_join(at, "collectionFormat"),
                        f"collectionFormat {fmt!r} has no OpenAPI 3 equivalent",
                    )
        schema: JSONDict = {"type": "object", "properties": props}
        if required:
            schema["required"] = required
        multipart = any(_is_binary(p) for p in props.values()) or any(
            c.startswith("multipart/") for c in consumes
        )
        media: JSONDict = {"schema": schema}
        if not multipart and encoding:
            media["encoding"] = encoding
        return {"content": {MULTIPART_TYPE if multipart else FORM_TYPE: media}}

    def items(self, value: JSONDict, pointer: str) -> JSONDict:
        """A 2.0 parameter/header/items description as a schema (nested ``items`` included)."""
        out = {k: v for k, v in value.items() if k != "collectionFormat"}
        if isinstance(out.get("items"), dict):
            inner = out["items"]
            fmt = inner.get("collectionFormat")
            if fmt not in (None, "csv"):
                self.warn(
                    pointer_join(pointer, "items", "collectionFormat"),
                    f"nested collectionFormat {fmt!r} is not supported",
                )
            out["items"] = self.items(inner, pointer_join(pointer, "items"))
        return out

    def parameter(self, p: JSONDict, pointer: str) -> JSONDict:
        """A query, path or header parameter."""
        where = p.get("in")
        out: JSONDict = {}
        for key in ("name", "in", "description", "required", "deprecated", "allowEmptyValue"):
            if key in p:
                out[key] = copy.deepcopy(p[key])
        if where == "path" and p.get("required") is not True:
            self.warn(pointer_join(pointer, "required"), "path parameters are always required")
            out["required"] = True
        if p.get("type") == "array":
            fmt = p.get("collectionFormat", "csv")
            if where == "query" and fmt in _QUERY_STYLES:
                out["style"], out["explode"] = _QUERY_STYLES[fmt]
            elif fmt != "csv":
                self.warn(
                    pointer_join(pointer, "collectionFormat"),
                    f"collectionFormat {fmt!r} is not supported for {where} parameters",
                )
        if "schema" in p:
            out["schema"] = self.schema(p["schema"], pointer_join(pointer, "schema"))
        else:
            value = {k: p[k] for k in p if k in _VALUE_KEYS}
            out["schema"] = self.schema(self.items(value, pointer), pointer)
        known = {
            "name",
            "in",
            "description",
            "required",
            "deprecated",
            "allowEmptyValue",
            "schema",
            "collectionFormat",
        }
        for key, value in p.items():
            if key.startswith("x-") and key != "x-nullable":
                out[key] = copy.deepcopy(value)
            elif key not in known and key not in _VALUE_KEYS:
                self.warn(pointer_join(pointer, key), f"'{key}' is not a parameter field: dropped")
        return out

    def header(self, h: Any, pointer: str) -> Any:
        if not isinstance(h, dict):
            return copy.deepcopy(h)
        out: JSONDict = {}
        if "description" in h:
            out["description"] = h["description"]
        value = {k: h[k] for k in h if k in _VALUE_KEYS}
        out["schema"] = self.schema(self.items(value, pointer), pointer)
        for key, v in h.items():
            if key.startswith("x-") and key != "x-nullable":
                out[key] = copy.deepcopy(v)
        return out

    def responses(
        self, responses: JSONDict, pointer: str, produces: list[str], op: JSONDict, lines: bool
    ) -> JSONDict:
        out: JSONDict = {}
        for code, r in responses.items():
            at = pointer_join(pointer, str(code))
            if str(code).startswith("x-"):
                out[code] = copy.deepcopy(r)
            elif isinstance(r, dict) and "$ref" in r:
                out[code] = {"$ref": self.ref(r["$ref"])}
            else:
                success = str(code).startswith("2")
                download = success and str(code) != "204" and "x-content-type" in op
                out[code] = self.response(
                    r,
                    at,
                    produces,
                    success=success,
                    lines=lines and str(code) == "200",
                    download=download,
                )
        return out

    def response(
        self,
        r: Any,
        pointer: str,
        produces: list[str],
        *,
        success: bool,
        lines: bool = False,
        download: bool = False,
    ) -> JSONDict:
        if not isinstance(r, dict):
            self.error(pointer, "a response must be a mapping")
            return {"description": ""}
        out: JSONDict = {"description": r.get("description", "")}
        if "description" not in r:
            self.warn(pointer, "response without a description")
        if isinstance(r.get("headers"), dict):
            out["headers"] = {
                n: self.header(h, pointer_join(pointer, "headers", n))
                for n, h in r["headers"].items()
            }
        content: JSONDict = {}
        if "schema" in r:
            schema = self.schema(r["schema"], pointer_join(pointer, "schema"))
            if success:
                _fix_embedded_items(schema, pointer_join(pointer, "schema"), self.warn)
            if lines:
                content[self.lines_type] = {"schema": _one_line(schema), "x-line-delimited": True}
            else:
                for ct in produces or [JSON_TYPE]:
                    content[ct] = {"schema": copy.deepcopy(schema)}
        elif success and (download or "x-content-type" in r):
            types = [ct for ct in produces if not is_json_type(ct)] or [BINARY_TYPE]
            for ct in types:
                content[ct] = {"schema": {"type": "string", "format": "binary"}}
        if "examples" in r:
            self.examples(r["examples"], pointer_join(pointer, "examples"), content, lines)
        if content:
            out["content"] = content
        for key, value in r.items():
            if key.startswith("x-"):
                out[key] = copy.deepcopy(value)
            elif key not in ("description", "headers", "schema", "examples"):
                self.warn(pointer_join(pointer, key), f"'{key}' is not a response field: dropped")
        return out

    def examples(self, examples: Any, pointer: str, content: JSONDict, lines: bool) -> None:
        """2.0 response examples: keyed by media type, or (Akeneo) the example value itself."""
        if (
            isinstance(examples, dict)
            and examples
            and all(_MEDIA_TYPE.fullmatch(k) for k in examples)
        ):
            for ct, value in examples.items():
                if ct in content:
                    content[ct]["example"] = copy.deepcopy(value)
                else:
                    self.warn(
                        pointer_join(pointer, ct),
                        f"example for {ct!r}, which the response does not produce: dropped",
                    )
            return
        if not content:
            self.warn(pointer, "examples on a response without a schema: dropped")
            return
        if (
            lines
            and isinstance(examples, dict)
            and all(isinstance(v, str) for v in examples.values())
        ):
            # Akeneo lists a line-delimited reply as named lines of text.
            content[self.lines_type]["examples"] = {k: {"value": v} for k, v in examples.items()}
            return
        for media in content.values():
            media["example"] = copy.deepcopy(examples)


class _Params:
    """An operation's (or path item's) parameters, sorted by where they go in OpenAPI 3."""

    def __init__(self) -> None:
        self.plain: list[JSONDict] = []
        self.body: tuple[JSONDict, str, str | None] | None = None
        self.form: list[tuple[JSONDict, str]] = []
        self.basic = False


def _one_line(schema: Any) -> Any:
    """The schema of one line of a line-delimited body: the items of an array schema."""
    if (
        isinstance(schema, dict)
        and schema.get("type") == "array"
        and isinstance(schema.get("items"), dict)
    ):
        return schema["items"]
    return schema


def _fix_embedded_items(schema: Any, pointer: str, warn: Any) -> None:
    """Akeneo erratum: one list reply (asset-manager assets) documents its page items under
    ``_embedded._items``; the API, like every other list, sends ``_embedded.items``."""
    parts = schema.get("allOf") if isinstance(schema, dict) else None
    for node in [schema, *(parts if isinstance(parts, list) else [])]:
        if not isinstance(node, dict):
            continue
        embedded = (node.get("properties") or {}).get("_embedded")
        props = embedded.get("properties") if isinstance(embedded, dict) else None
        if isinstance(props, dict) and "_items" in props and "items" not in props:
            props["items"] = props.pop("_items")
            warn(pointer, "list items documented under '_embedded._items': read as '_embedded.items'")
