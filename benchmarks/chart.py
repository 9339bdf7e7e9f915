"""Draw the generation-scale chart; run by the bench virtualenv's Python, which has matplotlib.

    python chart.py OUT.png < series.json

``series.json``: ``{"operations": [...], "ours": [seconds...], "peer": [seconds...],
"peer_name": "..."}``. Imports nothing of the project (it runs outside its environment).
"""

from __future__ import annotations

import json
import sys

from matplotlib.figure import Figure


def main() -> None:
    series = json.load(sys.stdin)
    operations = series["operations"]
    figure = Figure(figsize=(7, 4.5), dpi=120)
    axes = figure.subplots()
    axes.plot(operations, series["ours"], marker="o", label="akeneo-codegen")
    axes.plot(operations, series["peer"], marker="s", label=series["peer_name"])
    axes.set_xlabel("operations in the spec (synthetic OpenAPI 3.0)")
    axes.set_ylabel("cold generation, package only (s)")
    axes.set_title("Generation time against spec size (median of rounds)")
    axes.set_xlim(left=0)
    axes.set_ylim(bottom=0)
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(sys.argv[1])


if __name__ == "__main__":
    main()
