/// Parses HCL v1 or JSON source into a ``Document``.
///
/// Format detection follows `consul config write`: skip leading whitespace; a first character
/// `{` means JSON, anything else (an empty file, a comment) means HCL v1.
///
/// A UTF-8 byte order mark at the very start is skipped before detection. Consul would not
/// skip it (a BOM is not whitespace, so a BOM-prefixed JSON file goes down its HCL path and
/// fails there); centry treats the file as the user meant it and parses the rest normally, so a
/// BOM never produces a confusing error. Positions still count the BOM's bytes.
public enum Parser {
  /// Parses `file` (registered as `id`), choosing JSON or HCL from the content as Consul does.
  /// Never throws and never traps; every problem is a `syntax` diagnostic.
  public static func parse(_ file: SourceFile, id: FileID) -> (document: Document, diagnostics: [Diagnostic]) {
    file.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
      if detectFlavor(bytes, from: start) == .json {
        var parser = JSONParser(bytes: bytes, source: file, file: id, start: start)
        let document = parser.parseDocument(start: start)
        return (document, parser.diagnostics.sortedForOutput())
      }
      var parser = HCLParser(bytes: bytes, source: file, file: id, start: start)
      let document = parser.parseDocument(start: start)
      return (document, parser.lexer.diagnostics.sortedForOutput())
    }
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
