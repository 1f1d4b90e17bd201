/// Go's `strconv.Unquote` escape set for the inside of a `"…"` literal: `\a \b \f \n \r \t \v \\
/// \" \' \xHH \NNN \uXXXX \UXXXXXXXX`. Used for bexpr string values.
enum GoUnquote {
  struct Failure: Error {
    var message: String
    /// Byte range inside the content (after the opening quote).
    var range: Range<Int>
    var help: String?
  }

  /// Decodes `content` (the bytes between the quotes).
  static func decode(_ content: [UInt8]) -> Result<String, Failure> {
    var out: [UInt8] = []
    var index = 0
    while index < content.count {
      let byte = content[index]
      if byte == 0x0A {
        return .failure(
          Failure(message: "newline in string literal", range: index..<index + 1, help: "write it as `\\n`"))
      }
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        index += 1
        continue
      }
      guard index + 1 < content.count else {
        return .failure(Failure(message: "unfinished escape sequence `\\`", range: index..<index + 1, help: nil))
      }
      let code = content[index + 1]
      switch code {
      case UInt8(ascii: "a"): out.append(0x07); index += 2
      case UInt8(ascii: "b"): out.append(0x08); index += 2
      case UInt8(ascii: "f"): out.append(0x0C); index += 2
      case UInt8(ascii: "n"): out.append(0x0A); index += 2
      case UInt8(ascii: "r"): out.append(0x0D); index += 2
      case UInt8(ascii: "t"): out.append(0x09); index += 2
      case UInt8(ascii: "v"): out.append(0x0B); index += 2
      case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(code); index += 2
      case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
        let digits = code == UInt8(ascii: "x") ? 2 : code == UInt8(ascii: "u") ? 4 : 8
        let end = index + 2 + digits
        guard end <= content.count,
          let value = UInt32(String(decoding: content[index + 2..<end], as: UTF8.self), radix: 16)
        else {
          return .failure(
            Failure(
              message:
                "invalid escape `\(String(decoding: content[index..<min(end, content.count)], as: UTF8.self))`: expected \(digits) hex digits",
              range: index..<min(end, content.count), help: nil))
        }
        if code == UInt8(ascii: "x") {
          out.append(UInt8(value))
        } else {
          guard let scalar = Unicode.Scalar(value) else {
            return .failure(Failure(message: "escape is not a valid Unicode scalar", range: index..<end, help: nil))
          }
          out += Array(String(Character(scalar)).utf8)
        }
        index = end
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        let end = index + 4
        guard end <= content.count,
          let value = UInt32(String(decoding: content[index + 1..<end], as: UTF8.self), radix: 8), value <= 255
        else {
          return .failure(
            Failure(
              message: "invalid octal escape: expected three octal digits up to `\\377`",
              range: index..<min(end, content.count), help: nil))
        }
        out.append(UInt8(value))
        index = end
      default:
        return .failure(
          Failure(
            message: "unknown escape sequence `\\\(String(decoding: [code], as: UTF8.self))`", range: index..<index + 2,
            help:
              "Go strings accept `\\a \\b \\f \\n \\r \\t \\v \\\\ \\\" \\xHH \\NNN \\uXXXX`; for a regex use a backquoted string: `` `\\d+` ``"
          ))
      }
    }
    return .success(String(decoding: out, as: UTF8.self))
  }
}
