"""Benchmarks of akeneo-codegen against its peers, in one run: ``python -m benchmarks``.

Each figure is measured in alternating rounds (ours, peer, ours, peer, ...) and reported as
the median of its rounds, in one markdown table (figure, ours, peer, ratio, target, met?).
Generation is compared with openapi-python-client, the generated client with raw httpx on
loopback servers this run starts. Not a test: nothing is asserted, the figures depend on the
machine.

Modules: :mod:`.measure` (rows, rounds, timed child processes, through :mod:`.spawn`),
:mod:`.bench_venv` (the peer's and the chart's virtualenv), :mod:`.synthetic` (specs of any
size), :mod:`.generation`, :mod:`.package`, :mod:`.client`, :mod:`.transfer` (the figures),
:mod:`.report` (table, README section, chart) and :mod:`.chart` (run inside the bench
virtualenv).
"""
