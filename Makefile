# centry — the two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift
BUILD_FLAGS ?=
# Every import must be of a declared dependency (docs/architecture.md): without this, a target can
# import a sibling layer that happens to be built already.
LAYER_CHECK = --explicit-target-dependency-import-check error
BIN = .build/debug/centry

.PHONY: deps build release run test bench docs clean xds-venv format format-check fuzz hostile sanitize

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build $(LAYER_CHECK) $(BUILD_FLAGS)

# The Swift runtime and Foundation linked into the binary: it starts faster (no dynamic loading
# and relocation of ~15 Swift shared libraries) and runs without a Swift toolchain installed;
# libyaml, RE2 and PCRE2 stay shared system libraries. Linked as a position-dependent executable
# without exporting its symbols: a PIE of that size has 116,000 relocations for the loader to
# apply at every start (a third of a one-entry lint) and dladdr scans 30,000 exported symbols;
# the cost is that the executable's own image is not address-randomised (docs/performance.md).
# scripts/bench.sh builds with the same flags.
RELEASE_FLAGS = -c release --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic

# Only the `centry` product: the test-support target imports Testing, which the static Swift SDK
# lacks, so building every target with --static-swift-stdlib fails.
release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product centry $(LAYER_CHECK) $(BUILD_FLAGS)

## Install what is missing, build, and lint each scenario folder under Fixtures/seed/ (its
## report and exit status; problems found do not fail the target).
run: build
	@./scripts/run-seeds.sh

## The whole test suite (what .ci/run calls). The Envoy schema check and the RE2 oracle run with
## the venv's python.
test: deps xds-venv format-check
	$(SWIFT) build --build-tests $(LAYER_CHECK) $(BUILD_FLAGS)
	CENTRY_XDS_PYTHON="$(CURDIR)/.venv/bin/python" $(SWIFT) test --skip-build $(BUILD_FLAGS)

## .venv/ with xds-protos and PyYAML for scripts/xds/check_envoy.py and google-re2 for
## scripts/re2/oracle.py (idempotent, fast when present).
xds-venv:
	@./scripts/xds-venv.sh

## The benchmark suite (release build; scripts/bench.sh): generated corpora of 1k, 10k and 100k
## entries, `centry lint`/`compile` as a user runs them, in-process stages, one entry from stdin,
## hashicorp/hcl v1 side by side; tables on stdout and in bench-results/results.md.
## Quicker: `make bench BENCH_SIZES=1k,10k` (100k takes long).
BENCH_SIZES ?= 1k,10k,100k
BENCH_RUNS ?= 3
BENCH_RUNS_LARGE ?= 1
bench: deps
	BENCH_SIZES="$(BENCH_SIZES)" BENCH_RUNS="$(BENCH_RUNS)" BENCH_RUNS_LARGE="$(BENCH_RUNS_LARGE)" SWIFT="$(SWIFT)" \
	  RELEASE_FLAGS="$(RELEASE_FLAGS)" BUILD_FLAGS="$(LAYER_CHECK) $(BUILD_FLAGS)" ./scripts/bench.sh

## libFuzzer targets (Fuzz/, scripts/fuzz.sh) built with -sanitize=fuzzer,address in .build-fuzz,
## each run FUZZ_SECONDS (default 60) from seeds out of Fixtures/. Crashes land in
## .build-fuzz/artifacts/<target>/; kept ones go to Fixtures/fuzz/<target>/ (replayed by `make test`).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS="$(FUZZ_SECONDS)" SWIFT="$(SWIFT)" ./scripts/fuzz.sh

## The hostile inputs of scripts/hostile/generate.py against the release binary: status, time and
## peak memory of each; fails above 5 s or 1 GB (`make test` runs the same cases, untimed).
hostile: release
	./scripts/hostile/run.sh

## The test suite built with AddressSanitizer in .build-sanitize (Swift has no
## -sanitize=undefined on Linux; LeakSanitizer is off: Swift's once-initialised globals read as
## leaks). SANITIZE_FILTER / SANITIZE_SKIP narrow the run (`swift test --filter` / `--skip`).
SANITIZE_FILTER ?=
SANITIZE_SKIP ?=
sanitize: deps xds-venv
	$(SWIFT) build --build-tests --build-path .build-sanitize --sanitize address $(BUILD_FLAGS)
	ASAN_OPTIONS=detect_leaks=0 CENTRY_XDS_PYTHON="$(CURDIR)/.venv/bin/python" $(SWIFT) test --skip-build --build-path .build-sanitize \
	  --sanitize address $(if $(SANITIZE_FILTER),--filter '$(SANITIZE_FILTER)') \
	  $(if $(SANITIZE_SKIP),--skip '$(SANITIZE_SKIP)') $(BUILD_FLAGS)

## Regenerate completions/ and man/centry.1 from the binary.
docs: deps
	./scripts/update-docs.sh

## Formatting by the toolchain's swift-format with the checked-in .swift-format.
format:
	$(SWIFT) format -i -r Sources Tests Benchmarks Package.swift

format-check:
	$(SWIFT) format lint --strict -r Sources Tests Benchmarks Package.swift

clean:
	rm -rf .build
