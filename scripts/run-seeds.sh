#!/usr/bin/env bash
# `make run`: lints each scenario folder under Fixtures/seed/ separately, showing the report and
# the exit status of each. A lint exit status of 1 (problems found) is the point of the demo and
# does not fail the target; 2 (the tool failed) does.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=.build/debug/centry
root=Fixtures/seed
if [ ! -d "$root" ]; then
  echo "no $root folder: nothing to lint"
  exit 0
fi
failed=0
for dir in "$root"/*/; do
  [ -d "$dir" ] || continue
  dir=${dir%/}
  echo "== centry lint $dir"
  "$bin" lint "$dir"
  status=$?
  echo "(exit $status)"
  echo
  if [ "$status" -ge 2 ]; then failed=1; fi
done
exit "$failed"
