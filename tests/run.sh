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
[ "$#" -gt 0 ] && exit $status  # (a selection of tests was asked for: nothing more)

# The runtime and overlay tests again, with the runtime on httpx instead of httpx2 (the
# endpoint tests of an httpx client run in the pass above: tests/integration/test_endpoint_tests.py).
echo "== pytest, runtime on httpx"
AKENEO_TEST_HTTP_LIBRARY=httpx $PY -m pytest -q -p no:cacheprovider tests/runtime tests/overlays || status=1

# The generated package's minimum Python: its types checked for 3.10, and its endpoint tests
# run on a Python 3.10 with the package installed from generated/ (pip install -e
# 'generated[cli]'), and its command line's tests with that Python running the command.
echo "== Python 3.10"
$PY -m mypy --python-version 3.10 generated/akeneo_pim || status=1
find_py310() {
  local candidate
  for candidate in "${PYTHON310:-}" python3.10 "$(pyenv root 2>/dev/null)"/versions/3.10*/bin/python3.10; do
    if [ -n "$candidate" ] && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
      command -v "$candidate" || echo "$candidate"
      return 0
    fi
  done
  return 1
}
if PY310=$(find_py310); then
  VENV310=.ci/py310
  if [ ! -x "$VENV310/bin/python" ]; then "$PY310" -m venv "$VENV310" || status=1; fi
  "$VENV310/bin/python" -m pip install --quiet --disable-pip-version-check pytest pytest-asyncio -e 'generated[cli]' || status=1
  (cd generated && "../$VENV310/bin/python" -m pytest -q -p no:cacheprovider endpoint_tests) || status=1
  # the command line on 3.10 (with its cli extra), driven by the same end-to-end tests
  CLI_TEST_PYTHON="$PWD/$VENV310/bin/python" $PY -m pytest -q -p no:cacheprovider tests/commandline || status=1
else
  echo "Python 3.10 not found (set PYTHON310 to its interpreter): the generated package was not tested on it"
  status=1
fi
exit $status
