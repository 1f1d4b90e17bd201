// The floor `make bench` compares one-entry start-up with: a Swift executable that does
// nothing, built in release mode by scripts/bench.sh (`swiftc -O`).
