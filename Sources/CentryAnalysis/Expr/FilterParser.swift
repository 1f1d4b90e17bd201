import CentrySyntax

/// A hand-written recursive-descent parser for the go-bexpr grammar (`grammar/grammar.peg` of
/// hashicorp/go-bexpr), scanning UTF-8 bytes directly.
///
/// Precedence, loosest first: `or`, `and`, `not`, parentheses / match. As in bexpr, the keyword
/// operators (`and`, `or`, `in`, `contains`, `is empty` …) need whitespace on both sides, while
/// `==` and `!=` do not. The first syntax error stops the parse.
///
/// Chains of `and`/`or` are read in a loop into one n-ary node; only parentheses, `not` and
/// collections nest, and past ``maximumNesting`` levels of those the parse stops with a
/// `filter-syntax` error at the construct, so no filter can exhaust the stack here or in the
/// passes that walk the tree.
public struct FilterParser {
  /// How many parentheses, `not`s and `any`/`all` bodies may enclose one another. Consul's
  /// go-bexpr has no such bound (Go stacks grow), but no real filter comes near it.
  public static let maximumNesting = 200

  private let bytes: [UInt8]
  private var position = 0
  /// Parentheses, `not`s and collection bodies around the current position.
  private var nesting = 0
  /// Consulted past ``stackCheckDepth`` levels: a debug build on a small thread stack runs out
  /// before ``maximumNesting``.
  private var stack: StackGuard?

  private struct Failure: Error {
    var issue: ExprIssue
  }

  private init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// Parses `text`; returns the tree or the first syntax error.
  public static func parse(_ text: String) -> Result<FilterExpression, ExprIssue> {
    var parser = FilterParser(text)
    do {
      return .success(try parser.parseInput())
    } catch let failure as Failure {
      return .failure(failure.issue)
    } catch {
      return .failure(ExprIssue(.filterSyntax, "invalid filter expression", at: 0..<parser.bytes.count))
    }
  }

  // MARK: - Expressions

  private mutating func parseInput() throws -> FilterExpression {
    skipWhitespace()
    if position == bytes.count {
      throw fail("empty filter expression", at: 0..<0, help: "remove `Filter` to select every instance")
    }
    let expression = try parseOr()
    skipWhitespace()
    if position < bytes.count {
      let word = wordRange(at: position)
      throw fail(
        "expected `and`, `or` or the end of the expression, found \(quoted(word))", at: word,
        help: hintAfterExpression(word))
    }
    return expression
  }

  private mutating func parseOr() throws -> FilterExpression {
    // bexpr tries a collection only where an `or` operand starts, and never joins it with
    // `and`/`or` without parentheses.
    if let quantifier = collectionKeyword() {
      return try parseCollection(quantifier)
    }
    var operands = [try parseAnd()]
    while let end = keywordAfterWhitespace("or") {
      position = end
      try requireWhitespace(after: "or")
      // A collection may end an `or` chain (bexpr's grammar), but nothing may follow it.
      if let quantifier = collectionKeyword() {
        operands.append(try parseCollection(quantifier))
        break
      }
      operands.append(try parseAnd())
    }
    return operands.count == 1 ? operands[0] : .or(operands)
  }

  private mutating func parseAnd() throws -> FilterExpression {
    var operands = [try parseNot()]
    while let end = keywordAfterWhitespace("and") {
      position = end
      try requireWhitespace(after: "and")
      operands.append(try parseNot())
    }
    return operands.count == 1 ? operands[0] : .and(operands)
  }

  private mutating func parseNot() throws -> FilterExpression {
    var keywords: [Range<Int>] = []
    while keyword("not", at: position), position + 3 < bytes.count, isWhitespace(bytes[position + 3]) {
      let range = position..<position + 3
      try enter(at: range)
      keywords.append(range)
      position += 3
      skipWhitespace()
    }
    var expression = try parsePrimary()
    for range in keywords.reversed() {
      expression = .not(expression, range)
    }
    nesting -= keywords.count
    return expression
  }

  /// One more level of nesting at `range`; fails past ``maximumNesting``.
  private mutating func enter(at range: Range<Int>) throws {
    nesting += 1
    if nesting >= stackCheckDepth, stack == nil { stack = StackGuard() }
    if nesting > Self.maximumNesting || (nesting >= stackCheckDepth && stack?.isLow() == true) {
      throw fail(
        "filter nests deeper than \(nesting - 1) levels of parentheses, `not` and `any`/`all`",
        at: range, help: "simplify the expression: join conditions with `and`/`or` instead of nesting them")
    }
  }

  private mutating func parsePrimary() throws -> FilterExpression {
    guard position < bytes.count else {
      throw fail("expected an expression, found the end of the expression", at: position..<position)
    }
    if bytes[position] == UInt8(ascii: "(") {
      let open = position..<position + 1
      try enter(at: open)
      position += 1
      skipWhitespace()
      let inner = try parseOr()
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ")") else {
        if position < bytes.count {
          let word = wordRange(at: position)
          throw fail(
            "expected `)`, `and` or `or`, found \(quoted(word))", at: word,
            help: hintAfterExpression(word))
        }
        throw fail("unmatched parenthesis: this `(` is never closed", at: open)
      }
      position += 1
      nesting -= 1
      return inner
    }
    return .match(try parseMatch())
  }

  // MARK: - Collections

  /// `any`/`all` followed by whitespace and a selector that is not itself an operator.
  private func collectionKeyword() -> FilterCollection.Quantifier? {
    for quantifier in [FilterCollection.Quantifier.any, .all] where keyword(quantifier.rawValue, at: position) {
      guard let next = whitespaceEnd(from: position + 3), next < bytes.count, startsSelector(bytes[next]) else {
        return nil
      }
      for word in ["in", "not", "is", "contains", "matches", "and", "or"] where keyword(word, at: next) { return nil }
      return quantifier
    }
    return nil
  }

  private mutating func parseCollection(_ quantifier: FilterCollection.Quantifier) throws -> FilterExpression {
    let keywordRange = position..<position + 3
    position += 3
    skipWhitespace()
    let selector = try parseSelector()
    let afterSelector = position
    skipWhitespace()
    guard position > afterSelector, keyword("as", at: position) else {
      let found = position < bytes.count ? wordRange(at: position) : position..<position
      throw fail(
        "expected `as` after the selector of `\(quantifier.rawValue)`, found \(quoted(found))", at: found,
        help: "write `\(quantifier.rawValue) \(text(selector.range)) as v { v == \"x\" }`")
    }
    position += 2
    try requireWhitespace(after: "as")
    let binding = try parseBinding()
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else {
      let found = position < bytes.count ? wordRange(at: position) : position..<position
      throw fail("expected `{` after the collection binding, found \(quoted(found))", at: found)
    }
    let open = position..<position + 1
    try enter(at: keywordRange)
    position += 1
    skipWhitespace()
    let body = try parseOr()
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
      if position < bytes.count {
        let found = wordRange(at: position)
        throw fail("expected `}`, `and` or `or`, found \(quoted(found))", at: found)
      }
      throw fail("unmatched brace: this `{` is never closed", at: open)
    }
    position += 1
    nesting -= 1
    return .collection(
      FilterCollection(
        quantifier: quantifier, keywordRange: keywordRange, selector: selector, binding: binding, body: body))
  }

  /// `v`, `i, v`, `i, _` or `_, v`.
  private mutating func parseBinding() throws -> FilterCollection.Binding {
    func name() throws -> String? {
      guard position < bytes.count else {
        throw fail("expected a name to bind, found the end of the expression", at: position..<position)
      }
      if bytes[position] == UInt8(ascii: "_"),
        position + 1 == bytes.count
          || !isLetter(bytes[position + 1]) && !isDigit(bytes[position + 1]) && bytes[position + 1] != UInt8(ascii: "_")
      {
        position += 1
        return nil
      }
      guard isLetter(bytes[position]) else {
        let found = wordRange(at: position)
        throw fail("expected a name to bind, found \(quoted(found))", at: found)
      }
      return readIdentifier().name
    }
    let firstStart = position
    let first = try name()
    let afterFirst = position
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else {
      position = afterFirst
      guard let first else {
        throw fail("`_` alone binds nothing; write `_, v` or a name", at: firstStart..<firstStart + 1)
      }
      return .single(first)
    }
    position += 1
    skipWhitespace()
    let second = try name()
    if first == nil && second == nil {
      throw fail("`_, _` binds nothing", at: firstStart..<position)
    }
    return .indexAndValue(index: first, value: second)
  }

  // MARK: - Matches

  /// The left operand: a selector, or a value when `in` / `not in` follows.
  private enum Operand {
    case selector(FilterSelector)
    case value(FilterValue)
  }

  private mutating func parseMatch() throws -> FilterMatch {
    let start = position
    let first = try parseOperand()
    let afterOperand = position
    let sawSpace = skipWhitespace()
    guard position < bytes.count else {
      position = afterOperand
      throw missingOperator(after: first, found: position..<position)
    }
    // `==` and `!=` need no surrounding whitespace.
    if let op = symbolOperator() {
      let opRange = position..<position + 2
      position += 2
      guard case .selector(let selector) = first else {
        throw valueOnLeft(first, operatorText: op.rawValue, at: opRange)
      }
      skipWhitespace()
      let value = try parseValue(after: op, opRange: opRange)
      return FilterMatch(selector: selector, op: op, opRange: opRange, value: value)
    }
    guard sawSpace, let (op, opRange) = keywordOperator() else {
      throw missingOperator(
        after: first, found: position < bytes.count ? operatorLikeRange(at: position) : position..<position)
    }
    position = opRange.upperBound
    switch op {
    case .isEmpty, .isNotEmpty, .isNil, .isNotNil:
      guard case .selector(let selector) = first else {
        throw valueOnLeft(first, operatorText: op.rawValue, at: opRange)
      }
      return FilterMatch(selector: selector, op: op, opRange: opRange, value: nil)
    case .in, .notIn:
      try requireWhitespace(after: op.rawValue)
      let value: FilterValue
      switch first {
      case .value(let literal): value = literal
      case .selector(let selector):
        switch selector.form {
        case .dotted:
          value = FilterValue(raw: selector.path, range: selector.range, kind: .bare)
        case .jsonPointer, .inlineValues:
          throw fail(
            "the left side of `\(op.rawValue)` must be a value, found a selector", at: selector.range)
        }
      }
      guard position < bytes.count, startsSelector(bytes[position]) else {
        let found = position < bytes.count ? wordRange(at: position) : position..<position
        throw fail(
          "expected a selector after `\(op.rawValue)`, found \(quoted(found))", at: found,
          help: "write `\"value\" in Service.Tags`: the value comes first, the selector last")
      }
      let selector = try parseSelector()
      _ = start
      return FilterMatch(selector: selector, op: op, opRange: opRange, value: value)
    case .contains, .notContains, .matches, .notMatches:
      guard case .selector(let selector) = first else {
        throw valueOnLeft(first, operatorText: op.rawValue, at: opRange)
      }
      try requireWhitespace(after: op.rawValue)
      let value = try parseValue(after: op, opRange: opRange)
      return FilterMatch(selector: selector, op: op, opRange: opRange, value: value)
    case .equal, .notEqual:
      // Handled by symbolOperator above.
      throw missingOperator(after: first, found: opRange)
    }
  }

  private mutating func parseOperand() throws -> Operand {
    guard position < bytes.count else {
      throw fail("expected a selector, found the end of the expression", at: position..<position)
    }
    let byte = bytes[position]
    for word in ["and", "or", "not"] where keyword(word, at: position) {
      throw fail(
        "expected an expression, found the keyword `\(word)`", at: position..<position + word.utf8.count)
    }
    if isLetter(byte) || byte == UInt8(ascii: "[") {
      return .selector(try parseSelector())
    }
    if byte == UInt8(ascii: "\""), let pointer = try parseJSONPointer() {
      return .selector(pointer)
    }
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "-") || isDigit(byte) {
      return .value(try parseLiteralValue())
    }
    let word = wordRange(at: position)
    throw fail("expected a selector such as `Service.Meta.version`, found \(quoted(word))", at: word)
  }

  private mutating func parseValue(after op: FilterOperator, opRange: Range<Int>) throws -> FilterValue {
    guard position < bytes.count else {
      throw fail(
        "expected a value after `\(op.rawValue)`, found the end of the expression", at: position..<position)
    }
    let byte = bytes[position]
    if isLetter(byte) {
      let selector = try parseSelector()
      let value = FilterValue(raw: selector.path, range: selector.range, kind: .bare)
      try checkBareValueEnd(value)
      return value
    }
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "-") || isDigit(byte) {
      return try parseLiteralValue()
    }
    let word = wordRange(at: position)
    throw fail(
      "expected a value after `\(op.rawValue)`, found \(quoted(word))", at: word,
      help: "quote values that are not simple words: `\"...\"`")
  }

  /// An unquoted value runs into a character bexpr cannot take (`my-value`, `1.2.3-rc`).
  private func checkBareValueEnd(_ value: FilterValue) throws {
    guard position < bytes.count, !isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: ")") else { return }
    var end = position
    while end < bytes.count, !isWhitespace(bytes[end]), bytes[end] != UInt8(ascii: ")") { end += 1 }
    let whole = text(value.range.lowerBound..<end)
    throw fail(
      "unquoted value `\(whole)` is not a single word; bexpr stops reading it at `\(text(position..<position + 1))`",
      at: value.range.lowerBound..<end, help: "quote the value: `\"\(whole)\"`")
  }

  private mutating func parseLiteralValue() throws -> FilterValue {
    let byte = bytes[position]
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
      return try parseStringLiteral()
    }
    return try parseNumber()
  }

  private mutating func parseNumber() throws -> FilterValue {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else {
      let word = wordRange(at: start)
      throw fail("invalid number literal \(quoted(word))", at: word)
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), isDigit(bytes[position + 1]) {
      position += 1
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    // bexpr requires whitespace, `)` or the end right after a number.
    if position < bytes.count, !isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: ")") {
      var end = position
      while end < bytes.count, !isWhitespace(bytes[end]), bytes[end] != UInt8(ascii: ")") { end += 1 }
      let whole = text(start..<end)
      throw fail(
        "invalid number literal `\(whole)`", at: start..<end,
        help: "quote values that are not plain numbers: `\"\(whole)\"`")
    }
    return FilterValue(raw: text(start..<position), range: start..<position, kind: .number)
  }

  /// `"…"` ends at the first `"` (bexpr has no `\"`), then Go escapes apply; `` `…` `` is raw.
  private mutating func parseStringLiteral() throws -> FilterValue {
    let start = position
    let quote = bytes[position]
    position += 1
    let contentStart = position
    while position < bytes.count, bytes[position] != quote { position += 1 }
    guard position < bytes.count else {
      throw fail(
        "unterminated string literal", at: start..<bytes.count,
        help: "close it with `\(quote == UInt8(ascii: "`") ? "`" : "\"")`")
    }
    let content = Array(bytes[contentStart..<position])
    position += 1
    if quote == UInt8(ascii: "`") {
      return FilterValue(raw: String(decoding: content, as: UTF8.self), range: start..<position, kind: .rawQuoted)
    }
    switch GoUnquote.decode(content) {
    case .success(let decoded):
      return FilterValue(raw: decoded, range: start..<position, kind: .quoted)
    case .failure(let error):
      let range = (contentStart + error.range.lowerBound)..<(contentStart + error.range.upperBound)
      throw fail(error.message, at: range, help: error.help)
    }
  }

  // MARK: - Selectors

  private func startsSelector(_ byte: UInt8) -> Bool {
    isLetter(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\"")
  }

  private mutating func parseSelector() throws -> FilterSelector {
    let start = position
    if bytes[position] == UInt8(ascii: "[") { return try parseInlineValues() }
    if bytes[position] == UInt8(ascii: "\"") {
      if let pointer = try parseJSONPointer() { return pointer }
      let word = wordRange(at: position)
      throw fail(
        "expected a selector, found the string \(quoted(word))", at: word,
        help: "a quoted selector must be a JSON pointer such as `\"/Service/Meta/version\"`")
    }
    var segments = [FilterSelector.Segment(name: "", range: 0..<0, style: .field)]
    segments[0] = readIdentifier()
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: ".") {
        let dot = position
        position += 1
        if position < bytes.count, isLetter(bytes[position]) {
          segments.append(readIdentifier())
        } else if position < bytes.count, isDigit(bytes[position]) {
          let numberStart = position
          while position < bytes.count, isDigit(bytes[position]) { position += 1 }
          segments.append(.init(name: text(numberStart..<position), range: numberStart..<position, style: .number))
        } else {
          let found = position < bytes.count ? wordRange(at: position) : position..<position
          let help: String? =
            position < bytes.count && bytes[position] == UInt8(ascii: "\"")
            ? "write a key that is not an identifier as an index: `\(text(start..<dot))[\(text(found))]`" : nil
          throw fail(
            "expected a field name after `.`, found \(quoted(found))", at: found.isEmpty ? dot..<dot + 1 : found,
            help: help)
        }
      } else if byte == UInt8(ascii: "[") {
        segments.append(try readIndex())
      } else {
        break
      }
    }
    return FilterSelector(segments: segments, range: start..<position, form: .dotted)
  }

  private mutating func readIdentifier() -> FilterSelector.Segment {
    let start = position
    position += 1
    while position < bytes.count,
      isLetter(bytes[position]) || isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_")
        || bytes[position] == UInt8(ascii: "/")
    {
      position += 1
    }
    return .init(name: text(start..<position), range: start..<position, style: .field)
  }

  private mutating func readIndex() throws -> FilterSelector.Segment {
    let open = position
    position += 1
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "`") else {
      let found = position < bytes.count ? wordRange(at: position) : position..<position
      throw fail(
        "invalid index: expected a quoted key after `[`, found \(quoted(found))",
        at: open..<max(open + 1, found.upperBound),
        help: "write the key as a string: `[\"rack-id\"]`")
    }
    let literal = try parseStringLiteral()
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "]") else {
      throw fail("unclosed index expression: expected `]`", at: open..<position)
    }
    position += 1
    return .init(name: literal.raw, range: literal.range, style: .index)
  }

  /// `"/Service/Meta/version"`; `nil` (position unchanged) when the string is not a JSON pointer.
  private mutating func parseJSONPointer() throws -> FilterSelector? {
    let start = position
    var cursor = position + 1
    var segments: [FilterSelector.Segment] = []
    while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") {
      let segmentStart = cursor + 1
      cursor = segmentStart
      while cursor < bytes.count, isPointerByte(bytes[cursor]) { cursor += 1 }
      guard cursor > segmentStart else { return nil }
      segments.append(.init(name: text(segmentStart..<cursor), range: segmentStart..<cursor, style: .pointer))
    }
    guard !segments.isEmpty, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { return nil }
    position = cursor + 1
    // JSON pointer escapes: `~1` is `/`, `~0` is `~`.
    let decoded = segments.map {
      FilterSelector.Segment(
        name: $0.name.replacingAll("~1", with: "/").replacingAll("~0", with: "~"), range: $0.range, style: .pointer)
    }
    return FilterSelector(segments: decoded, range: start..<position, form: .jsonPointer)
  }

  private mutating func parseInlineValues() throws -> FilterSelector {
    let start = position
    position += 1
    skipWhitespace()
    var values: [String] = []
    while true {
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "`") else {
        let found = position < bytes.count ? wordRange(at: position) : position..<position
        throw fail(
          "expected a quoted value in the inline list, found \(quoted(found))",
          at: found.isEmpty ? start..<start + 1 : found)
      }
      values.append(try parseStringLiteral().raw)
      skipWhitespace()
      if position < bytes.count, bytes[position] == UInt8(ascii: ",") {
        position += 1
        skipWhitespace()
        continue
      }
      break
    }
    guard position < bytes.count, bytes[position] == UInt8(ascii: "]") else {
      throw fail("unclosed inline value list: expected `]`", at: start..<position)
    }
    position += 1
    let segment = FilterSelector.Segment(name: values.joined(separator: ","), range: start..<position, style: .field)
    return FilterSelector(segments: [segment], range: start..<position, form: .inlineValues(values))
  }

  // MARK: - Operators

  private func symbolOperator() -> FilterOperator? {
    guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "=") else { return nil }
    if position + 2 < bytes.count, bytes[position + 2] == UInt8(ascii: "=") { return nil }  // `===`
    switch bytes[position] {
    case UInt8(ascii: "="): return .equal
    case UInt8(ascii: "!"): return .notEqual
    default: return nil
    }
  }

  /// A keyword operator at `position` and its range; whitespace after it is checked by callers.
  private func keywordOperator() -> (FilterOperator, Range<Int>)? {
    let start = position
    if keyword("is", at: start) {
      var cursor = start + 2
      guard let afterSpace = whitespaceEnd(from: cursor) else { return nil }
      cursor = afterSpace
      if keyword("empty", at: cursor) { return (.isEmpty, start..<cursor + 5) }
      if keyword("nil", at: cursor) { return (.isNil, start..<cursor + 3) }
      if keyword("not", at: cursor), let next = whitespaceEnd(from: cursor + 3) {
        if keyword("empty", at: next) { return (.isNotEmpty, start..<next + 5) }
        if keyword("nil", at: next) { return (.isNotNil, start..<next + 3) }
      }
      return nil
    }
    if keyword("not", at: start) {
      guard let next = whitespaceEnd(from: start + 3) else { return nil }
      for (word, op) in [("in", FilterOperator.notIn), ("contains", .notContains), ("matches", .notMatches)]
      where keyword(word, at: next) {
        return (op, start..<next + word.utf8.count)
      }
      return nil
    }
    for (word, op) in [("in", FilterOperator.in), ("contains", .contains), ("matches", .matches)]
    where keyword(word, at: start) {
      return (op, start..<start + word.utf8.count)
    }
    return nil
  }

  private func missingOperator(after operand: Operand, found: Range<Int>) -> Failure {
    switch operand {
    case .value(let value):
      let shown = text(value.range)
      if found.isEmpty {
        return fail("expected `in` or `not in` after the value \(shown), found the end of the expression", at: found)
      }
      return fail(
        "expected `in` or `not in` after the value \(shown), found \(quoted(found))", at: found,
        help:
          "a match starts with a selector (`Service.Meta.version == v1`) or a value followed by `in` (`\"v1\" in Service.Tags`)"
      )
    case .selector:
      if found.isEmpty {
        return fail(
          "expected a match operator such as `==` after selector, found the end of the expression", at: found)
      }
      let shown = text(found)
      var help: String? =
        "match operators: `==`, `!=`, `is empty`, `is not empty`, `is nil`, `is not nil`, `contains`, `not contains`, `matches`, `not matches`; `\"v\" in Selector`"
      var replacement: String?
      switch shown {
      case "=", "===": help = nil; replacement = "=="
      case "<", ">", "<=", ">=": help = "bexpr has no ordering operators; compare with `==`, `!=` or `matches`"
      case "!": help = nil; replacement = "!="
      default: break
      }
      var failure = fail(
        "expected a match operator such as `==` after selector, found `\(shown)`", at: found, help: help)
      failure.issue.replacement = replacement
      return failure
    }
  }

  private func valueOnLeft(_ operand: Operand, operatorText: String, at range: Range<Int>) -> Failure {
    guard case .value(let value) = operand else {
      return fail("unexpected `\(operatorText)`", at: range)
    }
    return fail(
      "`\(operatorText)` needs a selector on its left, found the value \(text(value.range))", at: value.range,
      help: "only `in` and `not in` take the value first (`\"v1\" in Service.Tags`)")
  }

  // MARK: - Scanning

  @discardableResult
  private mutating func skipWhitespace() -> Bool {
    let start = position
    while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
    return position > start
  }

  private func whitespaceEnd(from index: Int) -> Int? {
    var cursor = index
    while cursor < bytes.count, isWhitespace(bytes[cursor]) { cursor += 1 }
    return cursor > index ? cursor : nil
  }

  /// After whitespace, the keyword `word` followed by whitespace: the index after the keyword.
  private func keywordAfterWhitespace(_ word: String) -> Int? {
    guard let start = whitespaceEnd(from: position), keyword(word, at: start) else { return nil }
    return start + word.utf8.count
  }

  private mutating func requireWhitespace(after word: String) throws {
    if position == bytes.count {
      let length = word.utf8.count
      throw fail(
        "expected an expression after `\(word)`, found the end of the expression",
        at: max(0, position - length)..<position)
    }
    guard skipWhitespace() else {
      let found = position < bytes.count ? wordRange(at: position) : position..<position
      throw fail(
        "expected whitespace after `\(word)`, found \(quoted(found))", at: found.isEmpty ? position..<position : found)
    }
  }

  /// `word` at `index`, not followed by an identifier character.
  private func keyword(_ word: String, at index: Int) -> Bool {
    let utf8 = Array(word.utf8)
    guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else { return false }
    let next = index + utf8.count
    return next == bytes.count || !(isLetter(bytes[next]) || isDigit(bytes[next]) || bytes[next] == UInt8(ascii: "_"))
  }

  /// The token at `index` for messages: an identifier-like word, or a run of punctuation.
  private func wordRange(at index: Int) -> Range<Int> {
    guard index < bytes.count else { return index..<index }
    var end = index
    let isWordByte: (UInt8) -> Bool = { self.isLetter($0) || self.isDigit($0) || $0 == UInt8(ascii: "_") || $0 >= 0x80 }
    if isWordByte(bytes[index]) {
      while end < bytes.count,
        isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-")
      { end += 1 }
    } else if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "`") {
      end = index + 1
      while end < bytes.count, bytes[end] != bytes[index] { end += 1 }
      end = min(bytes.count, end + 1)
    } else {
      let runs: Set<UInt8> = Set("&|=!<>~".utf8)
      end = index + 1
      if runs.contains(bytes[index]) {
        while end < bytes.count, runs.contains(bytes[end]) { end += 1 }
      }
    }
    return index..<end
  }

  /// Operator-like punctuation at `index` (`=`, `<=`, `===`) or a word.
  private func operatorLikeRange(at index: Int) -> Range<Int> {
    let symbols: Set<UInt8> = [
      UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"),
    ]
    guard symbols.contains(bytes[index]) else { return wordRange(at: index) }
    var end = index
    while end < bytes.count, symbols.contains(bytes[end]) { end += 1 }
    return index..<end
  }

  private func hintAfterExpression(_ range: Range<Int>) -> String? {
    switch text(range) {
    case "&&", "&": "bexpr writes conjunction as `and`"
    case "||", "|": "bexpr writes disjunction as `or`"
    case "AND", "OR", "And", "Or": "bexpr keywords are lower-case: `and`, `or`"
    default: nil
    }
  }

  private func quoted(_ range: Range<Int>) -> String {
    range.isEmpty ? "the end of the expression" : "`\(text(range))`"
  }

  private func text(_ range: Range<Int>) -> String {
    let lower = min(max(0, range.lowerBound), bytes.count)
    let upper = min(max(lower, range.upperBound), bytes.count)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  private func fail(_ message: String, at range: Range<Int>, help: String? = nil) -> Failure {
    Failure(issue: ExprIssue(.filterSyntax, message, at: range, help: help))
  }

  private func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private func isPointerByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "~") || byte == UInt8(ascii: ":")
      || byte == UInt8(ascii: "|")
  }
}

extension String {
  /// Every occurrence of `target` replaced (Foundation-free).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[rest.startIndex..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
