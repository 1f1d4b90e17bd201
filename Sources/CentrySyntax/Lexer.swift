import CentryCore

// HCL v1 lexer.
//
// Works directly on the UTF-8 bytes of the file and yields one token at a time to the parser
// (no token array): strings are not decoded here, only validated; the parser builds `String`s
// for keys and literal values only.
//
// HCL v1 quirks followed (hashicorp/hcl branch `hcl1`, `hcl/scanner` and `hcl/parser`):
// - Whitespace is space, tab, `\r` and `\n`; newlines are not significant, so items may follow
//   each other on one line (`{ Name = "x" Exact = "2" }`) and commas between object items are
//   optional separators.
// - Comments: `#` and `//` to the end of the line, `/* … */` (not nested).
// - Identifiers start with a letter or `_` (Unicode letters allowed) and continue with letters,
//   digits, `_`, `-` and `.`. `true` and `false` are booleans, not identifiers.
// - Numbers: a `-` directly followed by a digit starts a number; `0x…` is hex, a leading `0`
//   means octal (`08` is an error), `.` or an exponent makes a float.
// - Quoted strings: a raw newline is an error except inside `${ … }`; inside `${ … }` braces are
//   counted and quotes do not end the string. Escapes are Go's (`\a \b \f \n \r \t \v \\ \"`,
//   `\NNN` octal, `\xHH`, `\uXXXX`, `\UXXXXXXXX`); escapes inside `${ … }` are kept verbatim.
// - Heredocs `<<EOF` / `<<-EOF`: the anchor (letters, digits, `_`) must be followed by a
//   newline (`\r\n` accepted). The closing line is the marker, optionally indented, with nothing
//   after it but `\r`, and it must end with a newline (a marker on the file's last line without
//   one is an error, as in HCL v1). HCL v1 also wants the closing line at least as long as the
//   anchor with its dash (and its `\r` under CRLF, which the closing line then needs too), so
//   `EOF` alone in column 0 never closes `<<-EOF`: the heredoc runs to the end of the file and
//   Consul fails with `heredoc not terminated`. A plain `<<EOF` value runs up to the marker, so
//   it keeps the closing line's indentation. For `<<-EOF` the closing marker's indentation is
//   removed from every line when every line starts with it; otherwise the body is kept as
//   written (HCL v1's `unindentHeredoc`).
// - Lists accept stray commas (`[, 1,, 2]`) and need no comma after a nested list (`[[1] [2]]`).
// - Escapes are validated inside `${ … }` too; the value keeps them verbatim there.
// - NUL is rejected everywhere (also in strings, comments and heredocs), and U+E123 inside
//   literals (HCL v1 reserves it).
// - Single-quoted strings do not exist (an illegal character, as in HCL v1).
// - A UTF-8 byte order mark at the very start is an error, as in HCL v1 (reported by `Parser`,
//   which then lexes the rest).
//
// centry's own decisions where HCL v1 has none worth copying:
// - Invalid UTF-8: only the first invalid byte of a file is reported ("invalid UTF-8 byte 0xFF");
//   lexing goes on (inside strings and comments the byte is kept, decoded as U+FFFD), so the
//   rest of the file is still checked.
// - A NUL or other control byte outside strings is an unexpected character; inside a quoted
//   string it is kept (Go's scanner would accept it too).
// - `10s`, `1.2.3`: one "invalid number" error for the whole word instead of HCL v1's split
//   tokens and a vague follow-up error.
// - A raw newline in a quoted string is reported once; when the next line has an odd number of
//   quotes (it closes the string) the literal swallows it, so a multi-line string is one error.
// - Positions are byte offsets; the parser never computes lines on the happy path.

/// The kinds of HCL v1 tokens.
enum TokenKind: UInt8 {
  case identifier
  case string
  case heredoc
  case number
  case float
  case bool
  case leftBrace
  case rightBrace
  case leftBracket
  case rightBracket
  case assign
  case comma
  case endOfInput
  /// A character HCL cannot start a token with; the lexer has reported it.
  case illegal
}

/// One token: kind, byte range and a few facts the parser needs.
///
/// Field order keeps the struct small (offsets first, then the one-byte fields): tokens are
/// copied on every `advance()`.
struct Token {
  var start: Int
  var end: Int
  /// Index of the first comment lexed after the previous token.
  var firstComment: Int
  var kind: TokenKind
  /// A newline (or the start of the file) lies between the previous token and this one.
  var newlineBefore: Bool
  /// For strings: whether it holds a backslash escape or `${` (needs decoding).
  var needsDecoding: Bool = false
  /// For strings and heredocs: whether the literal was terminated properly.
  var isTerminated: Bool = true

  init(kind: TokenKind, start: Int, end: Int, newlineBefore: Bool, firstComment: Int) {
    self.start = start
    self.end = end
    self.firstComment = firstComment
    self.kind = kind
    self.newlineBefore = newlineBefore
  }
}

/// The HCL v1 lexer over a byte buffer.
struct Lexer {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: FileID
  private(set) var position: Int
  var comments: [Comment] = []
  var diagnostics: [Diagnostic] = []
  /// Only the first invalid UTF-8 byte of a file is reported (the rest is noise).
  private var reportedInvalidUTF8 = false
  private var reportedNUL = false

  init(bytes: UnsafeBufferPointer<UInt8>, file: FileID, start: Int) {
    self.bytes = bytes
    self.file = file
    self.position = start
  }

  // MARK: - Diagnostics

  mutating func error(_ message: String, _ start: Int, _ end: Int, notes: [Note] = []) {
    diagnostics.append(
      Diagnostic(
        rule: .syntax, severity: .error, message: message,
        range: SourceRange(file: file, start: start, end: max(end, start)), notes: notes))
  }

  /// HCL v1 rejects NUL anywhere, also inside strings, comments and heredocs (reported once).
  private mutating func nulInLiteral(at index: Int) {
    if reportedNUL { return }
    reportedNUL = true
    error("unexpected NUL byte (0x00)", index, index + 1)
  }

  private mutating func invalidUTF8(at index: Int) {
    if reportedInvalidUTF8 { return }
    reportedInvalidUTF8 = true
    error("invalid UTF-8 byte \(hexByte(bytes[index]))", index, index + 1)
  }

  // MARK: - Tokens

  /// Lexes the next token, collecting the comments before it.
  mutating func next() -> Token {
    let firstComment = comments.count
    var newline = position == 0
    let count = bytes.count
    while position < count {
      let byte = bytes[position]
      switch byte {
      case 0x20, 0x09, 0x0D, 0x0A:
        // Blanks and indentation, on a local index.
        var index = position
        while index < count {
          let blank = bytes[index]
          if blank == 0x0A {
            newline = true
          } else if blank != 0x20 && blank != 0x09 && blank != 0x0D {
            break
          }
          index += 1
        }
        position = index
      case UInt8(ascii: "#"):
        lineComment(style: .hash)
      case UInt8(ascii: "/"):
        let following = position + 1 < count ? bytes[position + 1] : 0
        if following == UInt8(ascii: "/") {
          lineComment(style: .doubleSlash)
        } else if following == UInt8(ascii: "*") {
          if blockComment() { newline = true }
        } else {
          return illegal(firstComment: firstComment, newline: newline)
        }
      default:
        return token(byte, firstComment: firstComment, newline: newline)
      }
    }
    return Token(kind: .endOfInput, start: count, end: count, newlineBefore: true, firstComment: firstComment)
  }

  private mutating func token(_ byte: UInt8, firstComment: Int, newline: Bool) -> Token {
    let start = position
    var result = Token(kind: .illegal, start: start, end: start + 1, newlineBefore: newline, firstComment: firstComment)
    switch byte {
    case UInt8(ascii: "{"): result.kind = .leftBrace
    case UInt8(ascii: "}"): result.kind = .rightBrace
    case UInt8(ascii: "["): result.kind = .leftBracket
    case UInt8(ascii: "]"): result.kind = .rightBracket
    case UInt8(ascii: "="): result.kind = .assign
    case UInt8(ascii: ","): result.kind = .comma
    case UInt8(ascii: "\""):
      scanString(&result)
      return result
    case UInt8(ascii: "<"):
      if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
        scanHeredoc(&result)
        return result
      }
      return illegal(firstComment: firstComment, newline: newline)
    case UInt8(ascii: "-"):
      if position + 1 < bytes.count, isDecimal(bytes[position + 1]) {
        scanNumber(&result)
        return result
      }
      return illegal(firstComment: firstComment, newline: newline)
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      scanNumber(&result)
      return result
    case UInt8(ascii: "."):
      // `.5` is a float in HCL v1.
      if position + 1 < bytes.count, isDecimal(bytes[position + 1]) {
        scanNumber(&result)
        return result
      }
      return illegal(firstComment: firstComment, newline: newline)
    default:
      if isIdentifierStart(byte) {
        position += 1
        scanIdentifierTail()
        result.end = position
        result.kind = isKeyword(start, position) ? .bool : .identifier
        return result
      }
      if byte >= 0x80, let (scalar, length) = decodeScalar(at: position), isUnicodeLetter(scalar) {
        position += length
        scanIdentifierTail()
        result.end = position
        result.kind = .identifier
        return result
      }
      return illegal(firstComment: firstComment, newline: newline)
    }
    position += 1
    return result
  }

  /// Reports and skips a character that cannot start a token.
  private mutating func illegal(firstComment: Int, newline: Bool) -> Token {
    let start = position
    let byte = bytes[position]
    var length = 1
    if byte >= 0x80 {
      if let (scalar, scalarLength) = decodeScalar(at: position) {
        length = scalarLength
        error("unexpected character '\(Character(scalar))'", start, start + length)
      } else if !reportedInvalidUTF8 {
        invalidUTF8(at: start)
      } else {
        error("unexpected byte \(hexByte(byte))", start, start + 1)
      }
    } else if byte == 0 {
      error("unexpected NUL byte (0x00)", start, start + 1)
    } else if byte < 0x20 || byte == 0x7F {
      error("unexpected control character \(hexByte(byte))", start, start + 1)
    } else if byte == UInt8(ascii: "'") {
      var end = start + 1
      while end < bytes.count, bytes[end] != UInt8(ascii: "'"), bytes[end] != 0x0A { end += 1 }
      if end < bytes.count, bytes[end] == UInt8(ascii: "'") {
        length = end + 1 - start
        error("strings must use double quotes, found \(text(start, end + 1))", start, end + 1)
      } else {
        error("unexpected character '\\'': strings must use double quotes", start, start + 1)
      }
    } else if byte == UInt8(ascii: ":") {
      error("unexpected character ':': HCL uses '=' between a key and its value", start, start + 1)
    } else {
      error("unexpected character '\(Character(Unicode.Scalar(byte)))'", start, start + 1)
    }
    position += length
    return Token(kind: .illegal, start: start, end: start + length, newlineBefore: newline, firstComment: firstComment)
  }

  // MARK: - Comments

  private mutating func lineComment(style: Comment.Style) {
    let start = position
    let count = bytes.count
    while position < count {
      let byte = bytes[position]
      if byte == 0x0A { break }
      if byte >= 0x80 {
        validateScalar()
      } else {
        if byte == 0 { nulInLiteral(at: position) }
        position += 1
      }
    }
    var end = position
    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
    comments.append(
      Comment(style: style, text: text(start, end), range: SourceRange(file: file, start: start, end: end)))
  }

  /// Returns whether the comment spans a newline.
  private mutating func blockComment() -> Bool {
    let start = position
    let count = bytes.count
    position += 2
    var sawNewline = false
    while position < count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "*"), position + 1 < count, bytes[position + 1] == UInt8(ascii: "/") {
        position += 2
        comments.append(
          Comment(
            style: .block, text: text(start, position), range: SourceRange(file: file, start: start, end: position)))
        return sawNewline
      }
      if byte == 0x0A { sawNewline = true }
      if byte >= 0x80 {
        validateScalar()
      } else {
        if byte == 0 { nulInLiteral(at: position) }
        position += 1
      }
    }
    error("unterminated comment: missing '*/'", start, start + 2)
    comments.append(
      Comment(style: .block, text: text(start, position), range: SourceRange(file: file, start: start, end: position)))
    return sawNewline
  }

  // MARK: - Identifiers and numbers

  private mutating func scanIdentifierTail() {
    let count = bytes.count
    // ASCII fast path on a local index (the hot loop of the lexer).
    var index = position
    while index < count, isIdentifierByte(bytes[index]) { index += 1 }
    position = index
    while position < count {
      let byte = bytes[position]
      if isIdentifierByte(byte) {
        position += 1
      } else if byte >= 0x80, let (scalar, length) = decodeScalar(at: position),
        isUnicodeLetter(scalar) || scalar.properties.numericType == .decimal
      {
        position += length
      } else {
        return
      }
    }
  }

  private func isKeyword(_ start: Int, _ end: Int) -> Bool {
    let length = end - start
    if length == 4 {
      return bytes[start] == 0x74 && bytes[start + 1] == 0x72 && bytes[start + 2] == 0x75 && bytes[start + 3] == 0x65
    }
    if length == 5 {
      return bytes[start] == 0x66 && bytes[start + 1] == 0x61 && bytes[start + 2] == 0x6C && bytes[start + 3] == 0x73
        && bytes[start + 4] == 0x65
    }
    return false
  }

  private mutating func scanNumber(_ token: inout Token) {
    let count = bytes.count
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    token.kind = .number
    if bytes[position] == UInt8(ascii: "0"), position + 1 < count,
      bytes[position + 1] | 0x20 == UInt8(ascii: "x")
    {
      position += 2
      let digits = position
      while position < count, isHex(bytes[position]) { position += 1 }
      if position == digits {
        error("invalid hexadecimal number: no digits after '0x'", start, position)
        token.isTerminated = false
      }
    } else {
      let leadingZero = bytes[position] == UInt8(ascii: "0")
      while position < count, isDecimal(bytes[position]) { position += 1 }
      let integerEnd = position
      // HCL v1 scans `1.` as a float too (Go's ParseFloat accepts it).
      if position < count, bytes[position] == UInt8(ascii: "."),
        position + 1 >= count || isDecimal(bytes[position + 1]) || !isIdentifierByte(bytes[position + 1])
      {
        token.kind = .float
        position += 1
        while position < count, isDecimal(bytes[position]) { position += 1 }
      }
      if position < count, bytes[position] | 0x20 == UInt8(ascii: "e") {
        var look = position + 1
        if look < count, bytes[look] == UInt8(ascii: "+") || bytes[look] == UInt8(ascii: "-") { look += 1 }
        if look < count, isDecimal(bytes[look]) {
          token.kind = .float
          position = look
          while position < count, isDecimal(bytes[position]) { position += 1 }
        }
      }
      if token.kind == .number, leadingZero, integerEnd - (start + (bytes[start] == 0x2D ? 1 : 0)) > 1 {
        var index = start
        while index < integerEnd {
          if bytes[index] == UInt8(ascii: "8") || bytes[index] == UInt8(ascii: "9") {
            error("invalid octal number \"\(text(start, integerEnd))\" (a leading 0 means octal)", start, integerEnd)
            token.isTerminated = false
            break
          }
          index += 1
        }
      }
    }
    // `10s`, `1.2.3`: HCL v1 would split these into several tokens and fail later with a vague
    // message; one clear error on the whole word is more useful.
    if position < count, isIdentifierByte(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
      while position < count, isIdentifierByte(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
        position += 1
      }
      error("invalid number \"\(text(start, position))\" (quote it to make it a string)", start, position)
      token.isTerminated = false
    }
    token.end = position
  }

  // MARK: - Strings

  private mutating func scanString(_ token: inout Token) {
    token.kind = .string
    let start = position
    let count = bytes.count
    position += 1
    var braces = 0
    while position < count {
      // Fast path: plain bytes, on a local index.
      var index = position
      while index < count {
        let plain = bytes[index]
        if plain == 0x22 || plain == 0x5C || plain == 0x0A || plain == 0x24 || plain == 0x7B || plain == 0x7D
          || plain >= 0x80 || plain == 0
        {
          break
        }
        index += 1
      }
      position = index
      if position >= count { break }
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        if braces == 0 {
          position += 1
          token.end = position
          return
        }
        position += 1
      case UInt8(ascii: "\\"):
        // HCL v1 validates escapes inside `${ … }` too (decoding then keeps those verbatim).
        token.needsDecoding = true
        scanEscape()
      case 0x0A:
        if braces == 0 {
          var end = position
          if end > start, bytes[end - 1] == 0x0D { end -= 1 }
          if token.isTerminated {
            error("unterminated string: a quoted string cannot contain a newline (use \\n or a heredoc)", start, end)
            token.isTerminated = false
          }
          // When the next line closes the string (an odd number of quotes), the user meant a
          // multi-line string: swallow it as one broken literal instead of cascading errors.
          if !nextLineClosesString(after: position) {
            token.end = end
            return
          }
        }
        position += 1
      case UInt8(ascii: "$"):
        if braces == 0, position + 1 < count, bytes[position + 1] == UInt8(ascii: "{") {
          token.needsDecoding = true
          braces = 1
          position += 2
        } else {
          position += 1
        }
      case UInt8(ascii: "{"):
        if braces > 0 { braces += 1 }
        position += 1
      case UInt8(ascii: "}"):
        if braces > 0 { braces -= 1 }
        position += 1
      default:
        if byte >= 0x80 {
          validateScalar()
        } else {
          if byte == 0 { nulInLiteral(at: position) }
          position += 1
        }
      }
    }
    error("unterminated string: missing closing '\"'", start, position)
    token.end = position
    token.isTerminated = false
  }

  /// Whether the line after the newline at `index` has an odd number of unescaped `"`.
  private func nextLineClosesString(after index: Int) -> Bool {
    var quotes = 0
    var cursor = index + 1
    while cursor < bytes.count, bytes[cursor] != 0x0A {
      if bytes[cursor] == UInt8(ascii: "\\") {
        cursor += 2
        continue
      }
      if bytes[cursor] == UInt8(ascii: "\"") { quotes += 1 }
      cursor += 1
    }
    return quotes % 2 == 1
  }

  /// Validates the escape at `position` (a backslash) and moves past it.
  private mutating func scanEscape() {
    let start = position
    let count = bytes.count
    guard position + 1 < count else {
      position += 1
      return
    }
    let byte = bytes[position + 1]
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"),
      UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "\\"), UInt8(ascii: "\""):
      position += 2
    case UInt8(ascii: "0")...UInt8(ascii: "7"):
      position += 1
      escapeDigits(start: start, count: 3, base: 8)
    case UInt8(ascii: "x"):
      position += 2
      escapeDigits(start: start, count: 2, base: 16)
    case UInt8(ascii: "u"):
      position += 2
      escapeDigits(start: start, count: 4, base: 16)
    case UInt8(ascii: "U"):
      position += 2
      escapeDigits(start: start, count: 8, base: 16)
    case 0x0A:
      position += 1  // the newline is reported by the string scanner
    default:
      if byte >= 0x80, let (scalar, length) = decodeScalar(at: position + 1) {
        error("invalid escape sequence '\\\(Character(scalar))' in string", start, start + 1 + length)
        position += 1 + length
      } else if byte < 0x20 || byte >= 0x7F {
        error("invalid escape sequence: '\\' followed by byte \(hexByte(byte)) in string", start, start + 2)
        position += 1
      } else {
        error("invalid escape sequence '\\\(Character(Unicode.Scalar(byte)))' in string", start, start + 2)
        position += 2
      }
    }
  }

  private mutating func escapeDigits(start: Int, count: Int, base: UInt32) {
    var value: UInt32 = 0
    for _ in 0..<count {
      guard position < bytes.count, let digit = digitValue(bytes[position]), digit < base else {
        let end =
          position < bytes.count && bytes[position] != 0x0A && bytes[position] != UInt8(ascii: "\"")
          ? position + 1 : position
        error(
          "invalid escape sequence '\(text(start, end))' in string: expected \(count) \(base == 8 ? "octal" : "hexadecimal") digits",
          start, end)
        return
      }
      value = value &* base &+ digit
      position += 1
    }
    if base == 8, value > 255 {
      error("invalid escape sequence '\(text(start, position))' in string: octal value above \\377", start, position)
    } else if count >= 4, value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
      error("invalid escape sequence '\(text(start, position))' in string: not a Unicode scalar value", start, position)
    }
  }

  // MARK: - Heredocs

  private mutating func scanHeredoc(_ token: inout Token) {
    token.kind = .heredoc
    let start = position
    let count = bytes.count
    position += 2
    let markerStart = position
    if position < count, bytes[position] == UInt8(ascii: "-") { position += 1 }
    let nameStart = position
    // HCL v1: the anchor is letters and digits (`_` counts as a letter), no `-` or `.`.
    while position < count, isAnchorByte(bytes[position]) { position += 1 }
    let nameEnd = position
    if nameEnd == nameStart {
      error(
        "heredoc marker missing after '\(text(start, markerStart + (markerStart < nameStart ? 1 : 0)))'", start, nameEnd
      )
      token.end = nameEnd
      token.isTerminated = false
      return
    }
    if position < count, bytes[position] == 0x0D, position + 1 < count, bytes[position + 1] == 0x0A { position += 1 }
    var anchorValid = true
    if position >= count {
      error("unterminated heredoc: missing closing marker \"\(text(nameStart, nameEnd))\"", start, nameEnd)
      token.end = position
      token.isTerminated = false
      return
    }
    var anchorLineEnd = position
    // With a broken anchor (`<<EO-F`, `<<EOF x`), still look for a line with the word the user
    // wrote, so the body does not turn into a cascade of errors.
    var markerEnd = nameEnd
    if bytes[position] != 0x0A {
      while markerEnd < count, !isHeredocSpace(bytes[markerEnd]) { markerEnd += 1 }
      anchorValid = false
      while anchorLineEnd < count, bytes[anchorLineEnd] != 0x0A { anchorLineEnd += 1 }
      var end = anchorLineEnd
      if end > position, bytes[end - 1] == 0x0D { end -= 1 }
      error(
        "invalid heredoc anchor \"\(text(start, end))\": the marker must be followed by a newline",
        start, max(end, nameEnd))
      token.isTerminated = false
      position = anchorLineEnd
    }
    if position >= count {
      token.end = position
      return
    }
    // HCL v1 takes the anchor as everything from after `<<` to the newline: the dash of `<<-EOF`
    // and the `\r` of a CRLF line included. Its closing line must match `^[[:space:]]*EOF\r*$`
    // (with that `\r` required when the anchor had one) *and* be at least as long as the whole
    // anchor, so `<<-EOF` is never closed by `EOF` alone in column 0 (shorter than `-EOF`).
    // Only a valid anchor gets these rules; a broken one is already reported.
    let anchorCR = anchorValid && position > nameEnd
    let anchorLength = anchorValid ? (nameStart - markerStart) + (nameEnd - nameStart) + (anchorCR ? 1 : 0) : 0
    position += 1
    let nameLength = markerEnd - nameStart
    /// A line that would close the heredoc without its trailing blanks (HCL v1 does not allow them).
    var nearMiss: SourceRange?
    /// The marker alone in column 0 under `<<-`: too short for HCL v1 (the quirk above), and
    /// where lexing resumes when nothing else closes the heredoc.
    var unindentedMarker: (range: SourceRange, resume: Int)?
    /// The marker on a line ending in `\n` only while the anchor's line ends in `\r\n`.
    var lineEndingMiss: SourceRange?
    // Each line: is it the marker, with optional surrounding whitespace?
    while position < count {
      let lineStart = position
      var lineEnd = position
      while lineEnd < count, bytes[lineEnd] != 0x0A {
        if bytes[lineEnd] >= 0x80 {
          let saved = position
          position = lineEnd
          validateScalar()
          lineEnd = position
          position = saved
        } else {
          if bytes[lineEnd] == 0 { nulInLiteral(at: lineEnd) }
          lineEnd += 1
        }
      }
      var first = lineStart
      while first < lineEnd, isHeredocSpace(bytes[first]) { first += 1 }
      var last = lineEnd
      while last > first, bytes[last - 1] == 0x0D { last -= 1 }
      let isMarker = last - first == nameLength && memcmp(bytes, first, nameStart, nameLength)
      let endingMatches = !anchorCR || last < lineEnd
      if isMarker, endingMatches, lineEnd - lineStart >= anchorLength {
        position = lineEnd < count ? lineEnd + 1 : lineEnd
        token.end = last
        if lineEnd >= count {
          // HCL v1 only recognises the marker when a newline follows it.
          error(
            "unterminated heredoc: the closing marker \"\(text(nameStart, nameEnd))\" must be followed by a newline",
            first, last)
        }
        return
      }
      if isMarker, endingMatches, unindentedMarker == nil {
        unindentedMarker = (SourceRange(file: file, start: first, end: last), lineEnd < count ? lineEnd + 1 : lineEnd)
      } else if isMarker, !endingMatches, lineEndingMiss == nil {
        lineEndingMiss = SourceRange(file: file, start: first, end: lineEnd)
      }
      if nearMiss == nil, !isMarker {
        while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
        if last - first == nameLength, memcmp(bytes, first, nameStart, nameLength) {
          nearMiss = SourceRange(file: file, start: first, end: lineEnd)
        }
      }
      position = lineEnd < count ? lineEnd + 1 : lineEnd
    }
    if !anchorValid {
      // Already reported; the body is probably not a heredoc after all.
      position = anchorLineEnd
      token.end = anchorLineEnd
      return
    }
    token.end = position
    token.isTerminated = false
    let name = text(nameStart, nameEnd)
    if let unindentedMarker {
      // Consul's error (HCL v1 scans on to the end of the file), placed on the line meant to
      // close the heredoc; lexing resumes after that line, so the rest of the file is checked.
      token.end = unindentedMarker.range.end
      position = unindentedMarker.resume
      diagnostics.append(
        Diagnostic(
          rule: .syntax, severity: .error,
          message: "heredoc not terminated: \"\(name)\" in column 0 does not close \"<<-\(name)\"",
          range: unindentedMarker.range,
          notes: [Note("the heredoc starts here", at: SourceRange(file: file, start: start, end: nameEnd))],
          help: """
            HCL v1 ends a `<<-\(name)` heredoc only on a line at least as long as `-\(name)` (the anchor \
            keeps its dash), so `\(name)` alone in column 0 never closes it and `consul config write` \
            fails with `At \(endOfFileSpot()): heredoc not terminated`; indent the closing `\(name)` by at \
            least one space
            """))
      return
    }
    var notes: [Note] = []
    if let nearMiss {
      notes.append(Note("this line would close the heredoc without its trailing blanks", at: nearMiss))
    }
    if let lineEndingMiss {
      notes.append(
        Note(
          "this line would close the heredoc if it ended in \\r\\n like the line of \"<<\(text(markerStart, nameEnd))\" (HCL v1 compares the line endings too)",
          at: lineEndingMiss))
    }
    error("unterminated heredoc: missing closing marker \"\(name)\"", start, nameEnd, notes: notes)
  }

  /// `line:column` of the end of the file, as HCL v1 reports an error found there (columns count
  /// characters).
  private func endOfFileSpot() -> String {
    var line = 1
    var column = 1
    for byte in bytes {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return "\(line):\(column)"
  }

  private func memcmp(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ length: Int) -> Bool {
    for index in 0..<length where bytes[a + index] != bytes[b + index] { return false }
    return true
  }

  // MARK: - UTF-8

  /// Moves past one non-ASCII scalar at `position`, reporting it when it is invalid UTF-8.
  private mutating func validateScalar() {
    if let (scalar, length) = decodeScalar(at: position) {
      if scalar == "\u{E123}" {
        // HCL v1 reserves this code point for internal use and rejects it.
        error("unicode code point U+E123 is reserved for internal use by HCL v1", position, position + length)
      }
      position += length
    } else {
      invalidUTF8(at: position)
      position += 1
    }
  }

  /// Decodes the multi-byte scalar at `index`; `nil` when the bytes are not valid UTF-8.
  func decodeScalar(at index: Int) -> (Unicode.Scalar, Int)? {
    decodeUTF8Scalar(bytes, at: index)
  }

  func text(_ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)]), as: UTF8.self)
  }
}

// MARK: - Byte classes shared by the lexers

@inline(__always) func isDecimal(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

@inline(__always) func isHex(_ byte: UInt8) -> Bool {
  isDecimal(byte) || (byte | 0x20) &- 0x61 < 6
}

@inline(__always) func digitValue(_ byte: UInt8) -> UInt32? {
  if isDecimal(byte) { return UInt32(byte - 0x30) }
  let lower = byte | 0x20
  if lower &- 0x61 < 6 { return UInt32(lower - 0x61 + 10) }
  return nil
}

@inline(__always) func isAnchorByte(_ byte: UInt8) -> Bool {
  (byte | 0x20) &- 0x61 < 26 || isDecimal(byte) || byte == UInt8(ascii: "_")
}

/// `[[:space:]]` of Go's regexp: space, `\t`, `\n`, `\v`, `\f`, `\r`.
@inline(__always) func isHeredocSpace(_ byte: UInt8) -> Bool {
  byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
}

@inline(__always) func isIdentifierStart(_ byte: UInt8) -> Bool {
  (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "_")
}

@inline(__always) func isIdentifierByte(_ byte: UInt8) -> Bool {
  (byte | 0x20) &- 0x61 < 26 || isDecimal(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    || byte == UInt8(ascii: ".")
}

func isUnicodeLetter(_ scalar: Unicode.Scalar) -> Bool {
  scalar.properties.isAlphabetic && !scalar.properties.isEmojiPresentation
    && scalar.properties.generalCategory != .otherSymbol
}

func hexByte(_ byte: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
}

/// Decodes one multi-byte UTF-8 scalar (strictly: no overlongs, no surrogates).
func decodeUTF8Scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
  let count = bytes.count
  let lead = bytes[index]
  if lead < 0x80 { return Unicode.Scalar(UInt32(lead)).map { ($0, 1) } }
  var length = 0
  var value: UInt32 = 0
  var minimum: UInt32 = 0
  switch lead {
  case 0xC2...0xDF:
    length = 2
    value = UInt32(lead & 0x1F)
    minimum = 0x80
  case 0xE0...0xEF:
    length = 3
    value = UInt32(lead & 0x0F)
    minimum = 0x800
  case 0xF0...0xF4:
    length = 4
    value = UInt32(lead & 0x07)
    minimum = 0x10000
  default:
    return nil
  }
  guard index + length <= count else { return nil }
  for offset in 1..<length {
    let byte = bytes[index + offset]
    guard byte & 0xC0 == 0x80 else { return nil }
    value = value << 6 | UInt32(byte & 0x3F)
  }
  guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
  return (scalar, length)
}
