import CentryTestSupport
import Foundation
import Testing

@testable import CentryAnalysis

/// RE2 itself is the oracle: Google's Python binding (`google-re2` in `.venv/`, installed by
/// `make xds-venv`; it bundles its own RE2, 2025-11-05) judges every pattern of
/// `Fixtures/expr/re2-oracle/patterns.txt` and every pair of `matches.txt` when the test runs,
/// and centry (which links Debian's libre2) must give the same verdicts.
@Suite struct RE2OracleTests {
  static let folder = repositoryRoot.appendingPathComponent("Fixtures/expr/re2-oracle")

  /// Sizes of patterns with Unicode property classes (`\p{…}`) depend on the Unicode tables built
  /// into the library: Debian's 2022 RE2 has older tables than the oracle's, so its `\p{L}` is
  /// 1197 instructions against 1200 and its `\p{Han}` 81 against 84. Such sizes may differ by at
  /// most this fraction (and never across Envoy's limit); every other size must be equal.
  static let unicodeTableTolerance = 0.05

  @Test func tableHasAtLeast150Patterns() throws {
    let verdicts = try RE2Oracle.run([RE2Oracle.Verdict].self, mode: "patterns", file: "patterns.txt")
    #expect(verdicts.count >= 150)
    #expect(verdicts.filter(\.ok).count >= 60, "the table should hold accepted patterns too")
    #expect(verdicts.filter { ($0.programSize ?? 0) > RegexChecker.envoyProgramSizeLimit }.count >= 15)
  }

  /// Accepted or rejected, program size, and the `regex-program-size` warning (with RE2's number
  /// in it) exactly when the size exceeds Envoy's limit of 100.
  @Test func verdictsEqualRE2s() throws {
    let verdicts = try RE2Oracle.run([RE2Oracle.Verdict].self, mode: "patterns", file: "patterns.txt")
    for verdict in verdicts {
      let pattern = verdict.pattern
      let issues = RegexChecker.check(pattern)
      let rejected = issues.contains { $0.kind == .regexSyntax || $0.kind == .regexUnsupportedRE2 }
      #expect(rejected == !verdict.ok, "`\(pattern)`: RE2 says \(verdict.error ?? "ok"), centry \(issues)")
      // Go's regexp (bexpr `matches`) is RE2's syntax less `\C`.
      let goRejected = !RegexChecker.check(pattern, dialect: .go).isEmpty
      #expect(goRejected == (!verdict.ok || pattern.contains("\\C")), "`\(pattern)` in a filter")
      guard let expected = verdict.programSize else { continue }
      let size = RegexChecker.programSize(pattern)
      if pattern.contains("\\p") || pattern.contains("\\P"), let size {
        #expect(abs(Double(size - expected)) <= Double(expected) * Self.unicodeTableTolerance, "`\(pattern)`")
      } else {
        #expect(size == expected, "`\(pattern)`: RE2's program size is \(expected), centry says \(size ?? -1)")
      }
      let warning = issues.first { $0.kind == .regexProgramSize }
      #expect((warning != nil) == (expected > RegexChecker.envoyProgramSizeLimit), "`\(pattern)`: size \(expected)")
      if let warning, let size {
        #expect(warning.message.contains("RE2 program of size \(size),"), "\(warning.message)")
      }
    }
  }

  /// `centry route` full-matches like Envoy's `safe_regex`; filter `matches` searches like Go.
  @Test func matchingEqualsRE2s() throws {
    let pairs = try RE2Oracle.run([RE2Oracle.Matched].self, mode: "matches", file: "matches.txt")
    #expect(pairs.count >= 50)
    for pair in pairs {
      #expect(
        RouteSimulator.fullMatch(pair.pattern, pair.subject) == pair.full, "`\(pair.pattern)` on \(pair.subject)")
      #expect(RE2.compile(pair.pattern).partialMatch(pair.subject) == pair.partial, "`\(pair.pattern)`")
    }
  }
}

/// Runs `scripts/re2/oracle.py` with the venv's python (`make test` sets `CENTRY_XDS_PYTHON`).
enum RE2Oracle {
  /// One pattern as RE2 judged it.
  struct Verdict: Decodable {
    var pattern: String
    var ok: Bool
    var error: String?
    var programSize: Int?

    enum CodingKeys: String, CodingKey {
      case pattern, ok, error
      case programSize = "program_size"
    }
  }

  /// One subject as RE2 matched it.
  struct Matched: Decodable {
    var pattern: String
    var subject: String
    var full: Bool
    var partial: Bool
  }

  struct Failed: Error, CustomStringConvertible {
    var description: String
  }

  /// The oracle's answer for `file` of the fixture folder, one element per line.
  static func run<T: Decodable>(_ type: [T].Type, mode: String, file: String) throws -> [T] {
    let script = repositoryRoot.appendingPathComponent("scripts/re2/oracle.py").path
    let input = RE2OracleTests.folder.appendingPathComponent(file).path
    let result = try VenvPython.run([script, mode, input])
    guard result.status == 0 else {
      throw Failed(description: "the RE2 oracle failed (run `make xds-venv` to install google-re2):\n\(result.errors)")
    }
    let decoder = JSONDecoder()
    return try result.output.split(separator: "\n").map { try decoder.decode(T.self, from: Data($0.utf8)) }
  }
}
