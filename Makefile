# centry — the two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift
BUILD_FLAGS ?=
BIN = .build/debug/centry

.PHONY: deps build release run test bench clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

release: deps
	$(SWIFT) build -c release $(BUILD_FLAGS)

## Install what is missing, build, and lint the bundled Fixtures/ entries.
run: build
	@echo "== centry lint Fixtures/entries =="
	@$(BIN) lint Fixtures/entries; status=$$?; echo "(exit $$status)"

## The whole test suite (what .ci/run calls).
test: deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

## Parser throughput benchmark (release build).
bench: deps
	$(SWIFT) build -c release --product centry-bench $(BUILD_FLAGS)
	.build/release/centry-bench

clean:
	rm -rf .build
