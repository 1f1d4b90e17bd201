import Foundation
import Testing

/// The repository's root folder, found from this file's path.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `Fixtures/` at the repository root.
public let fixturesRoot: URL = repositoryRoot.appendingPathComponent("Fixtures")

/// True when `CENTRY_RECORD=1`: golden files are (re)written, and every golden compared fails
/// the test so a recording run can never look green.
public let isRecording: Bool = ProcessInfo.processInfo.environment["CENTRY_RECORD"] == "1"

/// Compares `actual` with the golden file at `url`. A missing or unreadable golden fails; only a
/// recording run (`CENTRY_RECORD=1`) writes goldens, and it fails too.
public func assertGolden(
  _ actual: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation
) {
  if isRecording {
    let previous = try? String(contentsOf: url, encoding: .utf8)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      if previous != actual { try actual.write(to: url, atomically: true, encoding: .utf8) }
    } catch {
      Issue.record("could not write golden \(url.path): \(error)", sourceLocation: sourceLocation)
      return
    }
    let what = previous == nil ? "recorded new golden" : previous == actual ? "golden unchanged" : "re-recorded golden"
    Issue.record(
      "\(what) \(url.path) (CENTRY_RECORD=1 always fails: run again without it)", sourceLocation: sourceLocation)
    return
  }
  let expected: String
  do {
    expected = try String(contentsOf: url, encoding: .utf8)
  } catch {
    Issue.record(
      "missing or unreadable golden \(url.path) (\(error.localizedDescription)): run with CENTRY_RECORD=1 to write it",
      sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    Issue.record(
      "golden mismatch: \(url.path)\n\(lineDiff(expected: expected, actual: actual))",
      sourceLocation: sourceLocation)
  }
}

/// A minimal line diff for failure messages: the first differing lines with context.
public func lineDiff(expected: String, actual: String) -> String {
  let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  var shown = 0
  for index in 0..<max(a.count, b.count) {
    let left = index < a.count ? String(a[index]) : nil
    let right = index < b.count ? String(b[index]) : nil
    if left != right {
      if let left { out.append("-\(index + 1): \(left)") }
      if let right { out.append("+\(index + 1): \(right)") }
      shown += 1
      if shown >= 20 {
        out.append("…")
        break
      }
    }
  }
  return out.joined(separator: "\n")
}
