#!/usr/bin/env bash
# `make hostile`: every case of scripts/hostile/generate.py against the release binary, with its
# exit status, wall time and peak resident memory (GNU time). Fails when a case exits otherwise
# than expected, takes more than HOSTILE_MAX_SECONDS (5) or more than HOSTILE_MAX_MB (1024) MB.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${CENTRY_BIN:-$PWD/.build/release/centry}
MAX_SECONDS=${HOSTILE_MAX_SECONDS:-5}
MAX_MB=${HOSTILE_MAX_MB:-1024}
[[ -x /usr/bin/time ]] || { echo "make hostile needs GNU time (/usr/bin/time, Debian package time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/hostile/generate.py "$work"
failed=0
printf '%-30s %6s %8s %9s  %s\n' case status seconds "peak MB" verdict
while IFS=$'\t' read -r name status expect command; do
  out=$(cd "$work" && CENTRY="$BIN" /usr/bin/time -f '%e %M' -o "$work/.time" sh -c "$command" 2>&1) && code=0 || code=$?
  read -r seconds kb <"$work/.time" || { seconds=0; kb=0; }
  [[ "$seconds" =~ ^[0-9.]+$ ]] || { seconds=$(tail -1 "$work/.time" | cut -d' ' -f1); kb=$(tail -1 "$work/.time" | cut -d' ' -f2); }
  mb=$((kb / 1024))
  verdict=ok
  if [[ "$code" != "$status" ]]; then verdict="exit $code, expected $status"; fi
  if [[ "$expect" != - && "$out" != *"$expect"* ]]; then verdict="output lacks '$expect'"; fi
  if awk -v s="$seconds" -v m="$MAX_SECONDS" 'BEGIN { exit !(s > m) }'; then verdict="slower than ${MAX_SECONDS}s"; fi
  if ((mb > MAX_MB)); then verdict="more than ${MAX_MB} MB"; fi
  [[ "$verdict" == ok ]] || failed=1
  printf '%-30s %6s %8s %9s  %s\n' "$name" "$code" "$seconds" "$mb" "$verdict"
done <"$work/manifest.tsv"
exit $failed
