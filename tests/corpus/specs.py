"""The specs of the corpus: real descriptions read from ../shared (never copied into the project)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.paths import ROOT

#: The data shared beside the repository (read only).
SHARED = ROOT.parent / "shared"
OAI_EXAMPLES = SHARED / "specs" / "oai-examples"


@dataclass(frozen=True)
class CorpusSpec:
    """One spec of the corpus."""

    id: str  #: short identifier (test ids, package name ``corpus_<id>``)
    relpath: str  #: the spec's path under ../shared
    slow: bool = False  #: marked ``slow`` (still run in CI)
    ruff: bool = True  #: the generated package is also linted (every spec of the corpus is)
    timeout: float = 900.0  #: seconds allowed for ``akeneo-codegen generate``
    #: the spec's ``$ref``s reach files above its folder (``--allow-external-refs``)
    external_refs: bool = False

    @property
    def path(self) -> Path:
        return SHARED / self.relpath

    @property
    def package(self) -> str:
        return f"corpus_{self.id}"

    def require(self) -> Path:
        """The spec's path; a missing file fails the calling test (never a skip)."""
        if not self.path.is_file():
            pytest.fail(f"corpus spec missing: {self.path} (it lives in ../shared/{self.relpath})", pytrace=False)
        return self.path


def _oai(relpath: str) -> CorpusSpec:
    stem = Path(relpath).stem if "/" not in relpath else Path(relpath).parts[0]
    # (petstore-separate's spec/swagger.yaml reaches ../common/Error.yaml)
    external = relpath.startswith("v2.0-petstore-separate/")
    return CorpusSpec("oai_" + re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_"), f"specs/oai-examples/{relpath}", external_refs=external)


#: The OpenAPI Initiative's example documents: every one of them (see test_oai_examples_complete).
OAI_SPECS: tuple[CorpusSpec, ...] = tuple(
    _oai(name)
    for name in (
        "v2.0-json-uber.json",
        "v2.0-petstore-separate/spec/swagger.yaml",
        "v2.0-yaml-petstore-expanded.yaml",
        "v2.0-yaml-petstore.yaml",
        "v3.0-api-with-examples.yaml",
        "v3.0-callback-example.yaml",
        "v3.0-link-example.yaml",
        "v3.0-petstore-expanded.yaml",
        "v3.0-petstore.yaml",
        "v3.0-uspto.yaml",
        "v3.1-non-oauth-scopes.yaml",
        "v3.1-tictactoe.yaml",
        "v3.1-webhook-example.yaml",
    )
)

#: Akeneo's upstream descriptions (Swagger 2.0), current and past.
AKENEO_SPECS: tuple[CorpusSpec, ...] = (
    CorpusSpec("akeneo", "reference/akeneo-web-api.json"),
    CorpusSpec("akeneo_saas_2025_11", "reference/akeneo-web-api-saas-2025-11.json"),
    CorpusSpec("akeneo_2022_09_27", "reference/akeneo-web-api-2022-09-27.json"),
    CorpusSpec("akeneo_2020_02_04", "reference/akeneo-web-api-2020-02-04.json"),
)

#: Big real-world descriptions of other APIs.
OTHER_SPECS: tuple[CorpusSpec, ...] = (
    CorpusSpec("openai", "specs/openai-openapi.yaml"),  # OpenAPI 3.1, 288 operations
    CorpusSpec("digitalocean", "specs/digitalocean/specification/DigitalOcean-public.v2.yaml"),  # multi-file 3.0
    CorpusSpec("kubernetes", "specs/kubernetes-swagger.json", slow=True, timeout=2400.0),  # Swagger 2.0, 1,123 operations
)

#: The whole corpus, cheapest first (tests run spec by spec in this order, see conftest.py).
CORPUS: tuple[CorpusSpec, ...] = OAI_SPECS + AKENEO_SPECS + OTHER_SPECS
RUFF_CORPUS: tuple[CorpusSpec, ...] = tuple(s for s in CORPUS if s.ruff)


def params(specs: tuple[CorpusSpec, ...]) -> list[object]:
    """``pytest.param`` for each spec, with its id and marks."""
    return [pytest.param(s, id=s.id, marks=[pytest.mark.slow] if s.slow else []) for s in specs]
