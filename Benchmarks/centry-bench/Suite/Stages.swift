// `centry-bench stages`: the lint pipeline in-process, one stage at a time, so that a regression
// can be placed (reading, parsing, decoding, checking, emitting). Runs in a process of its own,
// started by the suite, and writes its figures as JSON.

import CentryCore
import CentryEngine
import CentryRender
import Foundation

/// The figures of one stage over all runs.
struct StageTimes: Codable {
  var wall: [Double] = []
  var cpu: [Double] = []
}

/// What `centry-bench stages` reports to the suite.
struct StageReport: Codable {
  /// In pipeline order: read, parse, decode, check, emit json, emit envoy.
  var stages: [String: StageTimes] = [:]
  var entryCount = 0
  var diagnostics = 0
  var errors = 0
  var warnings = 0
  /// ``DiagnosticsFingerprint`` of the diagnostics in output order.
  var fingerprint = ""
  /// Diagnostics per rule ID.
  var byRule: [String: Int] = [:]
  /// The start of the text report, shown when a clean corpus is not clean.
  var excerpt = ""
  /// FNV-1a of what `compile --to json` / `--to envoy` would print (emit stage only).
  var emitted: [String: String] = [:]

  static let order = ["read", "parse", "decode", "check", "emit json", "emit envoy"]
}

enum Stages {
  /// `centry-bench stages --manifest PATH --runs N --result PATH [--bootstrap] [--emit]`.
  static func main() -> Int32 {
    guard let manifest = stringOption("--manifest"), let result = stringOption("--result") else {
      FileHandle.standardError.write(Data("usage: centry-bench stages --manifest PATH --result PATH [--runs N]\n".utf8))
      return 2
    }
    do {
      let corpus = try JSONDecoder().decode(
        Corpus.self, from: FileManager.default.contents(atPath: manifest) ?? Data())
      let paths = CommandLine.arguments.contains("--bootstrap") ? [corpus.bootstrap] : corpus.files
      let report = try measure(
        paths: paths, runs: max(1, option("--runs", default: 3)), emit: CommandLine.arguments.contains("--emit"))
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      try encoder.encode(report).write(to: URL(fileURLWithPath: result))
      return 0
    } catch {
      FileHandle.standardError.write(Data("centry-bench stages: \(error)\n".utf8))
      return 2
    }
  }

  static func measure(paths: [String], runs: Int, emit: Bool) throws -> StageReport {
    var report = StageReport()
    func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
      let cpuStart = processCPUSeconds()
      let start = clock.now
      let value = try work()
      report.stages[stage, default: StageTimes()].wall.append(toSeconds(clock.now - start))
      report.stages[stage, default: StageTimes()].cpu.append(processCPUSeconds() - cpuStart)
      return value
    }
    for run in 0..<runs {
      // Each stage's result is kept until the run ends, so freeing it is not timed (a one-shot
      // `centry lint` exits without freeing).
      let files = try time("read") {
        try paths.map { path in
          guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchFailure("cannot read `\(path)`")
          }
          return SourceFile(name: path, bytes: Array(data))
        }
      }
      let parsed = time("parse") { Linter.parse(files) }
      let decoded = time("decode") { Linter.decode(parsed) }
      let lint = time("check") { Linter.check(decoded) }
      var outputs: [String: CompileResult.Outcome] = [:]
      if emit {
        for target in [CompileTarget.json, .envoy] {
          outputs[target.rawValue] = time("emit \(target.rawValue)") {
            Compiler.emit(lint, options: CompileOptions(target: target))
          }
        }
      }
      guard run == 0 else { continue }
      report.entryCount = lint.entryCount
      report.diagnostics = lint.diagnostics.count
      report.errors = lint.errorCount
      report.warnings = lint.warningCount
      report.fingerprint = String(DiagnosticsFingerprint.of(lint.diagnostics), radix: 16)
      for diagnostic in lint.diagnostics { report.byRule[diagnostic.rule.rawValue, default: 0] += 1 }
      report.excerpt = OutputFormat.text.render(lint).split(separator: "\n", omittingEmptySubsequences: false)
        .prefix(40).joined(separator: "\n")
      for (target, outcome) in outputs {
        switch outcome {
        case .emitted(let text):
          var hash = FNV1a()
          hash.mix(bytes: text.utf8)
          report.emitted[target] = hash.hex
        case .refused: report.emitted[target] = "refused"
        case .failed(let message): report.emitted[target] = "failed: \(message)"
        }
      }
    }
    return report
  }
}
