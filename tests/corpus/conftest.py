"""The corpus's fixtures: each spec generated once per run, tests run spec by spec."""

from __future__ import annotations

import pytest

from .harness import SUMMARY, Generated, generate
from .specs import CORPUS, CorpusSpec


class Corpus:
    """Generates each spec on first use and keeps the outcome for the rest of the run."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        self._factory = factory
        self._done: dict[str, Generated] = {}

    def generated(self, spec: CorpusSpec) -> Generated:
        if spec.id not in self._done:
            self._done[spec.id] = generate(spec, self._factory.mktemp(spec.package))
        return self._done[spec.id]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return Corpus(tmp_path_factory)


@pytest.fixture
def generated(corpus: Corpus, spec: CorpusSpec) -> Generated:
    """The spec's generated package (generation itself is checked by test_generates)."""
    return corpus.generated(spec)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the corpus spec by spec (generate, import, smoke, lint one spec, then the next), so
    a failing small spec shows before the big ones are generated. Other tests keep their place."""
    order = {s.id: i for i, s in enumerate(CORPUS)}
    slots = [i for i, item in enumerate(items) if _spec_of(item) is not None]
    ranked = sorted((items[i] for i in slots), key=lambda item: order.get(_id_of(item), len(order)))
    for slot, item in zip(slots, ranked, strict=True):
        items[slot] = item


def _id_of(item: pytest.Item) -> str:
    spec = _spec_of(item)
    return spec.id if spec is not None else ""


def _spec_of(item: pytest.Item) -> CorpusSpec | None:
    callspec = getattr(item, "callspec", None)
    spec = callspec.params.get("spec") if callspec is not None else None
    return spec if isinstance(spec, CorpusSpec) else None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not SUMMARY:
        return
    terminalreporter.section("corpus")
    columns = ("operations", "generate_s", "warnings", "modules", "calls", "reply_errors", "failures", "smoke_s", "ruff")
    terminalreporter.write_line(f"{'spec':<32}" + "".join(f"{c:>13}" for c in columns))
    for spec in CORPUS:
        facts = SUMMARY.get(spec.id)
        if facts:
            terminalreporter.write_line(f"{spec.id:<32}" + "".join(f"{facts.get(c, '-')!s:>13}" for c in columns))
