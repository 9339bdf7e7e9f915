"""The committed generated/ is exactly what spec/akeneo-pim.yaml generates today (``check``)."""

from __future__ import annotations

from pathlib import Path

from generator.pipeline import Options, generate

ROOT = Path(__file__).resolve().parents[2]


def test_committed_generated_tree_is_up_to_date() -> None:
    result = generate(Options(spec=ROOT / "spec" / "akeneo-pim.yaml", out=ROOT / "generated"), check=True)
    report = result.report
    assert not report.changed, (
        f"generated/ is stale: differing {report.written[:10]}, stale {report.removed[:10]}; "
        "run `akeneo-codegen generate` and commit the result"
    )
    assert len(result.api.operations) == 137
