import CentrySyntax

/// Type-checks a parsed filter against ``FilterSchema``: unknown selectors (with did-you-mean),
/// operators that do not apply to the field's type, values that cannot convert to it, metadata
/// keys that can never exist, and `matches` patterns that are not valid RE2.
///
/// Selectors are resolved as go-bexpr resolves them (through `pointerstructure`): struct fields
/// by exact, case-sensitive name; any key of a map; lists only by a numeric index
/// (`Checks.0.Status`). A field of every element needs a collection expression
/// (`any Checks as c { c.Status == passing }`).
public enum FilterChecker {
  /// Names bound by enclosing `any`/`all` expressions, and their types.
  public typealias Scope = [String: FilterType]

  /// Parses and checks `expression`; syntax errors stop the check.
  public static func check(_ expression: String, schema: FilterType = FilterSchema.serviceHealth) -> [ExprIssue] {
    switch FilterParser.parse(expression) {
    case .failure(let issue): return [issue]
    case .success(let tree): return check(tree, schema: schema)
    }
  }

  /// Checks a parsed tree.
  public static func check(
    _ tree: FilterExpression, schema: FilterType = FilterSchema.serviceHealth, scope: Scope = [:]
  ) -> [ExprIssue] {
    switch tree {
    case .and(let operands), .or(let operands):
      return operands.flatMap { check($0, schema: schema, scope: scope) }
    case .not(let operand, _):
      return check(operand, schema: schema, scope: scope)
    case .match(let match):
      return check(match, schema: schema, scope: scope)
    case .collection(let collection):
      let type: FilterType
      switch resolve(collection.selector, in: schema, scope: scope) {
      case .failure(let issue): return [issue]
      case .success(let resolved): type = resolved
      }
      guard let inner = bindings(collection.binding, over: type) else {
        return [
          ExprIssue(
            .filterOperatorType,
            "`\(collection.quantifier.rawValue)` needs a list or a map, but `\(collection.selector.path)` is \(type.description)",
            at: collection.keywordRange)
        ]
      }
      return check(collection.body, schema: schema, scope: scope.merging(inner) { $1 })
    }
  }

  /// The names a binding introduces over a list or map; `nil` for other types.
  static func bindings(_ binding: FilterCollection.Binding, over type: FilterType) -> Scope? {
    let key: FilterType, value: FilterType, singleIsValue: Bool
    switch type {
    case .list(let element): (key, value, singleIsValue) = (.integer, element, true)
    case .map(let element): (key, value, singleIsValue) = (.string, element, false)
    case .string, .integer, .float, .boolean, .object: return nil
    }
    var scope: Scope = [:]
    switch binding {
    case .single(let name): scope[name] = singleIsValue ? value : key
    case .indexAndValue(let index, let element):
      if let index { scope[index] = key }
      if let element { scope[element] = value }
    }
    return scope
  }

  static func check(_ match: FilterMatch, schema: FilterType, scope: Scope) -> [ExprIssue] {
    let selector = match.selector
    if case .inlineValues = selector.form {
      return []  // A literal list: nothing to resolve.
    }
    var issues: [ExprIssue] = []
    let type: FilterType
    switch resolve(selector, in: schema, scope: scope) {
    case .failure(let issue): return [issue]
    case .success(let value): type = value
    }
    if scope[selector.segments.first?.name ?? ""] == nil || selector.form != .dotted {
      issues += metaKeyIssues(selector)
    }
    if let issue = operatorIssue(match, type: type) {
      issues.append(issue)
      return issues
    }
    if let value = match.value, let issue = valueIssue(match, value: value, type: type) {
      issues.append(issue)
    }
    if match.op.positive == .matches, let value = match.value {
      // Go's regexp has RE2's syntax (less `\C`), without Envoy's program-size limit: RE2 decides,
      // and the issue is shifted into the value.
      let shift = value.kind == .bare || value.kind == .number ? 0 : 1
      let canMap = value.kind != .quoted || !value.raw.utf8.contains(UInt8(ascii: "\\"))
      for issue in RegexChecker.check(value.raw, dialect: .go) {
        var moved = issue
        moved.range =
          canMap
          ? (value.range.lowerBound + shift + issue.range.lowerBound)..<(value.range.lowerBound + shift
            + issue.range.upperBound)
          : value.range
        moved.message = "in the `matches` pattern: " + issue.message
        issues.append(moved)
      }
    }
    return issues
  }

  /// Walks `selector` through `schema` (or from a bound name in `scope`) to the selected type.
  public static func resolve(
    _ selector: FilterSelector, in schema: FilterType, scope: Scope = [:]
  ) -> Result<FilterType, ExprIssue> {
    var type = schema
    var start = 0
    if selector.form == .dotted, let first = selector.segments.first, let bound = scope[first.name] {
      type = bound
      start = 1
    }
    for index in start..<selector.segments.count {
      let segment = selector.segments[index]
      switch type {
      case .object(let fields):
        guard let field = fields.first(where: { $0.name == segment.name }) else {
          var names = fields.map(\.name)
          if index == 0 { names += scope.keys.sorted() }
          let parent = index == 0 ? "" : " of `\(selector.prefix(index))`"
          // With a close guess the suggestion says it all; otherwise list what exists.
          let guess = closest(segment.name, in: names)
          return .failure(
            ExprIssue(
              .filterUnknownSelector, "unknown field `\(segment.name)`\(parent)", at: segment.range,
              help: guess == nil ? "fields: \(names.joined(separator: ", "))" : nil, replacement: guess))
        }
        type = field.type
      case .map(let value):
        type = value
      case .list(let element):
        guard !segment.name.isEmpty,
          segment.name.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else {
          let list = selector.prefix(index)
          var help = "select one element by its index (`\(list).0`)"
          if case .object = element {
            let rest = selector.segments[index...].map(\.name).joined(separator: ".")
            help =
              "to test every element write `any \(list) as x { x.\(rest) == … }`, or select one element (`\(list).0.\(rest)`)"
          }
          return .failure(
            ExprIssue(
              .filterUnknownSelector, "`\(list)` is \(type.description), so it has no field `\(segment.name)`",
              at: segment.range, help: help))
        }
        type = element
      case .string, .integer, .float, .boolean:
        var help: String?
        if index >= 2,
          case .success(.map) = resolve(
            FilterSelector(
              segments: Array(selector.segments.prefix(index - 1)), range: selector.range, form: selector.form),
            in: schema, scope: scope)
        {
          let key = selector.segments[(index - 1)...].map(\.name).joined(separator: ".")
          help = "for a key containing dots write `\(selector.prefix(index - 1))[\"\(key)\"]`"
        }
        return .failure(
          ExprIssue(
            .filterUnknownSelector,
            "`\(selector.prefix(index))` is \(type.description) and has no field `\(segment.name)`",
            at: segment.range, help: help))
      }
    }
    return .success(type)
  }

  private static func operatorIssue(_ match: FilterMatch, type: FilterType) -> ExprIssue? {
    let path = "`\(match.selector.path)`"
    let allowed: Bool
    switch (match.op.positive, type) {
    case (.equal, .string), (.equal, .integer), (.equal, .float), (.equal, .boolean): allowed = true
    case (.equal, _): allowed = false
    case (.isEmpty, .string), (.isEmpty, .list), (.isEmpty, .map): allowed = true
    case (.isEmpty, _): allowed = false
    case (.isNil, .list), (.isNil, .map), (.isNil, .object): allowed = true
    case (.isNil, _): allowed = false
    case (.in, .string), (.in, .map), (.in, .list(.string)), (.in, .list(.integer)), (.in, .list(.float)),
      (.in, .list(.boolean)):
      allowed = true
    case (.contains, .string), (.contains, .map), (.contains, .list(.string)), (.contains, .list(.integer)),
      (.contains, .list(.float)), (.contains, .list(.boolean)):
      allowed = true
    case (.in, _), (.contains, _): allowed = false
    case (.matches, .string): allowed = true
    case (.matches, _): allowed = false
    case (.notEqual, _), (.isNotEmpty, _), (.isNotNil, _), (.notIn, _), (.notContains, _), (.notMatches, _):
      allowed = false
    }
    guard !allowed else { return nil }
    let help = operatorHelp(match, type: type)
    return ExprIssue(
      .filterOperatorType, "operator `\(match.op.rawValue)` cannot be applied to \(path), which is \(type.description)",
      at: match.opRange, help: help)
  }

  private static func operatorHelp(_ match: FilterMatch, type: FilterType) -> String? {
    let path = match.selector.path
    if case .object(let fields) = type {
      return "select one of its fields: \(fields.map(\.name).joined(separator: ", "))"
    }
    switch match.op {
    case .equal, .notEqual:
      switch type {
      case .list: return "to test membership write `\"\(match.value?.raw ?? "value")\" in \(path)`"
      case .map: return "compare one key: `\(path).KEY == value`, or test a key with `\(path) contains \"KEY\"`"
      case .string, .integer, .float, .boolean, .object: return nil
      }
    case .in, .notIn, .contains, .notContains:
      switch type {
      case .integer, .float, .boolean: return "compare with `==` or `!=`"
      case .string, .list, .map, .object: return nil
      }
    case .matches, .notMatches: return "`matches` applies to strings only"
    case .isEmpty, .isNotEmpty, .isNil, .isNotNil: return nil
    }
  }

  private static func valueIssue(_ match: FilterMatch, value: FilterValue, type: FilterType) -> ExprIssue? {
    var target = type
    if case .list(let element) = type { target = element }
    if case .map = type { return nil }  // Keys are strings.
    switch target {
    case .integer:
      guard Int64(value.raw) == nil else { return nil }
      return ExprIssue(
        .filterOperatorType, "`\(value.raw)` is not an integer, but `\(match.selector.path)` is \(type.description)",
        at: value.range)
    case .float:
      guard Double(value.raw) == nil else { return nil }
      return ExprIssue(
        .filterOperatorType, "`\(value.raw)` is not a number, but `\(match.selector.path)` is \(type.description)",
        at: value.range)
    case .boolean:
      let accepted = ["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"]
      guard !accepted.contains(value.raw) else { return nil }
      return ExprIssue(
        .filterOperatorType, "`\(value.raw)` is not a boolean, but `\(match.selector.path)` is \(type.description)",
        at: value.range, help: "write `true` or `false`")
    case .string, .list, .map, .object:
      return nil
    }
  }

  /// Keys of `Service.Meta` / `Node.Meta` that Consul would never accept, so the match can never hold.
  private static func metaKeyIssues(_ selector: FilterSelector) -> [ExprIssue] {
    guard selector.segments.count >= 2 else { return [] }
    let head = selector.prefix(2)
    guard FilterSchema.metaMaps.contains(head) else { return [] }
    guard selector.segments.count >= 3 else { return [] }
    let key = selector.segments[2]
    if key.name.utf8.count > 128 {
      return [
        ExprIssue(.filterMetaKey, "meta key is longer than 128 characters, so Consul never stores it", at: key.range)
      ]
    }
    let valid =
      !key.name.isEmpty
      && key.name.utf8.allSatisfy {
        ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
          || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
      }
    guard valid else {
      return [
        ExprIssue(
          .filterMetaKey, "`\(key.name)` is not a valid meta key, so `\(head)` never contains it",
          at: key.range, help: "Consul meta keys use only letters, digits, `-` and `_`")
      ]
    }
    return []
  }

  /// The candidate nearest to `name` (case-insensitive edit distance), when close enough.
  static func closest(_ name: String, in candidates: [String]) -> String? {
    let lowered = name.lowercased()
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, candidate.lowercased())
      if best.map({ distance < $0.1 }) ?? true { best = (candidate, distance) }
    }
    guard let (guess, distance) = best else { return nil }
    return distance <= max(1, min(3, name.count / 3)) ? guess : nil
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
