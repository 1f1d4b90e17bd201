/// Turns the bytes of literals into values. The lexers have already validated (and reported)
/// escapes, so decoding here is lenient: a bad escape is kept as written.
package enum StringDecoding {
  /// The value of an HCL quoted string whose content (without quotes) is `start..<end`.
  ///
  /// Go escapes are resolved outside `${ … }`; inside, the text is kept verbatim, as HCL v1's
  /// `strconv.Unquote` does.
  static func hclQuoted(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(end - start)
    var index = start
    var braces = 0
    while index < end {
      let byte = bytes[index]
      if braces > 0 {
        if byte == UInt8(ascii: "{") {
          braces += 1
        } else if byte == UInt8(ascii: "}") {
          braces -= 1
        } else if byte == UInt8(ascii: "\\"), index + 1 < end {
          out.append(byte)
          out.append(bytes[index + 1])
          index += 2
          continue
        }
        out.append(byte)
        index += 1
        continue
      }
      if byte == UInt8(ascii: "$"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "{") {
        braces = 1
        out.append(byte)
        out.append(bytes[index + 1])
        index += 2
        continue
      }
      guard byte == UInt8(ascii: "\\"), index + 1 < end else {
        out.append(byte)
        index += 1
        continue
      }
      let escaped = bytes[index + 1]
      if let control = controlEscape(escaped) {
        out.append(control)
        index += 2
        continue
      }
      switch escaped {
      case UInt8(ascii: "a"): out.append(0x07)
      case UInt8(ascii: "v"): out.append(0x0B)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        if let value = digits(bytes, index + 1, end, count: 3, base: 8), value <= 255 {
          // Go's `\NNN` is a raw byte, like `\xHH`.
          out.append(UInt8(value))
          index += 4
          continue
        }
        out.append(byte)
        index += 1
        continue
      case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
        let count = escaped == UInt8(ascii: "x") ? 2 : escaped == UInt8(ascii: "u") ? 4 : 8
        if let value = digits(bytes, index + 2, end, count: count, base: 16) {
          if count == 2 {
            out.append(UInt8(value))
          } else if let scalar = Unicode.Scalar(value) {
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
          } else {
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
          }
          index += 2 + count
          continue
        }
        out.append(byte)
        index += 1
        continue
      default:
        out.append(byte)
        index += 1
        continue
      }
      index += 2
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The control character that `\b`, `\f`, `\n`, `\r` or `\t` stands for, the one-letter
  /// escapes JSON and Go (so HCL) strings share; `nil` for any other letter.
  package static func controlEscape(_ letter: UInt8) -> UInt8? {
    switch letter {
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
  }

  static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, count: Int, base: UInt32)
    -> UInt32?
  {
    guard start + count <= end else { return nil }
    var value: UInt32 = 0
    for index in start..<(start + count) {
      guard let digit = digitValue(bytes[index]), digit < base else { return nil }
      value = value &* base &+ digit
    }
    return value
  }

  /// The value of a heredoc token `start..<end` (from `<<` to the end of the closing marker).
  static func heredoc(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, String, Bool) {
    var index = start + 2
    let indented = index < end && bytes[index] == UInt8(ascii: "-")
    if indented { index += 1 }
    let nameStart = index
    while index < end, isAnchorByte(bytes[index]) { index += 1 }
    let marker = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
    while index < end, bytes[index] != 0x0A { index += 1 }
    let bodyStart = min(index + 1, end)
    // The closing line starts after the last newline before `end`.
    var closingLine = end
    while closingLine > bodyStart, bytes[closingLine - 1] != 0x0A { closingLine -= 1 }
    let body = UnsafeBufferPointer(rebasing: bytes[bodyStart..<max(bodyStart, closingLine)])
    var prefixEnd = closingLine
    while prefixEnd < end, isHeredocSpace(bytes[prefixEnd]) { prefixEnd += 1 }
    guard indented else {
      // HCL v1 quirk: the value runs up to the marker itself, so an indented closing marker of a
      // plain `<<EOF` leaves its indentation at the end of the value.
      let value = UnsafeBufferPointer(rebasing: bytes[bodyStart..<max(bodyStart, prefixEnd)])
      return (String(decoding: value, as: UTF8.self), marker, false)
    }
    let prefix = Array(UnsafeBufferPointer(rebasing: bytes[closingLine..<prefixEnd]))
    if prefix.isEmpty { return (String(decoding: body, as: UTF8.self), marker, true) }
    var lines: [ArraySlice<UInt8>] = Array(body).split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard lines.allSatisfy({ $0.starts(with: prefix) }) else {
      return (String(decoding: body, as: UTF8.self), marker, true)
    }
    var out: [UInt8] = []
    out.reserveCapacity(body.count)
    for line in lines {
      out.append(contentsOf: line.dropFirst(prefix.count))
      out.append(0x0A)
    }
    return (String(decoding: out, as: UTF8.self), marker, true)
  }
}
