import CentryCore

/// A hand-written JSON parser (RFC 8259, as Go's `encoding/json` accepts it) into the same AST.
///
/// Objects become ``Value/object(_:)`` with one ``ObjectItem`` per member (its `assign` is the
/// colon), arrays ``Value/list(_:)``, `null` ``Value/null(_:)``. Duplicate keys stay in the tree;
/// the decoder decides. Like the HCL parser it reports every problem and recovers at the next
/// member or closing bracket, and bounds nesting by ``maximumNestingDepth``.
struct JSONParser: NestingBoundParser {
  enum Kind: UInt8 {
    case leftBrace, rightBrace, leftBracket, rightBracket, colon, comma
    case string, number, trueLiteral, falseLiteral, null
    /// A bad word or character, already reported.
    case invalid
    case endOfInput
  }

  struct Token {
    var kind: Kind
    var start: Int
    var end: Int
    var value: String = ""
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let source: SourceFile
  let file: FileID
  var position: Int
  var token: Token
  var previousEnd: Int
  var diagnostics: [Diagnostic] = []
  var comments: [Comment] = []
  var depth = 0
  var reportedDepth = false
  var stack: StackGuard?
  var reportedEndOfInput = false
  var reportedComment = false
  var reportedInvalidUTF8 = false
  var openers: [Kind] = []
  var scratch: [UInt8] = []

  init(bytes: UnsafeBufferPointer<UInt8>, source: SourceFile, file: FileID, start: Int) {
    self.bytes = bytes
    self.source = source
    self.file = file
    position = start
    previousEnd = start
    token = Token(kind: .endOfInput, start: start, end: start)
    advance()
  }

  func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(file: file, start: start, end: end) }
  var tokenRange: SourceRange { range(token.start, token.end) }

  mutating func error(_ message: String, _ range: SourceRange, notes: [Note] = []) {
    diagnostics.append(Diagnostic(rule: .syntax, severity: .error, message: message, range: range, notes: notes))
  }

  func text(_ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)]), as: UTF8.self)
  }

  // MARK: - Document

  mutating func parseDocument(start: Int) -> Document {
    var body = ObjectBody(items: [], range: range(start, bytes.count))
    // Format detection guarantees a `{` here.
    if token.kind == .leftBrace {
      depth = 1
      body = parseObject()
    }
    while token.kind != .endOfInput {
      if token.kind != .invalid {
        error("unexpected \(describe(token)) after the end of the JSON object", tokenRange)
      }
      skipRest()
    }
    return Document(file: file, flavor: .json, body: body, comments: comments)
  }

  /// Skips the rest of the input after trailing garbage, reporting only its first token.
  mutating func skipRest() {
    while token.kind != .endOfInput { advance() }
  }

  // MARK: - Values

  mutating func parseValue(after context: String) -> Value {
    let current = token
    switch current.kind {
    case .string:
      advance()
      return .string(StringLiteral(value: current.value, range: range(current.start, current.end), style: .quoted))
    case .number:
      advance()
      return number(current)
    case .trueLiteral, .falseLiteral:
      advance()
      return .bool(current.kind == .trueLiteral, range(current.start, current.end))
    case .null:
      advance()
      return .null(range(current.start, current.end))
    case .leftBrace, .leftBracket:
      if depth >= maximumNestingDepth || (depth >= stackCheckDepth && stackIsLow()) { return tooDeep() }
      depth += 1
      defer { depth -= 1 }
      if current.kind == .leftBrace { return .object(ObjectValue(body: parseObject())) }
      return parseArray()
    case .invalid:
      advance()
      return .invalid(range(current.start, current.end))
    case .rightBrace, .rightBracket, .colon, .comma, .endOfInput:
      if current.kind == .endOfInput {
        reportEndOfInput("unexpected end of input, expected a value after \(context)", opener: nil)
      } else {
        error("expected a value after \(context), found \(describe(current))", tokenRange)
      }
      return .invalid(range(previousEnd, previousEnd))
    }
  }

  mutating func skipBalanced() {
    var balance = 0
    repeat {
      switch token.kind {
      case .leftBrace, .leftBracket: balance += 1
      case .rightBrace, .rightBracket: balance -= 1
      case .endOfInput: return
      case .colon, .comma, .string, .number, .trueLiteral, .falseLiteral, .null, .invalid: break
      }
      advance()
    } while balance > 0
  }

  mutating func parseObject() -> ObjectBody {
    let open = tokenRange
    openers.append(.leftBrace)
    defer { openers.removeLast() }
    advance()
    var items: [ObjectItem] = []
    var trailingComma: SourceRange?
    while true {
      switch token.kind {
      case .rightBrace:
        if let comma = trailingComma { error("trailing comma before '}' is not allowed in JSON", comma) }
        advance()
        return ObjectBody(items: items, range: range(open.start, previousEnd))
      case .endOfInput:
        reportEndOfInput("unexpected end of input, expected '}' to close the object", opener: open)
        return ObjectBody(items: items, range: range(open.start, token.end))
      case .rightBracket where openers.dropLast().contains(.leftBracket):
        error(
          "expected '}' to close the object opened at line \(source.line(at: open.start)), found ']'", tokenRange,
          notes: [Note("object opened here", at: open)])
        return ObjectBody(items: items, range: range(open.start, previousEnd))
      case .string:
        trailingComma = nil
        let key = ObjectKey(name: token.value, range: tokenRange, isQuoted: true)
        advance()
        var assign: SourceRange?
        let value: Value
        if token.kind == .colon {
          assign = tokenRange
          advance()
          value = parseValue(after: "':'")
        } else {
          if token.kind != .invalid {
            error("expected ':' after key \(quoted(key.name)), found \(describe(token))", tokenRange)
          }
          value = .invalid(key.range.endPoint)
          if token.kind != .comma && token.kind != .rightBrace { skipMember() }
        }
        items.append(ObjectItem(keys: [key], assign: assign, value: value))
        switch token.kind {
        case .comma:
          trailingComma = tokenRange
          advance()
        case .rightBrace, .endOfInput: break
        case .string:
          error("expected ',' or '}' after the value of \(quoted(key.name)), found \(describe(token))", tokenRange)
        case .leftBrace, .leftBracket, .rightBracket, .colon, .number, .trueLiteral, .falseLiteral, .null, .invalid:
          if token.kind != .invalid && !(token.kind == .rightBracket && openers.dropLast().contains(.leftBracket)) {
            error("expected ',' or '}' after the value of \(quoted(key.name)), found \(describe(token))", tokenRange)
          }
          if token.kind != .rightBracket || !openers.dropLast().contains(.leftBracket) { skipMember() }
          if token.kind == .comma { advance() }
        }
      case .leftBrace, .leftBracket, .rightBracket, .colon, .comma, .number, .trueLiteral, .falseLiteral, .null,
        .invalid:
        if token.kind != .invalid {
          error("expected a string key or '}', found \(describe(token))", tokenRange)
        }
        skipMember()
        if token.kind == .comma { advance() }
      }
    }
  }

  /// Skips to the next `,` or `}` of the current object (balancing brackets).
  mutating func skipMember() {
    var balance = 0
    var consumed = false
    while true {
      switch token.kind {
      case .endOfInput: return
      case .leftBrace, .leftBracket: balance += 1
      case .rightBrace, .rightBracket:
        if balance == 0 {
          if consumed || token.kind == .rightBrace { return }
        } else {
          balance -= 1
        }
      case .comma:
        if balance == 0 { return }
      case .colon, .string, .number, .trueLiteral, .falseLiteral, .null, .invalid: break
      }
      advance()
      consumed = true
    }
  }

  mutating func parseArray() -> Value {
    let open = tokenRange
    openers.append(.leftBracket)
    defer { openers.removeLast() }
    advance()
    var elements: [Value] = []
    var trailingComma: SourceRange?
    while true {
      switch token.kind {
      case .rightBracket:
        if let comma = trailingComma { error("trailing comma before ']' is not allowed in JSON", comma) }
        advance()
        return .list(ListValue(elements: elements, range: range(open.start, previousEnd)))
      case .endOfInput:
        reportEndOfInput("unexpected end of input, expected ']' to close the array", opener: open)
        return .list(ListValue(elements: elements, range: range(open.start, token.end)))
      case .rightBrace where openers.dropLast().contains(.leftBrace):
        error(
          "expected ']' to close the array opened at line \(source.line(at: open.start)), found '}'", tokenRange,
          notes: [Note("array opened here", at: open)])
        return .list(ListValue(elements: elements, range: range(open.start, previousEnd)))
      case .rightBrace, .colon, .comma:
        error("expected a value or ']', found \(describe(token))", tokenRange)
        advance()
        continue
      case .leftBrace, .leftBracket, .string, .number, .trueLiteral, .falseLiteral, .null, .invalid:
        trailingComma = nil
        elements.append(parseValue(after: "'['"))
      }
      switch token.kind {
      case .comma:
        trailingComma = tokenRange
        advance()
      case .rightBracket, .endOfInput: break
      case .rightBrace where openers.dropLast().contains(.leftBrace): break
      case .leftBrace, .rightBrace, .leftBracket, .colon, .string, .number, .trueLiteral, .falseLiteral, .null,
        .invalid:
        if token.kind != .invalid {
          error("expected ',' or ']' after an array element, found \(describe(token))", tokenRange)
        }
      }
    }
  }

  mutating func reportEndOfInput(_ message: String, opener: SourceRange?) {
    if reportedEndOfInput { return }
    reportedEndOfInput = true
    var notes: [Note] = []
    var text = message
    if let opener {
      text += " opened at line \(source.line(at: opener.start))"
      notes.append(Note("\(bytes[opener.start] == UInt8(ascii: "[") ? "array" : "object") opened here", at: opener))
    }
    error(text, tokenRange, notes: notes)
  }

  mutating func number(_ token: Token) -> Value {
    let text = text(token.start, token.end)
    let numberRange = range(token.start, token.end)
    let integral = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
    if integral, let integer = Int64(text) {
      return .number(NumberLiteral(value: .integer(integer), text: text, range: numberRange))
    }
    guard let double = Double(text), double.isFinite else {
      // Go's encoding/json cannot store it in a float64 and fails.
      error("number \(text) is out of range for a 64-bit float", numberRange)
      return .invalid(numberRange)
    }
    return .number(NumberLiteral(value: .float(double), text: text, range: numberRange))
  }

  func describe(_ token: Token) -> String {
    switch token.kind {
    case .leftBrace: "'{'"
    case .rightBrace: "'}'"
    case .leftBracket: "'['"
    case .rightBracket: "']'"
    case .colon: "':'"
    case .comma: "','"
    case .string: "string \(shortened(text(token.start, token.end)))"
    case .number: "number \(text(token.start, token.end))"
    case .trueLiteral: "true"
    case .falseLiteral: "false"
    case .null: "null"
    case .invalid: "'\(text(token.start, token.end))'"
    case .endOfInput: "end of input"
    }
  }

  // MARK: - Lexing

  mutating func advance() {
    previousEnd = token.end
    token = lex()
  }

  mutating func lex() -> Token {
    let count = bytes.count
    while position < count {
      let byte = bytes[position]
      let start = position
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D:
        position += 1
        continue
      case UInt8(ascii: "{"): position += 1; return Token(kind: .leftBrace, start: start, end: position)
      case UInt8(ascii: "}"): position += 1; return Token(kind: .rightBrace, start: start, end: position)
      case UInt8(ascii: "["): position += 1; return Token(kind: .leftBracket, start: start, end: position)
      case UInt8(ascii: "]"): position += 1; return Token(kind: .rightBracket, start: start, end: position)
      case UInt8(ascii: ":"): position += 1; return Token(kind: .colon, start: start, end: position)
      case UInt8(ascii: ","): position += 1; return Token(kind: .comma, start: start, end: position)
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        return string(quote: byte)
      case UInt8(ascii: "#"), UInt8(ascii: "/"):
        if comment() { continue }
        position += 1
        error("unexpected character '/'", range(start, position))
        return Token(kind: .invalid, start: start, end: position)
      default:
        if byte == UInt8(ascii: "-") || isIdentifierByte(byte) || byte == UInt8(ascii: "+") {
          return word()
        }
        var length = 1
        if byte >= 0x80 {
          if let (scalar, scalarLength) = decodeUTF8Scalar(bytes, at: start) {
            length = scalarLength
            error("unexpected character '\(Character(scalar))'", range(start, start + length))
          } else {
            invalidUTF8(at: start)
          }
        } else if byte == 0 {
          error("unexpected NUL byte (0x00)", range(start, start + 1))
        } else if byte < 0x20 || byte == 0x7F {
          error("unexpected control character \(hexByte(byte))", range(start, start + 1))
        } else {
          error("unexpected character '\(Character(Unicode.Scalar(byte)))'", range(start, start + 1))
        }
        position += length
        return Token(kind: .invalid, start: start, end: position)
      }
    }
    return Token(kind: .endOfInput, start: count, end: count)
  }

  mutating func invalidUTF8(at index: Int) {
    if reportedInvalidUTF8 { return }
    reportedInvalidUTF8 = true
    error("invalid UTF-8 byte \(hexByte(bytes[index]))", range(index, index + 1))
  }

  /// Skips a `#`, `//` or `/* */` comment (reported: JSON has none); false when not a comment.
  mutating func comment() -> Bool {
    let start = position
    let count = bytes.count
    var style = Comment.Style.hash
    if bytes[start] == UInt8(ascii: "/") {
      guard start + 1 < count else { return false }
      if bytes[start + 1] == UInt8(ascii: "/") {
        style = .doubleSlash
      } else if bytes[start + 1] == UInt8(ascii: "*") {
        style = .block
      } else {
        return false
      }
    }
    if style == .block {
      position += 2
      while position < count,
        !(bytes[position] == UInt8(ascii: "*") && position + 1 < count && bytes[position + 1] == UInt8(ascii: "/"))
      {
        position += 1
      }
      position = min(count, position + 2)
    } else {
      while position < count, bytes[position] != 0x0A { position += 1 }
    }
    var end = position
    if style != .block, end > start, bytes[end - 1] == 0x0D { end -= 1 }
    comments.append(Comment(style: style, text: text(start, end), range: range(start, end)))
    if !reportedComment {
      reportedComment = true
      error("comments are not allowed in JSON", range(start, end))
    }
    return true
  }

  /// `true`, `false`, `null`, a number, or a bad bare word.
  mutating func word() -> Token {
    let start = position
    let count = bytes.count
    position += 1
    while position < count,
      isIdentifierByte(bytes[position]) || bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
    {
      position += 1
    }
    let word = UnsafeBufferPointer(rebasing: bytes[start..<position])
    if word.elementsEqual("true".utf8) { return Token(kind: .trueLiteral, start: start, end: position) }
    if word.elementsEqual("false".utf8) { return Token(kind: .falseLiteral, start: start, end: position) }
    if word.elementsEqual("null".utf8) { return Token(kind: .null, start: start, end: position) }
    if isJSONNumber(word) { return Token(kind: .number, start: start, end: position) }
    let first = bytes[start]
    if isDecimal(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") {
      error("invalid number '\(text(start, position))'", range(start, position))
    } else {
      error("invalid literal '\(text(start, position))': strings must be quoted in JSON", range(start, position))
    }
    return Token(kind: .invalid, start: start, end: position)
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
  func isJSONNumber(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = word.count
    if index < count, word[index] == UInt8(ascii: "-") { index += 1 }
    guard index < count, isDecimal(word[index]) else { return false }
    if word[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while index < count, isDecimal(word[index]) { index += 1 }
    }
    if index < count, word[index] == UInt8(ascii: ".") {
      index += 1
      guard index < count, isDecimal(word[index]) else { return false }
      while index < count, isDecimal(word[index]) { index += 1 }
    }
    if index < count, word[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < count, word[index] == UInt8(ascii: "+") || word[index] == UInt8(ascii: "-") { index += 1 }
      guard index < count, isDecimal(word[index]) else { return false }
      while index < count, isDecimal(word[index]) { index += 1 }
    }
    return index == count
  }

  mutating func string(quote: UInt8) -> Token {
    let start = position
    let count = bytes.count
    position += 1
    if quote == UInt8(ascii: "'") {
      var end = position
      while end < count, bytes[end] != quote, bytes[end] != 0x0A { end += 1 }
      let closed = end < count && bytes[end] == quote
      position = closed ? end + 1 : end
      error("strings must use double quotes in JSON", range(start, position))
      return Token(kind: .string, start: start, end: position, value: text(start + 1, end))
    }
    var hasEscape = false
    scratch.removeAll(keepingCapacity: true)
    var segment = position
    while position < count {
      let byte = bytes[position]
      if byte == quote {
        let value: String
        if hasEscape {
          scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<position]))
          value = String(decoding: scratch, as: UTF8.self)
        } else {
          value = text(start + 1, position)
        }
        position += 1
        return Token(kind: .string, start: start, end: position, value: value)
      }
      if byte == UInt8(ascii: "\\") {
        hasEscape = true
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<position]))
        escape()
        segment = position
        continue
      }
      if byte == 0x0A || byte == 0x0D {
        error("unterminated string: a JSON string cannot contain a newline (use \\n)", range(start, position))
        let value = text(start + 1, position)
        return Token(kind: .string, start: start, end: position, value: value)
      }
      if byte < 0x20 {
        error("invalid control character \(hexByte(byte)) in string (escape it)", range(position, position + 1))
        position += 1
        continue
      }
      if byte >= 0x80 {
        if let (_, length) = decodeUTF8Scalar(bytes, at: position) {
          position += length
        } else {
          invalidUTF8(at: position)
          position += 1
        }
        continue
      }
      position += 1
    }
    error("unterminated string: missing closing '\"'", range(start, position))
    return Token(kind: .string, start: start, end: position, value: text(start + 1, position))
  }

  /// Decodes the escape at `position` (a backslash) into `scratch`.
  mutating func escape() {
    let start = position
    let count = bytes.count
    guard position + 1 < count else {
      position += 1
      return
    }
    let byte = bytes[position + 1]
    position += 2
    if let control = StringDecoding.controlEscape(byte) {
      scratch.append(control)
      return
    }
    switch byte {
    case UInt8(ascii: "\""): scratch.append(0x22)
    case UInt8(ascii: "\\"): scratch.append(0x5C)
    case UInt8(ascii: "/"): scratch.append(0x2F)
    case UInt8(ascii: "u"):
      guard let high = StringDecoding.digits(bytes, position, count, count: 4, base: 16) else {
        var end = position
        while end < count, end < position + 4, isHex(bytes[end]) { end += 1 }
        error(
          "invalid escape sequence '\(text(start, end))' in string: expected 4 hexadecimal digits", range(start, end))
        position = end
        return
      }
      position += 4
      var scalar = Unicode.Scalar(high)
      if (0xD800...0xDBFF).contains(high), position + 1 < count, bytes[position] == UInt8(ascii: "\\"),
        bytes[position + 1] == UInt8(ascii: "u"),
        let low = StringDecoding.digits(bytes, position + 2, count, count: 4, base: 16), (0xDC00...0xDFFF).contains(low)
      {
        scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        position += 6
      }
      // A lone surrogate becomes U+FFFD, as Go's encoding/json does.
      scratch.append(contentsOf: Array(String(Character(scalar ?? "\u{FFFD}")).utf8))
    default:
      if byte >= 0x80, let (scalar, length) = decodeUTF8Scalar(bytes, at: start + 1) {
        position = start + 1 + length
        error("invalid escape sequence '\\\(Character(scalar))' in string", range(start, position))
      } else if byte < 0x20 || byte >= 0x7F {
        position = start + 1
        error("invalid escape sequence: '\\' followed by byte \(hexByte(byte)) in string", range(start, start + 2))
      } else {
        error("invalid escape sequence '\\\(Character(Unicode.Scalar(byte)))' in string", range(start, position))
        scratch.append(byte)
      }
    }
  }
}
