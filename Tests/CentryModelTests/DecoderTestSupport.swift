import CentryCore
import CentryModel
import CentrySyntax
import CentryTestSupport
import Foundation

/// Parses and decodes `text` as file `name` (file ID 0); JSON when `name` ends in `.json`.
func modelDecode(_ text: String, name: String = "entry.hcl") -> (
  result: DecodeResult, syntax: [Diagnostic], source: SourceFile
) {
  let source = SourceFile(name: name, text: text)
  let parsed = Parser.parse(source, id: FileID(0))
  return (EntryDecoder.decode(parsed.document), parsed.diagnostics, source)
}

/// The only entry decoded from `text`, or `nil`.
func modelDecodeOne(_ text: String, name: String = "entry.hcl") -> ConfigEntry? {
  let decoded = modelDecode(text, name: name)
  return decoded.result.entries.count == 1 ? decoded.result.entries.first?.entry : nil
}

/// Diagnostics as `line:col-line:col rule: message` lines, with help and suggestion.
func renderDecodeDiagnostics(_ diagnostics: [Diagnostic], _ source: SourceFile) -> String {
  var out = ""
  for diagnostic in diagnostics.sortedForOutput() {
    let start = source.position(at: diagnostic.range.start)
    let end = source.position(at: diagnostic.range.end)
    out +=
      "\(start.line):\(start.column)-\(end.line):\(end.column) \(diagnostic.severity.rawValue)[\(diagnostic.rule)]: \(diagnostic.message)\n"
    if let suggestion = diagnostic.suggestion {
      out += "  suggestion: \(suggestion.message)\(suggestion.replacement.map { " → \($0)" } ?? "")\n"
    }
    if let help = diagnostic.help { out += "  help: \(help)\n" }
    for note in diagnostic.notes { out += "  note: \(note.message)\n" }
  }
  return out
}
