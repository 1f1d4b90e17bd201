import CentryCore

/// Maps UTF-8 byte offsets inside a string literal's decoded value back to source byte offsets,
/// so that a problem found inside a value (`verison` in `Filter = "Service.Meta.verison == v1"`)
/// is reported at its column in the file.
///
/// Quoted HCL strings use Go's escapes (`\a \b \f \n \r \t \v \\ \" \xHH \NNN \uXXXX
/// \UXXXXXXXX`) and keep `${…}` literally; quoted JSON strings use JSON's escapes (`\/`, `\uXXXX`
/// with surrogate pairs); heredocs are matched line by line, skipping the indentation `<<-` strips.
/// Every byte an escape produces maps to the escape's first source byte.
public struct StringLiteralMap: Sendable {
  /// `offsets[i]` is the source offset of value byte `i`; the last element maps the value's end.
  public private(set) var offsets: [Int]
  public var file: FileID

  /// Builds the map for `literal`, whose bytes are in `source`.
  public init(source: SourceFile, literal: StringLiteral, flavor: SyntaxFlavor) {
    file = literal.range.file
    let value = Array(literal.value.utf8)
    let bytes = source.bytes
    let start = min(max(0, literal.range.start), bytes.count)
    let end = min(max(start, literal.range.end), bytes.count)
    var built: [Int]?
    switch literal.style {
    case .quoted:
      built = Self.quoted(bytes, start: start, end: end, flavor: flavor, value: value)
    case .heredoc:
      built = Self.heredoc(bytes, start: start, end: end, value: value)
    }
    // Anything unexpected (the parser decoded differently): point every byte at the literal start.
    offsets = built ?? Array(repeating: min(start + 1, end), count: value.count + 1)
  }

  /// The source offset of value offset `offset` (clamped).
  public func sourceOffset(_ offset: Int) -> Int {
    guard let last = offsets.last else { return 0 }
    guard offset >= 0 else { return offsets.first ?? last }
    return offset < offsets.count ? offsets[offset] : last
  }

  /// The source range of value range `range`: from its first byte's escape to the end of its
  /// last byte's escape.
  public func sourceRange(_ range: Range<Int>) -> SourceRange {
    let lower = sourceOffset(range.lowerBound)
    guard !range.isEmpty else { return SourceRange(file: file, start: lower, end: lower) }
    let lastStart = sourceOffset(range.upperBound - 1)
    var upper = sourceOffset(range.upperBound)
    if upper <= lastStart { upper = lastStart + 1 }
    return SourceRange(file: file, start: lower, end: max(lower, upper))
  }

  private static func quoted(_ bytes: [UInt8], start: Int, end: Int, flavor: SyntaxFlavor, value: [UInt8]) -> [Int]? {
    guard start < end, bytes[start] == UInt8(ascii: "\"") else { return nil }
    var offsets: [Int] = []
    var decoded: [UInt8] = []
    var index = start + 1
    let close = end - 1  // The closing quote.
    var braceDepth = 0
    func emit(_ produced: [UInt8], at source: Int) {
      decoded += produced
      offsets += Array(repeating: source, count: produced.count)
    }
    while index < close {
      let byte = bytes[index]
      if flavor == .hcl, braceDepth == 0, byte == UInt8(ascii: "$"), index + 1 < close,
        bytes[index + 1] == UInt8(ascii: "{")
      {
        braceDepth = 1
        emit([byte, bytes[index + 1]], at: index)
        offsets[offsets.count - 1] = index + 1
        index += 2
        continue
      }
      if braceDepth > 0 {
        if byte == UInt8(ascii: "\\"), index + 1 < close {
          // Kept verbatim inside `${…}`, and never closes it.
          emit([byte, bytes[index + 1]], at: index)
          offsets[offsets.count - 1] = index + 1
          index += 2
          continue
        }
        if byte == UInt8(ascii: "{") { braceDepth += 1 }
        if byte == UInt8(ascii: "}") { braceDepth -= 1 }
        emit([byte], at: index)
        index += 1
        continue
      }
      guard byte == UInt8(ascii: "\\"), index + 1 < close else {
        emit([byte], at: index)
        index += 1
        continue
      }
      let code = bytes[index + 1]
      let escapeStart = index
      switch code {
      case UInt8(ascii: "n"): emit([0x0A], at: escapeStart); index += 2
      case UInt8(ascii: "t"): emit([0x09], at: escapeStart); index += 2
      case UInt8(ascii: "r"): emit([0x0D], at: escapeStart); index += 2
      case UInt8(ascii: "b"): emit([0x08], at: escapeStart); index += 2
      case UInt8(ascii: "f"): emit([0x0C], at: escapeStart); index += 2
      case UInt8(ascii: "a") where flavor == .hcl: emit([0x07], at: escapeStart); index += 2
      case UInt8(ascii: "v") where flavor == .hcl: emit([0x0B], at: escapeStart); index += 2
      case UInt8(ascii: "x") where flavor == .hcl:
        guard let scalar = hex(bytes, from: index + 2, count: 2, limit: close) else { return nil }
        emit([UInt8(scalar)], at: escapeStart)
        index += 4
      case UInt8(ascii: "0")...UInt8(ascii: "7") where flavor == .hcl:
        guard index + 4 <= close,
          let number = UInt32(String(decoding: bytes[index + 1..<index + 4], as: UTF8.self), radix: 8),
          number <= 255
        else { return nil }
        emit([UInt8(number)], at: escapeStart)
        index += 4
      case UInt8(ascii: "u"), UInt8(ascii: "U"):
        let digits = code == UInt8(ascii: "U") && flavor == .hcl ? 8 : 4
        guard var scalar = hex(bytes, from: index + 2, count: digits, limit: close) else { return nil }
        index += 2 + digits
        if flavor == .json, (0xD800..<0xDC00).contains(scalar), index + 6 <= close, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u"), let low = hex(bytes, from: index + 2, count: 4, limit: close),
          (0xDC00..<0xE000).contains(low)
        {
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        emit(Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8), at: escapeStart)
      default:
        // `\\`, `\"`, JSON `\/`, and anything else the parser keeps as the escaped byte.
        emit([code], at: escapeStart)
        index += 2
      }
    }
    guard decoded == value else { return nil }
    return offsets + [close]
  }

  private static func hex(_ bytes: [UInt8], from index: Int, count: Int, limit: Int) -> UInt32? {
    guard index + count <= limit else { return nil }
    return UInt32(String(decoding: bytes[index..<index + count], as: UTF8.self), radix: 16)
  }

  /// Aligns the value with the heredoc body: bytes missing from the value (stripped indentation)
  /// are skipped.
  private static func heredoc(_ bytes: [UInt8], start: Int, end: Int, value: [UInt8]) -> [Int]? {
    var index = start
    while index < end, bytes[index] != 0x0A { index += 1 }
    index += 1  // The body starts after the marker line.
    var offsets: [Int] = []
    for byte in value {
      while index < end, bytes[index] != byte { index += 1 }
      guard index < end else { return nil }
      offsets.append(index)
      index += 1
    }
    return offsets + [index]
  }
}
