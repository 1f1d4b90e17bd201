/// What libyaml's emitter (0.2.5, `yaml_emitter_analyze_scalar`) learns about a scalar before it
/// picks a style, reduced to what a block-style document with unicode output needs: the direct
/// writer (``YAMLDirectWriter``) must make the same plain / single-quoted / double-quoted choice
/// for every string, or its output is not libyaml's.
///
/// The checks work on UTF-8 bytes exactly as libyaml's macros do (`IS_PRINTABLE`, `IS_BREAK`,
/// `IS_BLANKZ`), including their quirks: a tab, DEL, C1 controls (NEL among them), the BOM,
/// U+FFFE/U+FFFF and every character outside the BMP count as not printable, so a string holding
/// one is double-quoted; LS and PS are printable line breaks.
struct YAMLScalarAnalysis: Equatable {
  /// The scalar holds a line break (LF, CR, NEL, LS or PS): it cannot be a simple key.
  var multiline = false
  /// libyaml's `block_plain_allowed`: it may be written plain outside flow collections.
  var blockPlainAllowed = true
  /// libyaml's `single_quoted_allowed`.
  var singleQuotedAllowed = true
  /// Characters (not bytes): libyaml counts columns by character.
  var characters = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self = !bytes.isEmpty && Self.isVisibleASCII(bytes) ? Self(visibleASCII: bytes) : Self(general: bytes)
  }

  /// libyaml's analysis, character by character.
  init(general bytes: UnsafeBufferPointer<UInt8>) {
    let count = bytes.count
    guard count > 0 else { return }
    // Reads past the end see the NUL terminator libyaml keeps after every scalar.
    @inline(__always) func at(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }

    var blockIndicators = false
    var lineBreaks = false
    var special = false
    var leadingSpace = false
    var leadingBreak = false
    var trailingSpace = false
    var trailingBreak = false
    var breakSpace = false
    var spaceBreak = false
    var previousSpace = false
    var previousBreak = false

    if count >= 3,
      (bytes[0] == 0x2D && bytes[1] == 0x2D && bytes[2] == 0x2D)
        || (bytes[0] == 0x2E && bytes[1] == 0x2E && bytes[2] == 0x2E)
    {
      blockIndicators = true
    }
    var precededByWhitespace = true
    var followedByWhitespace = Self.isBlankZ(at: Self.width(bytes[0]), at)
    var index = 0
    var characters = 0
    while index < count {
      let byte = bytes[index]
      if index == 0 {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
          UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
          UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
          UInt8(ascii: "`"):
          blockIndicators = true
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "-"):
          if followedByWhitespace { blockIndicators = true }
        default: break
        }
      } else if byte == UInt8(ascii: ":") {
        if followedByWhitespace { blockIndicators = true }
      } else if byte == UInt8(ascii: "#") {
        if precededByWhitespace { blockIndicators = true }
      }
      if !Self.isPrintable(at: index, at) { special = true }
      let width = Self.width(byte)
      let isBreak = Self.isBreak(at: index, at)
      if isBreak { lineBreaks = true }
      if byte == 0x20 {
        if index == 0 { leadingSpace = true }
        if index + width == count { trailingSpace = true }
        if previousBreak { breakSpace = true }
        previousSpace = true
        previousBreak = false
      } else if isBreak {
        if index == 0 { leadingBreak = true }
        if index + width == count { trailingBreak = true }
        if previousSpace { spaceBreak = true }
        previousSpace = false
        previousBreak = true
      } else {
        previousSpace = false
        previousBreak = false
      }
      precededByWhitespace = Self.isBlankZ(at: index, at)
      index += width
      characters += 1
      if index < count { followedByWhitespace = Self.isBlankZ(at: index + Self.width(bytes[index]), at) }
    }
    self.characters = characters
    multiline = lineBreaks
    if leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special
      || lineBreaks || blockIndicators
    {
      blockPlainAllowed = false
    }
    if breakSpace || spaceBreak || special { singleQuotedAllowed = false }
  }

  /// Every byte is printable ASCII other than space (most names, URLs and durations).
  static func isVisibleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte < 0x21 || byte > 0x7E { return false }
    return true
  }

  /// The analysis of a non-empty string of ``isVisibleASCII(_:)`` bytes, without the general
  /// loop: no breaks, spaces or special characters, and the only whitespace that can follow a
  /// character is the end of the string, so the indicators are the first character, `---`/`...`,
  /// a lone `?`, `:` or `-`, and a `:` at the end.
  init(visibleASCII bytes: UnsafeBufferPointer<UInt8>) {
    characters = bytes.count
    let first = bytes[0]
    let count = bytes.count
    var blockIndicators = Self.firstIndicators[Int(first)]
    if count == 1 && (first == UInt8(ascii: "?") || first == UInt8(ascii: ":") || first == UInt8(ascii: "-")) {
      blockIndicators = true
    }
    if count >= 3 && (first == 0x2D || first == 0x2E) && bytes[1] == first && bytes[2] == first {
      blockIndicators = true
    }
    if bytes[count - 1] == UInt8(ascii: ":") { blockIndicators = true }
    blockPlainAllowed = !blockIndicators
  }

  /// The characters that are indicators at the start of a scalar whatever follows them.
  private static let firstIndicators: [Bool] = (0..<256).map { byte in
    Array("#,[]{}&*!|>'\"%@`".utf8).contains(UInt8(byte))
  }

  /// The length of the UTF-8 sequence that starts with `byte` (libyaml's `WIDTH`; 1 for a stray
  /// continuation byte, which valid UTF-8 never starts with, so that loops always advance).
  @inline(__always) static func width(_ byte: UInt8) -> Int {
    if byte & 0x80 == 0 { return 1 }
    if byte & 0xE0 == 0xC0 { return 2 }
    if byte & 0xF0 == 0xE0 { return 3 }
    if byte & 0xF8 == 0xF0 { return 4 }
    return 1
  }

  /// libyaml's `IS_PRINTABLE`: LF, printable ASCII, and the BMP from U+00A0 except surrogates,
  /// the BOM, U+FFFE and U+FFFF.
  @inline(__always) static func isPrintable(at index: Int, _ at: (Int) -> UInt8) -> Bool {
    let byte = at(index)
    if byte == 0x0A || (byte >= 0x20 && byte <= 0x7E) { return true }
    if byte == 0xC2 { return at(index + 1) >= 0xA0 }
    if byte > 0xC2 && byte < 0xED { return true }
    if byte == 0xED { return at(index + 1) < 0xA0 }
    if byte == 0xEE { return true }
    if byte == 0xEF {
      let second = at(index + 1)
      let third = at(index + 2)
      return !(second == 0xBB && third == 0xBF) && !(second == 0xBF && (third == 0xBE || third == 0xBF))
    }
    return false
  }

  /// libyaml's `IS_BREAK`: CR, LF, NEL, LS, PS.
  @inline(__always) static func isBreak(at index: Int, _ at: (Int) -> UInt8) -> Bool {
    switch at(index) {
    case 0x0D, 0x0A: return true
    case 0xC2: return at(index + 1) == 0x85
    case 0xE2: return at(index + 1) == 0x80 && (at(index + 2) == 0xA8 || at(index + 2) == 0xA9)
    default: return false
    }
  }

  /// libyaml's `IS_BLANKZ`: space, tab, a line break, or the end (NUL).
  @inline(__always) static func isBlankZ(at index: Int, _ at: (Int) -> UInt8) -> Bool {
    let byte = at(index)
    return byte == 0x20 || byte == 0x09 || byte == 0 || isBreak(at: index, at)
  }
}
