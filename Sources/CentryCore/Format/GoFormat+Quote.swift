extension GoFormat {
  /// Go's `strconv.Quote` (what `%q` prints for a string), with which Consul's messages quote
  /// names: `\a \b \f \n \r \t \v \\ \"` escaped; other control bytes (below 0x20, and 0x7F) as
  /// `\x..`; other runes Go's `strconv.IsPrint` rejects as `\u....` or `\U........`; printable
  /// Unicode kept. (Go writes invalid UTF-8 bytes as `\x..`; a Swift `String` has already
  /// replaced them with U+FFFD, which is printable.)
  public static func quote(_ text: String) -> String {
    // Fast path: printable ASCII other than `"` and `\` is kept as is (names almost always are);
    // the scalar loop below checks Unicode properties per character, costly in messages by the
    // thousand.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
      return "\"" + text + "\""
    }
    let escaped = StringEscaping.escaped(text) { scalar in
      if let common = StringEscaping.commonBackslashEscape(scalar) { return common }
      switch scalar {
      case "\u{07}": return "\\a"
      case "\u{08}": return "\\b"
      case "\u{0C}": return "\\f"
      case "\u{0B}": return "\\v"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { return "\\x" + hex(scalar.value, width: 2) }
        if isPrint(scalar) { return nil }
        return scalar.value > 0xFFFF ? "\\U" + hex(scalar.value, width: 8) : "\\u" + hex(scalar.value, width: 4)
      }
    }
    return "\"" + escaped + "\""
  }

  /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
  private static func isPrint(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark,
      .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation,
      .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return true
    case .spaceSeparator:
      return scalar == " "
    case .lineSeparator, .paragraphSeparator, .control, .format, .surrogate, .privateUse, .unassigned:
      return false
    @unknown default:
      return false
    }
  }

  /// `value` in lower-case hexadecimal, zero-padded to `width` digits.
  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
