"""The IR fields templates use are the public API for template forks.

A fork's template (in a ``--templates`` folder) touches every documented field; the environment
is strict, so renaming or removing a field fails here first. Run on the catalog fixture, which
has every kind of operation and model the templates lay out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ir import Api
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.render import make_environment
from tests.support.paths import FIXTURE_SPECS as SPECS

FORK_TEMPLATE = """\
{%- macro typeref(t) %}{{ t.kind }}:{{ t.annotation }}:{{ t.models | join(",") }}{% endmacro -%}
api {{ api.title }} {{ api.version }} {{ api.description is none }} {{ api.package_name }} {{ api.source_name }} {{ api.model_modules | join(",") }} {{ api.client_class }} {{ api.env_prefix }} {{ api.dialect }}
{% for s in api.servers %}server {{ s.url }} {{ s.description is none }}
{% endfor %}
{% for r in api.resources %}resource {{ r.attr_name }} {{ r.class_name }} {{ r.module }} {{ r.description is none }} {{ r.models_used | join(",") }}
{% for op in r.operations %}  op {{ op.python_name }} {{ op.resource }} {{ op.http_method }} {{ op.path }} {{ op.operation_id }} {{ op.summary is none }} {{ op.description is none }} {{ op.tags | join(",") }} {{ op.deprecated }} {{ op.result.value }} {{ typeref(op.return_type) }} {{ op.item_type is none }} {{ op.pagination.value }} {{ op.batch_key }} {{ op.code_header }} {{ op.authenticated }} {{ op.enterprise_only }} {{ op.success_statuses | join(",") }} {{ op.source_pointer }} {{ op.call.kind }}
{% for p in op.path_params + op.query_params + op.header_params + op.cookie_params %}    param {{ p.python_name }} {{ p.wire_name }} {{ p.location }} {{ typeref(p.type) }} {{ p.required }} {{ p.description is none }} {{ p.default_repr }} {{ p.enum_values | join(",") }} {{ p.minimum }} {{ p.maximum }} {{ p.keeps_slashes }} {{ p.example_repr }} {{ p.is_list }} {{ p.separator }}
{% endfor %}    body {{ op.body.kind.value }} {{ op.body.content_type }} {{ op.body.required }} {{ op.body.type is none }} {{ op.body.description is none }} {{ op.body.example_json is none }}
{% for part in op.body.parts %}    part {{ part.python_name }} {{ part.wire_name }} {{ part.is_file }} {{ part.is_json }} {{ part.required }} {{ part.description is none }} {{ part.example_repr }}
{% endfor %}{% for resp in op.responses %}    response {{ resp.status }} {{ resp.content_type }} {{ resp.type is none }} {{ resp.headers | join(",") }} {{ resp.description is none }} {{ resp.example_json is none }} {{ resp.binary }}
{% endfor %}{% endfor %}{% endfor %}
{% for m in api.models %}model {{ m.class_name }} {{ m.kind }} {{ m.module }} {{ m.extra }} {{ m.description is none }} {{ m.alias_of is none }} {{ m.depends_on | join(",") }} {{ m.source_pointer }}
{% for f in m.fields %}  field {{ f.python_name }} {{ f.json_name }} {{ typeref(f.type) }} {{ f.required }} {{ f.nullable }} {{ f.description is none }} {{ f.default_repr }} {{ f.deprecated }} {{ f.read_only }}
{% endfor %}{% endfor %}
"""


@pytest.fixture(scope="module")
def catalog() -> Api:
    return load_spec(SPECS / "catalog.yaml", naming=NamingOverrides.load(SPECS / "naming.yaml")).api


def test_a_fork_template_can_read_every_documented_ir_field(catalog: Api, tmp_path: Path) -> None:
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "surface.txt.jinja").write_text(FORK_TEMPLATE, encoding="utf-8")
    env = make_environment([tmp_path])
    text = env.get_template("package/surface.txt.jinja").render(api=catalog)
    lines = text.splitlines()
    assert lines[0] == "api Catalog 2.1 False akeneo_pim catalog.yaml category,field,shapes Client AKENEO_PIM generic"
    assert "server https://catalog.example.com True" in lines
    # tag "Category": resource ``category``, class ``Category`` beside the model Category (resource
    # modules reach models as ``_m.Category``)
    assert any(line.startswith("resource category Category category True Category") for line in lines)
    assert any(line.startswith("  op turn shapes POST /api/catalog/shapes/{code}/rotate rotate_shape False True Catalog shape False model ") for line in lines)
    assert any(line.startswith("    param from_ from query union:date | None: False False None") for line in lines)
    assert any(line.startswith("    part ") for line in lines) is False  # catalog has no upload
    # the call kind of each operation (a tagged union in the IR)
    kinds = {line.split()[1]: line.split()[-1] for line in lines if line.startswith("  op ")}
    assert kinds["turn"] == "json" and kinds["list_categories"] == "page" and kinds["upsert_categories"] == "ndjson_batch"
    assert any(line.startswith("model Category object category allow False") for line in lines)
    assert any(line.startswith("  field class_ class union:str | None: False False False None False False") for line in lines)


def test_template_filters_and_globals_available_to_forks(catalog: Api, tmp_path: Path) -> None:
    (tmp_path / "x.jinja").write_text(
        '{{ "a\\"b" | pystr }} {{ "x\\ny" | comment }} {{ "q\\"\\"\\"" | docstring }} {{ ["b2", "B", "b10"] | natsorted | join(",") }} '
        "{{ BodyKind.NDJSON_BATCH.value }} {{ ResultKind.PAGE.value }} {{ Pagination.BOTH.value }}",
        encoding="utf-8",
    )
    text = make_environment([tmp_path]).get_template("x.jinja").render()
    assert text == "'a\"b' x y q\\\"\\\"\\\"  B,b2,b10 ndjson_batch page both"  # black's quotes: the fewest escapes


def test_strict_undefined_fails_loudly(tmp_path: Path) -> None:
    import jinja2  # noqa: PLC0415

    (tmp_path / "bad.jinja").write_text("{{ api.no_such_field }}", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        make_environment([tmp_path]).get_template("bad.jinja").render(api=object())
