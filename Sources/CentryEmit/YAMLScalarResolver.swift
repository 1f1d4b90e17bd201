/// Decides which strings must be quoted so that YAML readers (PyYAML's YAML 1.1 resolver, YAML
/// 1.2 core schema readers such as Envoy's) read them back as strings.
enum YAMLScalarResolver {
  private static let words: Set<String> = [
    "", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True",
    "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "<<", "=",
  ]
  /// Characters that start a non-plain YAML token (or look confusing at the start of a scalar).
  private static let indicators: Set<Character> = [
    "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "<", " ",
  ]

  static func needsQuotes(_ text: String) -> Bool {
    var utf8 = text
    if let answer = utf8.withUTF8({ asciiNeedsQuotes($0, text) }) { return answer }
    return generalNeedsQuotes(text)
  }

  /// ``needsQuotes(_:)`` by the rules below, on `Character`s (grapheme clusters: a first `-`
  /// followed by a combining mark is not the indicator `-`).
  static func generalNeedsQuotes(_ text: String) -> Bool {
    if words.contains(text) { return true }
    guard let first = text.first else { return true }
    if indicators.contains(first) { return true }
    if text.last == " " { return true }
    return looksNumeric(text)
  }

  /// Ints (decimal, `0x`, `0o`, `0b`, octal, sexagesimal), floats (`1.5`, `.5`, `1e3`, `.inf`,
  /// `.nan`) and dates (`2001-12-14…`), with optional sign and `_` separators.
  private static func looksNumeric(_ text: String) -> Bool {
    var scalars = Substring(text)
    if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
    let lower = scalars.lowercased()
    if lower == ".inf" || lower == ".nan" { return true }
    guard let first = scalars.first, first.isASCII, first.isNumber || first == "." else { return false }
    // Dates: four digits and a dash.
    let utf8 = Array(scalars.utf8)
    if utf8.count >= 5, utf8.prefix(4).allSatisfy({ $0 >= 48 && $0 <= 57 }), utf8[4] == 45 { return true }
    if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") { return true }
    // Anything made only of number characters (digits, `_`, `.`, `:`, an exponent) reads as a
    // number in some YAML version.
    var sawDigit = false
    var previous: Character = " "
    for character in lower {
      if character.isASCII, character.isNumber {
        sawDigit = true
      } else if character == "_" || character == "." || character == ":" {
      } else if character == "e" {
      } else if (character == "+" || character == "-"), previous == "e" {
      } else {
        return false
      }
      previous = character
    }
    return sawDigit || lower == "."
  }

  // MARK: ASCII strings, byte by byte

  /// ``generalNeedsQuotes(_:)`` of an ASCII string without building `Character`s or lowercased
  /// copies (almost every string an emitter writes: names, type URLs, durations); `nil` when
  /// `bytes` is not ASCII. In ASCII, a `Character` is one byte except CR LF, which no rule here
  /// matches either way, so the answers are the same.
  private static func asciiNeedsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool? {
    guard let first = bytes.first else { return true }
    for byte in bytes where byte >= 0x80 { return nil }
    if bytes.count <= 5 && words.contains(text) { return true }
    if asciiIndicators[Int(first)] { return true }
    if bytes[bytes.count - 1] == 0x20 { return true }
    return asciiLooksNumeric(bytes)
  }

  /// `indicators` as a table of ASCII bytes.
  private static let asciiIndicators: [Bool] = (0..<128).map { byte in
    indicators.contains(Character(UnicodeScalar(UInt8(byte))))
  }

  /// ``looksNumeric(_:)`` of an ASCII string.
  private static func asciiLooksNumeric(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    let start = bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") ? 1 : 0
    let rest = UnsafeBufferPointer(rebasing: bytes[start...])
    if rest.count == 4 && rest[0] == UInt8(ascii: ".") {
      let word = (lower(rest[1]), lower(rest[2]), lower(rest[3]))
      if word == (0x69, 0x6E, 0x66) || word == (0x6E, 0x61, 0x6E) { return true }  // inf, nan
    }
    guard let first = rest.first, isDigit(first) || first == UInt8(ascii: ".") else { return false }
    if rest.count >= 5, isDigit(rest[0]), isDigit(rest[1]), isDigit(rest[2]), isDigit(rest[3]),
      rest[4] == UInt8(ascii: "-")
    {
      return true
    }
    if rest.count >= 2, rest[0] == UInt8(ascii: "0") {
      let second = lower(rest[1])
      if second == UInt8(ascii: "x") || second == UInt8(ascii: "o") || second == UInt8(ascii: "b") { return true }
    }
    var sawDigit = false
    var previous = UInt8(ascii: " ")
    for byte in rest {
      let character = lower(byte)
      if isDigit(character) {
        sawDigit = true
      } else if character == UInt8(ascii: "_") || character == UInt8(ascii: ".") || character == UInt8(ascii: ":") {
      } else if character == UInt8(ascii: "e") {
      } else if character == UInt8(ascii: "+") || character == UInt8(ascii: "-"), previous == UInt8(ascii: "e") {
      } else {
        return false
      }
      previous = character
    }
    return sawDigit || (rest.count == 1 && rest[0] == UInt8(ascii: "."))
  }
}
