// centry's benchmarks (release build; `make bench` runs them all through scripts/bench.sh).
//
//   centry-bench [parser] [--megabytes N] [--runs N] [--lint-runs N]
//       the parser and full-lint benchmark over an in-memory corpus, with the diagnostics
//       fingerprint (ParserBenchmark.swift)
//   centry-bench generate --out DIR [--sizes 1k,10k]
//       writes the generated corpora (clean and with mistakes) without measuring anything
//   centry-bench suite --centry PATH --floor PATH [--hcl PATH] --out DIR [--sizes 1k,10k,100k] [--runs N]
//       the whole suite: corpora, the real binary, in-process stages, stdin, hcl v1 (Suite.swift)
//   centry-bench stages --manifest PATH --result PATH [--runs N] [--bootstrap] [--emit]
//       the in-process stage timings of one corpus (a child of the suite; Stages.swift)

import Foundation

let subcommand = CommandLine.arguments.dropFirst().first
switch subcommand {
case "suite":
  exit(Suite.main())
case "generate":
  exit(Suite.generateOnly())
case "stages":
  exit(Stages.main())
case "parser", nil:
  ParserBenchmark.run()
case .some(let other) where other.hasPrefix("--"):
  ParserBenchmark.run()
case .some(let other):
  FileHandle.standardError.write(Data("centry-bench: unknown subcommand `\(other)` (parser, generate, suite)\n".utf8))
  exit(2)
}
