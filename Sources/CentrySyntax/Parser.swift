import CentryCore

/// Parses HCL v1 or JSON source into a ``Document``.
///
/// Format detection follows `consul config write`: skip leading whitespace; a first character
/// `{` means JSON, anything else (an empty file, a comment) means HCL v1.
///
/// A UTF-8 byte order mark at the very start is a `syntax` error at 1:1, as in Consul: HCL v1's
/// scanner rejects it (`At 1:1: illegal char`), and since a BOM is not whitespace a BOM-prefixed
/// JSON file goes down Consul's HCL path and fails the same way. After reporting it, centry
/// parses the rest as the user meant it (JSON when a `{` follows), so the file's other problems
/// are still found. Positions still count the BOM's bytes.
public enum Parser {
  /// Parses `file` (registered as `id`), choosing JSON or HCL from the content as Consul does.
  /// Never throws and never traps; every problem is a `syntax` diagnostic. Runs on a stack deep
  /// enough for ``maximumNestingDepth`` levels (`DeepStack`), whatever the calling thread.
  public static func parse(_ file: SourceFile, id: FileID) -> (document: Document, diagnostics: [Diagnostic]) {
    DeepStack.run { parseInPlace(file, id: id) }
  }

  private static func parseInPlace(_ file: SourceFile, id: FileID) -> (document: Document, diagnostics: [Diagnostic]) {
    file.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
      if let binary = binaryDiagnostic(bytes, file: id) {
        let empty = Document(
          file: id, flavor: .hcl, body: ObjectBody(items: [], range: SourceRange(file: id, start: 0, end: 0)))
        return (empty, [binary])
      }
      let mark = start > 0 ? [byteOrderMarkDiagnostic(file: id)] : []
      if detectFlavor(bytes, from: start) == .json {
        var parser = JSONParser(bytes: bytes, source: file, file: id, start: start)
        let document = parser.parseDocument(start: start)
        return (document, capped((mark + parser.diagnostics).sortedForOutput()))
      }
      var parser = HCLParser(bytes: bytes, source: file, file: id, start: start)
      let document = parser.parseDocument(start: start)
      return (document, capped((mark + parser.lexer.diagnostics).sortedForOutput()))
    }
  }

  /// Most syntax errors one file reports; past that, the rest are summed up in one diagnostic.
  /// A garbled file would otherwise bury every other finding (and the terminal) under thousands.
  public static let maxDiagnosticsPerFile = 100

  static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard diagnostics.count > maxDiagnosticsPerFile else { return diagnostics }
    var kept = Array(diagnostics.prefix(maxDiagnosticsPerFile))
    let hidden = diagnostics.count - maxDiagnosticsPerFile
    kept.append(
      Diagnostic(
        rule: .syntax, severity: .error,
        message: "too many syntax errors: \(hidden) more in this file not shown",
        range: diagnostics[maxDiagnosticsPerFile].range,
        help: "fix the errors above first; the rest often follow from them"))
    return kept
  }

  /// The error for a leading UTF-8 byte order mark (its three bytes; 1:1 since columns do not
  /// count it).
  static func byteOrderMarkDiagnostic(file: FileID) -> Diagnostic {
    Diagnostic(
      rule: .syntax, severity: .error,
      message: "the file starts with a UTF-8 byte order mark, which Consul rejects",
      range: SourceRange(file: file, start: 0, end: 3),
      help:
        "remove the byte order mark (save the file as UTF-8 without BOM): `consul config write` fails with `At 1:1: illegal char`, also for JSON, which the mark sends to its HCL parser"
    )
  }

  /// Binary input (an executable, an archive, random bytes) gets one clear error instead of an
  /// error per stray byte. The test is git's: a NUL byte in the first 8,000 bytes, here together
  /// with a few more control bytes, so that one stray NUL in a text file still gets its precise
  /// `unexpected NUL byte` error and the rest of the file is checked.
  static func binaryDiagnostic(_ bytes: UnsafeBufferPointer<UInt8>, file: FileID) -> Diagnostic? {
    let window = min(bytes.count, 8000)
    var firstNUL: Int?
    var controls = 0
    for index in 0..<window {
      let byte = bytes[index]
      guard byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C else { continue }
      controls += 1
      if byte == 0, firstNUL == nil { firstNUL = index }
    }
    guard let offset = firstNUL, controls >= 4 else { return nil }
    return Diagnostic(
      rule: .syntax, severity: .error,
      message: "binary data, not a config entry: found a NUL byte (0x00) among \(controls) control bytes",
      range: SourceRange(file: file, start: offset, end: offset + 1),
      help: "config entries are HCL or JSON text; check that the right file was given")
  }

  /// The flavor Consul would pick for `file` (after an optional BOM).
  public static func detectFlavor(_ file: SourceFile) -> SyntaxFlavor {
    file.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
      return detectFlavor(bytes, from: start)
    }
  }

  static func detectFlavor(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> SyntaxFlavor {
    var index = start
    while index < bytes.count {
      switch bytes[index] {
      // ASCII whitespace as Go's unicode.IsSpace sees it.
      case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
        index += 1
      case UInt8(ascii: "{"):
        return .json
      default:
        // Non-ASCII Unicode spaces (U+00A0, U+2000…) are also skipped by Go's TrimSpace.
        if bytes[index] >= 0x80, let (scalar, length) = decodeUTF8Scalar(bytes, at: index),
          scalar.properties.isWhitespace
        {
          index += length
          continue
        }
        return .hcl
      }
    }
    return .hcl
  }
}
