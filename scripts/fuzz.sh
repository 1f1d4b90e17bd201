#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets in Fuzz/ with `-sanitize=fuzzer,address` (the
# library modules in their own scratch path, .build-fuzz, so the ordinary build is untouched),
# seeds each corpus from Fixtures/, and runs each target for FUZZ_SECONDS (default 60) one after
# the other. A crash leaves its input as .build-fuzz/artifacts/<target>/crash-*; copy it to
# Fixtures/fuzz/<target>/ and `make test` replays it (FuzzRegressionTests).
#
#   FUZZ_SECONDS=600 make fuzz          every target ten minutes
#   FUZZ_TARGETS="filter regex" make fuzz
#   FUZZ_BUILD_ONLY=1 make fuzz         build, do not run
#   FUZZ_SKIP_BUILD=1 make fuzz         run what was built last
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-hcl json filter regex lint ast}
SCRATCH=.build-fuzz
CONFIG=release
FLAGS=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)

if [[ -z "${FUZZ_SKIP_BUILD:-}" ]]; then
# The engine's dependencies (everything the targets import) with coverage and ASan.
"$SWIFT" build -c "$CONFIG" --build-path "$SCRATCH" --target CentryEngine "${FLAGS[@]}"

BIN="$SCRATCH/$CONFIG"
mkdir -p "$SCRATCH/bin"
objects=()
for module in CentryCore CentrySyntax CentryModel CentryAnalysis CentryEmit CentryRender CentryEngine CRE2Shim; do
  objects+=("$BIN/$module.build"/*.o)
done
includes=(
  -I "$BIN/Modules" -I "$BIN"
  -I Sources/CPCRE2 -I Sources/CLibYAML -I Sources/CRE2Shim/include
  -Xcc -fmodule-map-file="$BIN/CRE2Shim.build/module.modulemap"
)
libraries=(-lre2 -lpcre2-8 -lyaml -lstdc++)

target_file() {
  case "$1" in
    hcl) echo Fuzz/FuzzHCL.swift ;;
    json) echo Fuzz/FuzzJSON.swift ;;
    filter) echo Fuzz/FuzzFilter.swift ;;
    regex) echo Fuzz/FuzzRegex.swift ;;
    lint) echo Fuzz/FuzzLint.swift ;;
    # The byte program that writes the entries lives with the tests, which replay it too.
    ast) echo Fuzz/FuzzAST.swift Tests/CentryEngineTests/FuzzASTProgram.swift ;;
    *) echo "unknown fuzz target $1" >&2; exit 2 ;;
  esac
}

for target in $TARGETS; do
  read -ra sources <<<"$(target_file "$target")"
  "$SWIFT"c -O -sanitize=fuzzer,address -parse-as-library "${sources[@]}" "${includes[@]}" \
    "${objects[@]}" "${libraries[@]}" -o "$SCRATCH/bin/fuzz-$target" 2> >(grep -v 'Cannot export local symbol' >&2)
done
fi
[[ -n "${FUZZ_BUILD_ONLY:-}" ]] && exit 0

# Seed corpora: files of the target's language, and one line per filter / regex found in them; the
# ast target's seeds are only its programs in Fixtures/fuzz/ast/ (a chain of four entries …).
seed() {
  local target=$1 corpus=$SCRATCH/corpus/$target
  mkdir -p "$corpus"
  case "$target" in
    hcl | lint) n=0; for f in $(find Fixtures -name '*.hcl' -size -64k); do n=$((n + 1)); cp "$f" "$corpus/seed-$n.hcl"; done ;;
    json) n=0; for f in $(find Fixtures -name '*.json' -size -64k); do n=$((n + 1)); cp "$f" "$corpus/seed-$n.json"; done ;;
    filter) n=0
      grep -rhoE 'Filter *= *"[^"]*"' Fixtures | sed -E 's/^Filter *= *"(.*)"$/\1/' | sort -u |
        while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" >"$corpus/seed-$n"; done ;;
    regex) n=0
      grep -vE '^(## |$)' Fixtures/expr/re2-oracle/patterns.txt | sort -u |
        while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" >"$corpus/seed-$n"; done ;;
  esac
  if [[ -d Fixtures/fuzz/$target ]]; then cp Fixtures/fuzz/"$target"/* "$corpus/" 2>/dev/null || true; fi
}

status=0
for target in $TARGETS; do
  seed "$target"
  mkdir -p "$SCRATCH/artifacts/$target"
  echo "== fuzz-$target for ${SECONDS_EACH}s"
  # -rss_limit_mb: a leak or a blow-up is a finding; -timeout: a hang is a finding. LeakSanitizer's
  # report at exit is off: it counts Swift's lazily built globals and runtime metadata (allocated
  # once, alive to the end) as leaks; memory that grows per input still hits -rss_limit_mb.
  if ! ASAN_OPTIONS=detect_leaks=0 nice "$SCRATCH/bin/fuzz-$target" "$SCRATCH/corpus/$target" -max_total_time="$SECONDS_EACH" \
    -timeout=10 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$SCRATCH/artifacts/$target/" 2>&1 | tee "$SCRATCH/fuzz-$target.log" | grep -E '^(#[0-9]+.*(DONE|pulse)|==|stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY)'; then
    :
  fi
  if grep -q 'SUMMARY\|ERROR: libFuzzer' "$SCRATCH/fuzz-$target.log"; then
    echo "fuzz-$target found a problem: see $SCRATCH/artifacts/$target/" >&2
    status=1
  fi
done
exit $status
