"""The committed generated/ is exactly what spec/akeneo-pim.yaml generates today (``check``)."""

from __future__ import annotations

from generator.pipeline import Options, generate
from tests.support.paths import GENERATED, SPEC_PATH


def test_committed_generated_tree_is_up_to_date() -> None:
    result = generate(Options(spec=SPEC_PATH, out=GENERATED), check=True)
    report = result.report
    assert not report.changed, (
        f"generated/ is stale: differing {report.written[:10]}, stale {report.removed[:10]}; "
        "run `akeneo-codegen generate` and commit the result"
    )
    assert len(result.api.operations) == 165
