"""The rules of the spec's own OpenAPI version (2.0, 3.0 or 3.1), checked by a validator.

The generator reads every version leniently (it upgrades 2.0 and 3.0 to 3.1 before its own
structural checks, :mod:`.validate`), so a document can break a rule of its version that those
checks never see: ``type: [string, "null"]`` in 3.0, a header parameter without a schema, a
response code that is not one. Such a document is validated against its version's JSON Schema,
the one openapi-spec-validator publishes, with jsonschema-rs (a compiled validator: a few
milliseconds on the largest real specs); each problem becomes a warning at its JSON pointer
(``--strict`` makes them errors).

Only the schema part of openapi-spec-validator is used: its other checks walk the document in
Python (seconds on big specs) and repeat what the builder reports itself (undeclared path
parameters, duplicate operationIds).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import jsonschema_rs

from ..diagnostics import Diagnostic, Level, pointer_join
from ..literals import json_value

#: the most warnings reported (the first ones, in document order)
MAX_FINDINGS = 20
_MAX_MESSAGE = 160
# (jsonschema-rs's names of the keywords that hold alternatives)
_ALTERNATIVES = ("OneOfNotValid", "AnyOf")
_IS_REFERENCE = '"$ref" is a required property'


def _version(doc: dict[str, Any]) -> str | None:
    """``2.0``, ``3.0`` or ``3.1`` (the schemas openapi-spec-validator ships), or None."""
    if doc.get("swagger") == "2.0":
        return "2.0"
    version = doc.get("openapi")
    if isinstance(version, str):
        for known in ("3.0", "3.1"):
            if version == known or version.startswith(known + "."):
                return known
    return None


@lru_cache(maxsize=4)
def _validator(version: str) -> Any:
    # (read from the distribution's files: importing openapi_spec_validator costs half a second)
    dist = metadata.distribution("openapi-spec-validator")
    schema = json.loads(Path(str(dist.locate_file(f"openapi_spec_validator/resources/schemas/v{version}/schema.json"))).read_text(encoding="utf-8"))
    return jsonschema_rs.validator_for(schema)


def _ruled_out(branch: list[Any]) -> bool:
    """Whether an alternative is plainly not the one meant: a ``$ref`` (the object is none), or
    a form whose tag differs (``in: query`` against the header parameter's ``in: header``)."""
    for e in branch:
        name = type(e.kind).__name__
        if e.message == _IS_REFERENCE or name == "Constant" or (name == "Enum" and len(e.kind.options) == 1):
            return True
    return False


def _explain(error: Any) -> Any:
    """The error that says most: inside a ``oneOf``/``anyOf`` that nothing matched, the deepest
    problem of the closest alternative (the fewest problems, of those not ruled out), recursively."""
    for _ in range(64):
        kind = error.kind
        if type(kind).__name__ not in _ALTERNATIVES:
            return error
        branches = [b for b in kind.context if b and not _ruled_out(b)]
        if not branches:
            return error
        closest = min(branches, key=len)
        error = max(closest, key=lambda e: len(e.instance_path))
    return error


def _message(error: Any, version: str) -> str:
    name = "Swagger 2.0" if version == "2.0" else f"OpenAPI {version}"
    if type(error.kind).__name__ in _ALTERNATIVES:
        # the object the alternatives are the forms of (``#/$defs/parameter/oneOf``: a parameter)
        parts = str(error.absolute_keyword_location or "").split("/")
        owner = parts[-2] if len(parts) > 2 and parts[-3] in ("$defs", "definitions") else None
        text = f"matches none of the forms of {owner}" if owner else "matches none of the forms it may take"
    else:
        text = error.message
        if len(text) > _MAX_MESSAGE:
            text = text[: _MAX_MESSAGE - 3] + "..."
    return f"breaks a rule of {name}: {text}"


def version_rule_warnings(doc: dict[str, Any], *, file: str | None) -> list[Diagnostic]:
    """A warning for each place where ``doc`` (bundled, before any upgrade) breaks a rule of its
    OpenAPI version; at most :data:`MAX_FINDINGS` (one per JSON pointer), then a count of the rest."""
    version = _version(doc)
    if version is None:
        return []
    out: dict[str, Diagnostic] = {}
    rest = 0
    # (YAML gives dates, numeric keys...: the validator takes JSON's types only)
    for found in _validator(version).iter_errors(json_value(doc)):
        error = _explain(found)
        pointer = pointer_join("", *error.instance_path)
        if pointer in out:
            continue
        if len(out) == MAX_FINDINGS:
            rest += 1
            continue
        out[pointer] = Diagnostic(Level.WARNING, pointer, _message(error, version), file)
    diags = list(out.values())
    if rest:
        diags.append(Diagnostic(Level.WARNING, "", f"{rest} more place(s) break a rule of the document's OpenAPI version", file))
    return diags
