import CentryCore

/// GitHub Actions workflow commands (`--format github`), one line per diagnostic:
///
/// `::error file=web.hcl,line=3,col=1,endLine=3,endColumn=9,title=unknown-field::message`
///
/// `warning` becomes `::warning`, `info` `::notice`. The help text follows the message after a
/// newline. Per GitHub's toolkit, `%`, CR and LF are percent-escaped in the message, and in
/// property values `:` and `,` as well. Clean input prints nothing.
public enum GitHubRenderer {
  public static func render(_ diagnostics: [Diagnostic], sources: SourceMap, summary: RunSummary) -> String {
    var out = ""
    for diagnostic in diagnostics {
      let position = ResolvedRange(diagnostic.range, in: sources)
      let command: String
      switch diagnostic.severity {
      case .error: command = "error"
      case .warning: command = "warning"
      case .info: command = "notice"
      }
      let properties = [
        ("file", position.file), ("line", "\(position.line)"), ("col", "\(position.column)"),
        ("endLine", "\(position.endLine)"), ("endColumn", "\(position.endColumn)"), ("title", diagnostic.rule.rawValue),
      ]
      .map { "\($0.0)=\(escapeProperty($0.1))" }
      .joined(separator: ",")
      var message = diagnostic.message
      if let help = diagnostic.fullHelp { message += "\n" + help }
      out += "::\(command) \(properties)::\(escapeData(message))\n"
    }
    return out
  }

  /// Escapes a command's message (`%`, CR, LF).
  static func escapeData(_ text: String) -> String {
    StringEscaping.escaped(text, escaping: dataEscape)
  }

  /// Escapes a property value (`%`, CR, LF, `:` and `,`).
  static func escapeProperty(_ text: String) -> String {
    StringEscaping.escaped(text) { scalar in
      switch scalar {
      case ":": "%3A"
      case ",": "%2C"
      default: dataEscape(scalar)
      }
    }
  }

  /// The replacement of `scalar` in a message, or `nil` to keep it.
  private static func dataEscape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "%": "%25"
    case "\r": "%0D"
    case "\n": "%0A"
    default: nil
    }
  }
}
