import CentryCore

/// Checkstyle XML (`--format checkstyle`), for reviewdog and CI dashboards.
///
/// Every input file gets a `<file>` element, clean ones too (sorted by name, one element per
/// name), each holding an `<error>` per diagnostic with `line`, `column`, `severity` (`error`,
/// `warning`, `info`), `message` (help appended after a newline) and `source="centry.<rule-id>"`.
public enum CheckstyleRenderer {
  public static func render(_ diagnostics: [Diagnostic], sources: SourceMap, summary: RunSummary) -> String {
    var byFile: [String: [Diagnostic]] = [:]
    for file in sources.files { byFile[file.name, default: []] += [] }
    for diagnostic in diagnostics { byFile[sources[diagnostic.range.file].name, default: []].append(diagnostic) }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    for name in byFile.keys.sorted() {
      let fileDiagnostics = byFile[name] ?? []
      if fileDiagnostics.isEmpty {
        out += "  <file name=\"\(escape(name))\"/>\n"
        continue
      }
      out += "  <file name=\"\(escape(name))\">\n"
      for diagnostic in fileDiagnostics {
        let position = ResolvedRange(diagnostic.range, in: sources)
        var message = diagnostic.message
        if let help = diagnostic.fullHelp { message += "\n" + help }
        out += "    <error line=\"\(position.line)\" column=\"\(position.column)\""
        out += " severity=\"\(diagnostic.severity.rawValue)\" message=\"\(escape(message))\""
        out += " source=\"centry.\(escape(diagnostic.rule.rawValue))\"/>\n"
      }
      out += "  </file>\n"
    }
    out += "</checkstyle>\n"
    return out
  }

  /// Escapes text for an XML attribute value; characters XML 1.0 cannot carry become U+FFFD.
  static func escape(_ text: String) -> String {
    StringEscaping.escaped(text) { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&apos;"
      case "\n": "&#10;"
      case "\r": "&#13;"
      case "\t": "&#9;"
      default: scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : nil
      }
    }
  }
}
