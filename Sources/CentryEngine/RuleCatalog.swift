import CentryCore
import CentryModel
import CentryRender

/// The text of `centry rules` and `centry rules ID`.
///
/// Failing examples are run through ``Linter`` and drawn by ``TextRenderer`` (without colour), so
/// the documentation shows exactly what a user sees.
public struct RuleCatalog: Sendable {
  public var rules: [RuleDescription]

  public init(rules: [RuleDescription]) { self.rules = rules }

  /// An aligned table: ID, severity, summary, one rule a line.
  public func list() -> String {
    guard !rules.isEmpty else { return "no rules registered\n" }
    let idWidth = max(2, rules.map(\.id.rawValue.count).max() ?? 0)
    let severityWidth = "SEVERITY".count
    func row(_ id: String, _ severity: String, _ summary: String) -> String {
      id.padding(idWidth) + "  " + severity.padding(severityWidth) + "  " + summary
    }
    var lines = [row("ID", "SEVERITY", "SUMMARY")]
    lines += rules.map { row($0.id.rawValue, $0.severity.rawValue, $0.summary) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The full text of one rule: summary, severity, rationale, then every example.
  public func detail(_ rule: RuleDescription) -> String {
    var out = "\(rule.id): \(rule.summary)\n\nSeverity: \(rule.severity.rawValue)\n\n"
    out += wrap(rule.rationale.trimmingTrailingNewlines(), width: 80) + "\n"
    for (index, example) in rule.passing.enumerated() {
      out += "\n" + heading("Passes", index: index, count: rule.passing.count) + "\n\n"
      out += listing(example)
    }
    for (index, example) in rule.failing.enumerated() {
      out += "\n" + heading("Fails", index: index, count: rule.failing.count) + "\n\n"
      out += listing(example)
      let rendered = render(example, rule: rule.id)
      if !rendered.isEmpty { out += "\n" + indent(rendered) }
    }
    return out
  }

  /// The registered ID closest to `id` by edit distance, when it is close enough to be a typo.
  public func closest(to id: String) -> RuleID? {
    let scored = rules.map { (id: $0.id, distance: editDistance(id, $0.id.rawValue)) }
    guard let best = scored.min(by: { $0.distance < $1.distance || ($0.distance == $1.distance && $0.id < $1.id) })
    else { return nil }
    return best.distance <= max(2, id.count / 3) ? best.id : nil
  }

  // MARK: - Examples

  private func heading(_ title: String, index: Int, count: Int) -> String {
    count == 1 ? "\(title):" : "\(title) (\(index + 1) of \(count)):"
  }

  /// The example's files without markers, indented; file names shown for multi-file examples.
  private func listing(_ example: Example) -> String {
    var out = ""
    for (position, file) in example.files.enumerated() {
      if example.files.count > 1 || !file.name.hasPrefix("example.") {
        if position > 0 { out += "\n" }
        out += "    # \(file.name)\n"
      }
      out += indent(Self.unmarked(file.text).trimmingTrailingNewlines() + "\n")
    }
    if example.catalog != nil {
      out += "    # checked with a service catalog (`centry lint --catalog FILE`)\n"
    }
    return out
  }

  /// This rule's diagnostics for a failing example, as `centry lint` prints them (no summary).
  private func render(_ example: Example, rule: RuleID) -> String {
    let files = example.files.map { SourceFile(name: $0.name, text: Self.unmarked($0.text)) }
    let report = Linter.lint(files, options: example.lintOptions)
    let renderer = TextRenderer(decorator: .plain)
    return report.diagnostics.filter { $0.rule == rule }
      .map { renderer.render($0, sources: report.sources) }
      .joined(separator: "\n")
  }

  /// `text` without its `«` and `»` markers.
  public static func unmarked(_ text: String) -> String {
    String(text.unicodeScalars.filter { $0 != "«" && $0 != "»" }.map(Character.init))
  }

  /// Word-wraps every line longer than `width` (lines already short are kept as written).
  private func wrap(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      guard line.count > width else { return String(line) }
      var lines: [String] = []
      var current = ""
      for word in line.split(separator: " ") {
        if !current.isEmpty, current.count + 1 + word.count > width {
          lines.append(current)
          current = ""
        }
        current += current.isEmpty ? String(word) : " " + word
      }
      if !current.isEmpty { lines.append(current) }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  private func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "    " + $0 }
      .joined(separator: "\n")
  }
}

/// Edit distance over Unicode scalars (adjacent transpositions count as one edit), shared with
/// the decoder's field suggestions.
func editDistance(_ a: String, _ b: String) -> Int {
  FieldSuggester.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  fileprivate func trimmingTrailingNewlines() -> String {
    var result = self
    while result.hasSuffix("\n") || result.hasSuffix("\r") { result.removeLast() }
    return result
  }
}
