#!/usr/bin/env bash
# `make bench`: the benchmark suite (release build). Never part of `make test`.
#
#   BENCH_SIZES=1k,10k,100k  corpus sizes (entries; `k` = 1000). 100k takes long: `BENCH_SIZES=1k,10k`
#   BENCH_RUNS=3             runs per command (medians are reported)
#   BENCH_RUNS_LARGE=1       runs per command for sizes from 50k entries (one run of today's code takes
#                            minutes there; raise it once the code is fast)
#   BENCH_OUT=bench-results  where corpora, logs and results.md go (git-ignored)
#   BENCH_NO_INSTALL=1       do not apt-get install Go, hashicorp/hcl v1 or GNU time when missing
#   BENCH_PARSER=1           also run the in-memory parser benchmark with its diagnostics fingerprint
#                            (`centry-bench parser`; its full lint takes many minutes on today's code)
#
# Steps: build `centry` and `centry-bench` in release mode; build the floor (a Swift executable
# that does nothing, `swiftc -O`); build Benchmarks/hcl-parse against Debian's hashicorp/hcl v1
# when Go and the package are available (installed here, and only here, if missing); run
# `centry-bench suite`, which prints the tables and writes $BENCH_OUT/results.md (with the
# output fingerprints of every corpus); with BENCH_PARSER=1, then the in-memory parser benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT="${SWIFT:-swift}"
RELEASE_FLAGS="${RELEASE_FLAGS:--c release --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic}"
SIZES="${BENCH_SIZES:-1k,10k,100k}"
RUNS="${BENCH_RUNS:-3}"
LARGE_RUNS="${BENCH_RUNS_LARGE:-1}"
OUT="${BENCH_OUT:-bench-results}"
mkdir -p "$OUT/bin"

say() { echo "[bench] $*" >&2; }

# Installs Debian packages the benchmark (not the build) uses, when allowed and possible.
install_packages() {
  if [ "${BENCH_NO_INSTALL:-0}" = 1 ] || ! command -v apt-get >/dev/null; then return 1; fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || return 1
    sudo="sudo"
  fi
  say "installing $*"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

say "building centry and centry-bench (release, Swift runtime and Foundation linked statically)"
# The same build as `make release` (RELEASE_FLAGS from the Makefile: the binary a user installs).
# Both products with the same flags, so that neither build invalidates the other's objects. The floor
# below stays a plain dynamically linked `swiftc -O` executable: the start-up target compares
# centry against what any Swift program costs, not against a statically linked empty program.
# shellcheck disable=SC2086  # RELEASE_FLAGS and BUILD_FLAGS are lists of flags
$SWIFT build $RELEASE_FLAGS --product centry ${BUILD_FLAGS:-} >&2
# shellcheck disable=SC2086
$SWIFT build $RELEASE_FLAGS --product centry-bench ${BUILD_FLAGS:-} >&2
# shellcheck disable=SC2086
BIN="$($SWIFT build $RELEASE_FLAGS --show-bin-path ${BUILD_FLAGS:-})"

say "building the floor (an empty Swift executable, swiftc -O)"
SWIFTC="$(dirname "$(command -v "$SWIFT")")/swiftc"
[ -x "$SWIFTC" ] || SWIFTC=swiftc
"$SWIFTC" -O Benchmarks/floor/main.swift -module-name floor -o "$OUT/bin/floor"

# GNU time reports a child's own peak memory (see Benchmarks/centry-bench/Suite/Spawn.swift).
[ -x /usr/bin/time ] || install_packages time || say "GNU time missing: peak RSS measured with wait4 directly"

# hashicorp/hcl v1 from Debian: the Go toolchain and github.com/hashicorp/hcl under /usr/share/gocode.
HCL_SOURCE=/usr/share/gocode/src/github.com/hashicorp/hcl
if ! command -v go >/dev/null || [ ! -d "$HCL_SOURCE" ]; then
  install_packages golang-go golang-github-hashicorp-hcl-dev || true
fi
HCL_ARGS=()
if command -v go >/dev/null && grep -qs "^func ParseBytes" "$HCL_SOURCE"/*.go; then
  say "building Benchmarks/hcl-parse against $HCL_SOURCE (GOPATH mode, offline)"
  if GO111MODULE=off GOPATH=/usr/share/gocode GOPROXY=off GOFLAGS= GOCACHE="$PWD/$OUT/go-cache" \
    go build -o "$OUT/bin/hcl-parse" ./Benchmarks/hcl-parse; then
    HCL_ARGS=(--hcl "$OUT/bin/hcl-parse")
  else
    say "building hcl-parse failed: no hcl v1 comparison"
  fi
else
  say "hashicorp/hcl v1 (golang-go, golang-github-hashicorp-hcl-dev) not available: no hcl v1 comparison"
fi

COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || COMMIT="$COMMIT+changes"
status=0
BENCH_COMMIT="$COMMIT" BENCH_SWIFT_VERSION="$($SWIFT --version 2>&1 | head -n 1)" \
  "$BIN/centry-bench" suite --centry "$BIN/centry" --floor "$OUT/bin/floor" "${HCL_ARGS[@]}" \
  --out "$OUT" --sizes "$SIZES" --runs "$RUNS" --large-runs "$LARGE_RUNS" || status=$?

if [ "${BENCH_PARSER:-0}" = 1 ]; then
  echo
  echo "## In-memory parser benchmark and diagnostics fingerprint (centry-bench parser --runs 3 --lint-runs 1)"
  echo
  "$BIN/centry-bench" parser --runs 3 --lint-runs 1
fi
exit "$status"
