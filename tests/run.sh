#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, types, generated/ up to date, then pytest
# (generator tests, runtime and overlay tests, spec tests, and the generated endpoint tests,
# offline and against Prism serving spec/akeneo-pim.yaml).
# Expects the test extras installed (pip install -e '.[test]'); installs Prism (npm) if missing.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python}

if [ -z "${PRISM:-}" ]; then
  if [ ! -x .ci/prism/node_modules/.bin/prism ]; then
    echo "installing Prism (@stoplight/prism-cli) into .ci/prism"
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix .ci/prism @stoplight/prism-cli@5.16.0 >/dev/null || { echo "npm install of Prism failed"; exit 1; }
  fi
  export PRISM="$PWD/.ci/prism/node_modules/.bin/prism"
fi

status=0
echo "== ruff"; $PY -m ruff check generator tests generated benchmarks || status=1
echo "== mypy --strict"; $PY -m mypy || status=1
echo "== akeneo-codegen check"; $PY -m generator check || status=1
echo "== pytest"
$PY -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then echo "pytest collected no tests"; rc=1; fi
[ "$rc" -ne 0 ] && status=$rc
exit $status
