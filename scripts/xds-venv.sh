#!/usr/bin/env bash
# Creates .venv/ with the Envoy schema checker's packages (tests/xds/requirements.txt).
# Idempotent and fast: does nothing when .venv/ already holds exactly these requirements.
set -euo pipefail
cd "$(dirname "$0")/.."
requirements=tests/xds/requirements.txt
stamp=.venv/.xds-requirements
if [ -x .venv/bin/python ] && [ -f "$stamp" ] && cmp -s "$requirements" "$stamp"; then
  exit 0
fi
python=${PYTHON:-python3}
if ! "$python" -m venv --help >/dev/null 2>&1; then
  echo "error: '$python -m venv' is not available (install python3-venv)" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
cp "$requirements" "$stamp"
