import CentryCore
import CentrySyntax
import Foundation

/// Parses `text` as file `name` (file ID 0).
func parse(_ text: String, name: String = "test.hcl") -> (
  document: Document, diagnostics: [Diagnostic], source: SourceFile
) {
  parseBytes(Array(text.utf8), name: name)
}

func parseBytes(_ bytes: [UInt8], name: String = "test.hcl") -> (
  document: Document, diagnostics: [Diagnostic], source: SourceFile
) {
  let source = SourceFile(name: name, bytes: bytes)
  let result = Parser.parse(source, id: FileID(0))
  return (result.document, result.diagnostics, source)
}

/// The golden form of diagnostics: `line:col-endLine:endCol rule: message` plus `note:` lines.
func renderDiagnostics(_ diagnostics: [Diagnostic], _ source: SourceFile) -> String {
  var out = ""
  for diagnostic in diagnostics {
    out += "\(span(diagnostic.range, source)) \(diagnostic.rule): \(diagnostic.message)\n"
    for note in diagnostic.notes {
      if let range = note.range {
        out += "  note: \(span(range, source)) \(note.message)\n"
      } else {
        out += "  note: \(note.message)\n"
      }
    }
  }
  return out
}

func span(_ range: SourceRange, _ source: SourceFile) -> String {
  let start = source.position(at: range.start)
  let end = source.position(at: range.end)
  return "\(start.line):\(start.column)-\(end.line):\(end.column)"
}

/// The messages only, for compact expectations.
func messages(_ text: String) -> [String] { parse(text).diagnostics.map(\.message) }
