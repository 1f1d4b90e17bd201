# centry — the two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift
BUILD_FLAGS ?=
# Every import must be of a declared dependency (docs/architecture.md): without this, a target can
# import a sibling layer that happens to be built already.
LAYER_CHECK = --explicit-target-dependency-import-check error
BIN = .build/debug/centry

.PHONY: deps build release run test bench docs clean xds-venv format format-check

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build $(LAYER_CHECK) $(BUILD_FLAGS)

release: deps
	$(SWIFT) build -c release $(LAYER_CHECK) $(BUILD_FLAGS)

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

## Parser throughput benchmark (release build).
bench: deps
	$(SWIFT) build -c release --product centry-bench $(LAYER_CHECK) $(BUILD_FLAGS)
	.build/release/centry-bench

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
