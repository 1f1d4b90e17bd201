import CentryCore

/// Recursive-descent HCL v1 parser over the tokens of ``Lexer``.
///
/// Never stops at the first error: after a problem it skips to the next item (a key at the start
/// of a line) or to a closing bracket and goes on, so one file reports all its problems.
/// Nesting is bounded by ``maximumNestingDepth`` so hostile input cannot exhaust the stack.
struct HCLParser: NestingBoundParser {
  var lexer: Lexer
  let source: SourceFile
  var token: Token
  /// End offset of the last consumed token.
  var previousEnd: Int
  var depth = 0
  /// Open `{`/`[` (offsets), innermost last, to pair up mismatched closers.
  var openers: [(kind: TokenKind, start: Int)] = []
  var reportedDepth = false
  var stack: StackGuard?
  var reportedEndOfInput = false
  /// Comments up to this index are already attached (as a line comment).
  var attachedUpTo = 0

  init(bytes: UnsafeBufferPointer<UInt8>, source: SourceFile, file: FileID, start: Int) {
    lexer = Lexer(bytes: bytes, file: file, start: start)
    self.source = source
    previousEnd = start
    token = Token(kind: .endOfInput, start: start, end: start, newlineBefore: true, firstComment: 0)
    token = lexer.next()
  }

  var file: FileID { lexer.file }
  var bytes: UnsafeBufferPointer<UInt8> { lexer.bytes }

  mutating func advance() {
    previousEnd = token.end
    token = lexer.next()
  }

  func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(file: file, start: start, end: end) }

  mutating func error(_ message: String, _ range: SourceRange, notes: [Note] = []) {
    lexer.diagnostics.append(
      Diagnostic(rule: .syntax, severity: .error, message: message, range: range, notes: notes))
  }

  /// Whether the lexer already reported the current token (illegal character, broken literal).
  var tokenAlreadyReported: Bool { token.kind == .illegal || !token.isTerminated }

  // MARK: - Document

  mutating func parseDocument(start: Int) -> Document {
    var items: [ObjectItem] = []
    items.reserveCapacity(16)
    while true {
      switch token.kind {
      case .endOfInput:
        let body = ObjectBody(items: items, range: range(start, bytes.count))
        return Document(file: file, flavor: .hcl, body: body, comments: lexer.comments)
      case .rightBrace, .rightBracket:
        if !tokenAlreadyReported {
          error(
            "unexpected \(describe(token)): no open \(token.kind == .rightBrace ? "'{'" : "'['") to close", tokenRange)
        }
        advance()
      case .comma:
        error("unexpected ',': expected a key", tokenRange)
        advance()
      case .identifier, .string, .heredoc, .number, .float, .bool, .leftBrace, .leftBracket, .assign, .illegal:
        parseItem(into: &items)
        if token.kind == .comma { commaAfterItem(&items) }
      }
    }
  }

  var tokenRange: SourceRange { range(token.start, token.end) }

  // MARK: - Items

  // The recursive path (parseItem → parseValue → parseNested → parseObjectBody/parseList) keeps
  // its frames small: every error path lives in a separate non-inlined function, because debug
  // builds give each string interpolation its own stack slot and 512 levels must fit any thread.

  /// Parses one item (sometimes two, when a key chain turns out to span a line break).
  mutating func parseItem(into items: inout [ObjectItem]) {
    var lead: [Int] = []
    if max(token.firstComment, attachedUpTo) < lexer.comments.count { lead = leadComments() }
    guard token.kind == .identifier || token.kind == .string else {
      items.append(missingKey(lead: lead))
      return
    }
    var keys = [key(token)]
    advance()
    /// Index in `keys` of the last key that started a new line (after the first key).
    var lineBreak = 0
    while token.kind == .identifier || token.kind == .string {
      if token.newlineBefore { lineBreak = keys.count }
      keys.append(key(token))
      advance()
    }
    if lineBreak > 0, token.kind != .leftBrace {
      items.append(splitKeyChain(&keys, at: lineBreak, lead: lead))
      lead = []
    }
    switch token.kind {
    case .assign:
      let assign = tokenRange
      if keys.count > 1 { labelsBeforeEquals(keys, assign) }
      advance()
      let value = parseValue(anchor: assign)
      items.append(
        ObjectItem(keys: keys, assign: assign, value: value, leadComments: lead, lineComment: maybeLineComment()))
    case .leftBrace:
      let value = parseNested()
      items.append(
        ObjectItem(keys: keys, assign: nil, value: value, leadComments: lead, lineComment: maybeLineComment()))
    case .identifier, .string, .heredoc, .number, .float, .bool, .rightBrace, .leftBracket, .rightBracket, .comma,
      .endOfInput, .illegal:
      items.append(missingAssign(keys, lead: lead))
    }
  }

  /// Consumes the optional comma after an item; a comment right after it (`a = 1, # c`) is the
  /// item's line comment.
  mutating func commaAfterItem(_ items: inout [ObjectItem]) {
    advance()
    if let last = items.indices.last, items[last].lineComment == nil, let comment = lineComment() {
      items[last].lineComment = comment
    }
  }

  /// No key at all: a stray value or symbol where an item should start.
  @inline(never)
  mutating func missingKey(lead: [Int]) -> ObjectItem {
    let start = token.start
    if !tokenAlreadyReported { error("expected a key, found \(describe(token))", tokenRange) }
    skipToNextItem()
    return ObjectItem(keys: [], assign: nil, value: .invalid(range(start, previousEnd)), leadComments: lead)
  }

  /// `Name` alone on a line followed by `Kind = "x"`: HCL v1 reads one key chain and fails at
  /// `=`; reporting the key that lacks its value is what the user needs. Returns the broken item
  /// and leaves the keys after the line break in `keys`.
  @inline(never)
  mutating func splitKeyChain(_ keys: inout [ObjectKey], at lineBreak: Int, lead: [Int]) -> ObjectItem {
    let head = Array(keys[..<lineBreak])
    let last = head[head.count - 1]
    let newline = newline(after: last.range.end) ?? last.range.endPoint
    error("expected '=' or '{' after \(describeKeys(head)), found a newline", newline)
    keys.removeFirst(lineBreak)
    return ObjectItem(keys: head, assign: nil, value: .invalid(last.range.endPoint), leadComments: lead)
  }

  @inline(never)
  mutating func labelsBeforeEquals(_ keys: [ObjectKey], _ assign: SourceRange) {
    let labels = keys.dropFirst().map { "\"\($0.name)\"" }.joined(separator: " ")
    error("expected '{' after the block labels \(labels) of key \(quoted(keys[0].name)), found '='", assign)
  }

  @inline(never)
  mutating func missingAssign(_ keys: [ObjectKey], lead: [Int]) -> ObjectItem {
    let last = keys[keys.count - 1]
    if !tokenAlreadyReported {
      error("expected '=' or '{' after \(describeKeys(keys)), found \(describeFound(token))", foundRange(token))
    }
    if isStrayCloser { advance() }  // already part of this message
    if !isSyncPoint { skipToNextItem() }
    return ObjectItem(keys: keys, assign: nil, value: .invalid(last.range.endPoint), leadComments: lead)
  }

  func describeKeys(_ keys: [ObjectKey]) -> String {
    if keys.count == 1 { return "key \(quoted(keys[0].name))" }
    return "keys " + keys.map { quoted($0.name) }.joined(separator: " ")
  }

  /// The first newline after `offset` when only blanks and comments come before it.
  func newline(after offset: Int) -> SourceRange? {
    var index = offset
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A { return range(index, index + 1) }
      if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return range(index, index + 2) }
      if byte != 0x20, byte != 0x09 { return nil }
      index += 1
    }
    return nil
  }

  /// A key from an identifier or string token.
  @inline(never)
  mutating func key(_ token: Token) -> ObjectKey {
    let keyRange = range(token.start, token.end)
    if token.kind == .string {
      return ObjectKey(name: stringValue(token), range: keyRange, isQuoted: true)
    }
    return ObjectKey(name: lexer.text(token.start, token.end), range: keyRange, isQuoted: false)
  }

  /// A `}` or `]` that closes nothing open.
  var isStrayCloser: Bool {
    (token.kind == .rightBrace && !openers.contains(where: { $0.kind == .leftBrace }))
      || (token.kind == .rightBracket && !openers.contains(where: { $0.kind == .leftBracket }))
  }

  /// Whether the current token may start the next item or close the current body.
  var isSyncPoint: Bool {
    switch token.kind {
    case .endOfInput, .rightBrace, .rightBracket: true
    case .identifier, .string: token.newlineBefore
    case .heredoc, .number, .float, .bool, .leftBrace, .leftBracket, .assign, .comma, .illegal: false
    }
  }

  /// Skips tokens (balancing brackets) up to a key at the start of a line, a closer or the end.
  mutating func skipToNextItem() {
    var balance = 0
    while true {
      switch token.kind {
      case .endOfInput: return
      case .leftBrace, .leftBracket: balance += 1
      case .rightBrace, .rightBracket:
        if balance == 0 { return }
        balance -= 1
      case .identifier, .string:
        if balance == 0, token.newlineBefore { return }
      case .heredoc, .number, .float, .bool, .assign, .comma, .illegal: break
      }
      advance()
    }
  }

  // MARK: - Values

  /// Parses the value after `=` (`anchor`) or a list element (`anchor` is the `[`).
  mutating func parseValue(anchor: SourceRange) -> Value {
    switch token.kind {
    case .string, .heredoc, .number, .float, .bool:
      return literal()
    case .leftBrace, .leftBracket:
      return parseNested()
    case .identifier, .rightBrace, .rightBracket, .assign, .comma, .endOfInput, .illegal:
      return missingValue(anchor: anchor)
    }
  }

  /// A string, heredoc, number or boolean at the current token.
  @inline(never)
  mutating func literal() -> Value {
    let value: Value
    switch token.kind {
    case .heredoc:
      let (text, marker, indented) = StringDecoding.heredoc(bytes, token.start, token.end)
      value = .string(
        StringLiteral(
          value: token.isTerminated ? text : "", range: tokenRange, style: .heredoc(marker: marker, indented: indented))
      )
    case .number, .float:
      value = number(token)
    case .bool:
      value = .bool(bytes[token.start] == UInt8(ascii: "t"), tokenRange)
    case .string, .identifier, .leftBrace, .rightBrace, .leftBracket, .rightBracket, .assign, .comma, .endOfInput,
      .illegal:
      value = .string(StringLiteral(value: stringValue(token), range: tokenRange, style: .quoted))
    }
    advance()
    return value
  }

  @inline(never)
  mutating func missingValue(anchor: SourceRange) -> Value {
    let context = bytes[anchor.start] == UInt8(ascii: "=") ? "'='" : "'['"
    if token.kind == .identifier, !token.newlineBefore {
      // `Protocol = http`: an unquoted word on the same line is the value the user meant.
      let word = tokenRange
      error("expected a value after \(context), found \(describe(token)) (strings must be quoted)", word)
      advance()
      return .invalid(word)
    }
    if token.kind == .assign, !token.newlineBefore {
      // `Name = = "x"`: report the extra `=` once and take the value after it.
      error("expected a value after \(context), found '='", tokenRange)
      while token.kind == .assign { advance() }
      switch token.kind {
      case .string, .heredoc, .number, .float, .bool:
        if !token.newlineBefore { return literal() }
      case .leftBrace, .leftBracket:
        if !token.newlineBefore { return parseNested() }
      case .identifier, .rightBrace, .rightBracket, .assign, .comma, .endOfInput, .illegal: break
      }
      return .invalid(anchor.endPoint)
    }
    if !tokenAlreadyReported {
      error("expected a value after \(context), found \(describeFound(token))", foundRange(token))
    }
    if token.kind == .illegal || isStrayCloser { advance() }
    return .invalid(anchor.endPoint)
  }

  /// Parses `{ … }` or `[ … ]` at the current token, within the nesting bound.
  mutating func parseNested() -> Value {
    if depth >= maximumNestingDepth || (depth >= stackCheckDepth && stackIsLow()) { return tooDeep() }
    depth += 1
    defer { depth -= 1 }
    if token.kind == .leftBracket { return parseList() }
    return .object(ObjectValue(body: parseObjectBody()))
  }

  mutating func skipBalanced() {
    var balance = 0
    repeat {
      switch token.kind {
      case .leftBrace, .leftBracket: balance += 1
      case .rightBrace, .rightBracket: balance -= 1
      case .endOfInput: return
      case .identifier, .string, .heredoc, .number, .float, .bool, .assign, .comma, .illegal: break
      }
      advance()
    } while balance > 0
  }

  mutating func parseObjectBody() -> ObjectBody {
    let open = tokenRange
    openers.append((.leftBrace, open.start))
    defer { openers.removeLast() }
    advance()
    var items: [ObjectItem] = []
    // Room for 4: most nested objects (`Match`, `HTTP`, `Destination`, header matches) have one to
    // three items, and lint keeps every tree; 8 left half of each array unused (a third of lint's
    // memory went to object bodies).
    items.reserveCapacity(4)
    while true {
      switch token.kind {
      case .rightBrace:
        advance()
        return ObjectBody(items: items, range: range(open.start, previousEnd))
      case .identifier, .string, .heredoc, .number, .float, .bool, .leftBrace, .leftBracket, .assign, .illegal:
        parseItem(into: &items)
        if token.kind == .comma { commaAfterItem(&items) }
      case .endOfInput, .rightBracket, .comma:
        if let end = objectBodyProblem(open) { return ObjectBody(items: items, range: range(open.start, end)) }
      }
    }
  }

  /// Handles end of input, `]` or `,` inside an object; returns the body's end when it ends here.
  @inline(never)
  mutating func objectBodyProblem(_ open: SourceRange) -> Int? {
    switch token.kind {
    case .endOfInput:
      reportEndOfInput(expected: "'}' to close the object", opener: open)
      return token.end
    case .rightBracket:
      if openers.dropLast().contains(where: { $0.kind == .leftBracket }) {
        error(
          "expected '}' to close the object opened at line \(source.line(at: open.start)), found ']'",
          tokenRange, notes: [Note("object opened here", at: open)])
        return previousEnd
      }
      error("unexpected ']': no open '[' to close", tokenRange)
    case .comma, .identifier, .string, .heredoc, .number, .float, .bool, .leftBrace, .rightBrace, .leftBracket,
      .assign, .illegal:
      error("unexpected ',': expected a key or '}'", tokenRange)
    }
    advance()
    return nil
  }

  mutating func parseList() -> Value {
    let open = tokenRange
    openers.append((.leftBracket, open.start))
    defer { openers.removeLast() }
    advance()
    var elements: [Value] = []
    elements.reserveCapacity(4)
    while true {
      switch token.kind {
      case .rightBracket:
        advance()
        return .list(ListValue(elements: elements, range: range(open.start, previousEnd)))
      case .string, .heredoc, .number, .float, .bool, .leftBrace, .leftBracket:
        // HCL v1 quirk: no comma is needed after a nested list (`[[1] [2]]` is valid).
        let nestedList = token.kind == .leftBracket
        elements.append(parseValue(anchor: open))
        switch token.kind {
        case .comma:
          advance()
        case .rightBracket, .endOfInput, .rightBrace:
          break
        case .identifier, .string, .heredoc, .number, .float, .bool, .leftBrace, .leftBracket, .assign, .illegal:
          if !nestedList { missingComma() }
        }
      case .comma:
        // HCL v1 accepts stray commas in lists (`[, 1,, 2]`), so centry does too.
        advance()
      case .endOfInput, .rightBrace, .identifier, .assign, .illegal:
        if let end = listProblem(open, isEmpty: elements.isEmpty) {
          return .list(ListValue(elements: elements, range: range(open.start, end)))
        }
      }
    }
  }

  @inline(never)
  mutating func missingComma() {
    if token.kind == .identifier, token.newlineBefore { return }  // reported by listProblem
    if !tokenAlreadyReported {
      error("expected ',' or ']' after a list element, found \(describe(token))", foundRange(token))
    }
    // Going on as if the comma were there recovers from the most common mistake.
  }

  /// Handles a token that cannot start a list element; returns the list's end when it ends here.
  @inline(never)
  mutating func listProblem(_ open: SourceRange, isEmpty: Bool) -> Int? {
    switch token.kind {
    case .endOfInput:
      reportEndOfInput(expected: "']' to close the list", opener: open)
      return token.end
    case .rightBrace:
      if openers.dropLast().contains(where: { $0.kind == .leftBrace }) {
        error(
          "expected ']' to close the list opened at line \(source.line(at: open.start)), found '}'",
          tokenRange, notes: [Note("list opened here", at: open)])
        return previousEnd
      }
      error("unexpected '}': no open '{' to close", tokenRange)
      advance()
    case .identifier, .assign, .illegal, .comma, .string, .heredoc, .number, .float, .bool, .leftBrace, .leftBracket,
      .rightBracket:
      if token.kind == .identifier, token.newlineBefore, !isEmpty {
        // Most likely the `]` is missing and the next item of the enclosing body begins.
        error(
          "expected ',' or ']' after a list element, found \(describe(token))", tokenRange,
          notes: [Note("list opened here", at: open)])
        return previousEnd
      }
      if !tokenAlreadyReported {
        error(
          "expected a list element (a string, number, boolean, list or object), found \(describe(token))", tokenRange)
      }
      skipListElement()
      if token.kind == .comma { advance() }
    }
    return nil
  }

  /// Skips to the next `,` or `]` of the current list (balancing brackets).
  mutating func skipListElement() {
    var balance = 0
    while true {
      switch token.kind {
      case .endOfInput: return
      case .leftBrace, .leftBracket: balance += 1
      case .rightBrace, .rightBracket:
        if balance == 0 { return }
        balance -= 1
      case .comma:
        if balance == 0 { return }
      case .identifier, .string, .heredoc, .number, .float, .bool, .assign, .illegal: break
      }
      advance()
    }
  }

  @inline(never)
  mutating func reportEndOfInput(expected: String, opener: SourceRange) {
    if reportedEndOfInput { return }
    reportedEndOfInput = true
    let kind = opener.start < bytes.count && bytes[opener.start] == UInt8(ascii: "[") ? "list" : "object"
    error(
      "unexpected end of input, expected \(expected) opened at line \(source.line(at: opener.start))",
      range(token.start, token.end), notes: [Note("\(kind) opened here", at: opener)])
  }

  // MARK: - Literals

  mutating func stringValue(_ token: Token) -> String {
    let contentStart = token.start + 1
    var contentEnd = token.end
    if token.isTerminated { contentEnd -= 1 }
    contentEnd = max(contentStart, contentEnd)
    if !token.needsDecoding {
      return lexer.text(contentStart, contentEnd)
    }
    return StringDecoding.hclQuoted(bytes, contentStart, contentEnd)
  }

  mutating func number(_ token: Token) -> Value {
    let text = lexer.text(token.start, token.end)
    let numberRange = tokenRange
    if !token.isTerminated { return .invalid(numberRange) }
    if token.kind == .float {
      guard let double = Double(text), double.isFinite else { return numberError(text, numberRange) }
      return .number(NumberLiteral(value: .float(double), text: text, range: numberRange))
    }
    guard let integer = parseInteger(token.start, token.end) else { return numberError(text, numberRange) }
    return .number(NumberLiteral(value: .integer(integer), text: text, range: numberRange))
  }

  @inline(never)
  mutating func numberError(_ text: String, _ range: SourceRange) -> Value {
    if lexer.bytes[range.start..<range.end].contains(UInt8(ascii: ".")) {
      error("number \(text) is out of range", range)
    } else {
      error("number \(text) does not fit in a 64-bit integer", range)
    }
    return .invalid(range)
  }

  /// Go's `strconv.ParseInt(text, 0, 64)` over the bytes of a number token (the lexer has
  /// checked the digits).
  func parseInteger(_ start: Int, _ end: Int) -> Int64? {
    var index = start
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var radix: UInt64 = 10
    if end - index > 1, bytes[index] == UInt8(ascii: "0") {
      if bytes[index + 1] | 0x20 == UInt8(ascii: "x") {
        radix = 16
        index += 2
      } else {
        radix = 8
        index += 1
      }
    }
    guard index < end else { return nil }
    var magnitude: UInt64 = 0
    while index < end {
      guard let digit = digitValue(bytes[index]), UInt64(digit) < radix else { return nil }
      let (times, overflow1) = magnitude.multipliedReportingOverflow(by: radix)
      let (sum, overflow2) = times.addingReportingOverflow(UInt64(digit))
      if overflow1 || overflow2 { return nil }
      magnitude = sum
      index += 1
    }
    if negative {
      if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
      guard magnitude <= UInt64(Int64.max) else { return nil }
      return -Int64(magnitude)
    }
    guard magnitude <= UInt64(Int64.max) else { return nil }
    return Int64(magnitude)
  }

  // MARK: - Comments

  /// The comment group directly above the current token (no blank line in between).
  @inline(never)
  mutating func leadComments() -> [Int] {
    let first = max(token.firstComment, attachedUpTo)
    let end = lexer.comments.count
    guard first < end else { return [] }
    var group: [Int] = []
    var nextStart = token.start
    var index = end - 1
    while index >= first {
      let comment = lexer.comments[index].range
      if newlines(comment.end, nextStart) > 1 { break }
      group.append(index)
      nextStart = comment.start
      index -= 1
    }
    return group.reversed()
  }

  /// ``lineComment()`` with the common no-comment case inlined.
  @inline(__always)
  mutating func maybeLineComment() -> Int? {
    max(token.firstComment, attachedUpTo) < lexer.comments.count ? lineComment() : nil
  }

  /// A comment on the same line right after the last consumed token.
  @inline(never)
  mutating func lineComment() -> Int? {
    let index = max(token.firstComment, attachedUpTo)
    guard index < lexer.comments.count else { return nil }
    let comment = lexer.comments[index].range
    guard newlines(previousEnd, comment.start) == 0 else { return nil }
    attachedUpTo = index + 1
    return index
  }

  func newlines(_ start: Int, _ end: Int) -> Int {
    var count = 0
    var index = start
    while index < end {
      if bytes[index] == 0x0A { count += 1 }
      index += 1
    }
    return count
  }

  // MARK: - Describing tokens

  func describe(_ token: Token) -> String {
    switch token.kind {
    case .identifier: return "identifier '\(lexer.text(token.start, token.end))'"
    case .string: return "string \(shortened(lexer.text(token.start, token.end)))"
    case .heredoc: return "a heredoc"
    case .number, .float: return "number \(lexer.text(token.start, token.end))"
    case .bool: return lexer.text(token.start, token.end)
    case .leftBrace: return "'{'"
    case .rightBrace: return "'}'"
    case .leftBracket: return "'['"
    case .rightBracket: return "']'"
    case .assign: return "'='"
    case .comma: return "','"
    case .endOfInput: return "end of input"
    case .illegal: return "'\(lexer.text(token.start, token.end))'"
    }
  }

  /// Like ``describe(_:)``, but says "a newline" when the token starts another line, which is
  /// what the user sees when a value is missing at the end of a line.
  func describeFound(_ token: Token) -> String {
    if token.newlineBefore, token.kind != .endOfInput, newlineAfterPrevious != nil { return "a newline" }
    return describe(token)
  }

  /// The newline right after the previous token (`\r\n` counts as one).
  var newlineAfterPrevious: SourceRange? {
    var index = previousEnd
    while index < token.start {
      let byte = bytes[index]
      if byte == 0x0A { return range(index, index + 1) }
      if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return range(index, index + 2) }
      if byte != 0x20, byte != 0x09 { return nil }
      index += 1
    }
    return nil
  }

  func foundRange(_ token: Token) -> SourceRange {
    if token.newlineBefore, token.kind != .endOfInput, let newline = newlineAfterPrevious { return newline }
    return range(token.start, token.end)
  }
}

/// How deep `{`/`[` may nest before the parsers stop descending (keeps stack use bounded).
let maximumNestingDepth = 512

func quoted(_ name: String) -> String { "\"\(name)\"" }

func shortened(_ text: String) -> String {
  if text.count <= 40 { return text }
  return String(text.prefix(37)) + "…\""
}
