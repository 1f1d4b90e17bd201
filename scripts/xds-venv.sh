#!/usr/bin/env bash
# Creates .venv/ with the Python tools of the test suite: the Envoy schema checker's packages
# (scripts/xds/requirements.txt) and the RE2 oracle's (scripts/re2/requirements.txt).
# Idempotent and fast: does nothing when .venv/ already holds exactly these requirements.
set -euo pipefail
cd "$(dirname "$0")/.."
requirements=(scripts/xds/requirements.txt scripts/re2/requirements.txt)
stamp=.venv/.xds-requirements
if [ -x .venv/bin/python ] && [ -f "$stamp" ] && cat "${requirements[@]}" | cmp -s - "$stamp"; then
  exit 0
fi
python=${PYTHON:-python3}
if ! "$python" -m venv --help >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  # Debian splits venv out of python3; install it as the other system packages are.
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
fi
if ! "$python" -m venv --help >/dev/null 2>&1; then
  echo "error: '$python -m venv' is not available (install python3-venv)" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
for file in "${requirements[@]}"; do
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$file"
done
cat "${requirements[@]}" >"$stamp"
