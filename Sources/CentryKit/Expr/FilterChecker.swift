/// Type-checks a parsed filter against ``FilterSchema``: unknown selectors (with did-you-mean),
/// operators that do not apply to the field's type, values that cannot convert to it, metadata
/// keys that can never exist, and `matches` patterns that are not valid RE2.
public enum FilterChecker {
  /// A selector resolved against the schema.
  public struct Resolved: Sendable, Hashable {
    /// The type the selector ends on.
    public var type: FilterType
    /// True when the path went through a list of objects (`Checks.Status`): bexpr-style "any".
    public var throughList: Bool
  }

  /// Parses and checks `expression`; syntax errors stop the check.
  public static func check(_ expression: String, schema: FilterType = FilterSchema.serviceHealth) -> [ExprIssue] {
    switch FilterParser.parse(expression) {
    case .failure(let issue): return [issue]
    case .success(let tree): return check(tree, schema: schema)
    }
  }

  /// Checks a parsed tree.
  public static func check(_ tree: FilterExpression, schema: FilterType = FilterSchema.serviceHealth) -> [ExprIssue] {
    var issues: [ExprIssue] = []
    for match in tree.matches {
      issues += check(match, schema: schema)
    }
    return issues
  }

  static func check(_ match: FilterMatch, schema: FilterType) -> [ExprIssue] {
    let selector = match.selector
    if case .inlineValues = selector.form {
      return []  // A literal list: nothing to resolve.
    }
    var issues: [ExprIssue] = []
    let resolved: Resolved
    switch resolve(selector, in: schema) {
    case .failure(let issue): return [issue]
    case .success(let value): resolved = value
    }
    issues += metaKeyIssues(selector)
    if let issue = operatorIssue(match, type: resolved.type) {
      issues.append(issue)
      return issues
    }
    if let value = match.value, let issue = valueIssue(match, value: value, type: resolved.type) {
      issues.append(issue)
    }
    if match.op.positive == .matches, let value = match.value {
      // Go's regexp is RE2 too: the same checks as for Envoy patterns, shifted into the value.
      let shift = value.kind == .bare || value.kind == .number ? 0 : 1
      let canMap = value.kind != .quoted || !value.raw.utf8.contains(UInt8(ascii: "\\"))
      for issue in RegexChecker.check(value.raw) where issue.kind != .regexProgramSize {
        var moved = issue
        moved.range = canMap
          ? (value.range.lowerBound + shift + issue.range.lowerBound)..<(value.range.lowerBound + shift + issue.range.upperBound)
          : value.range
        moved.message = "in the `matches` pattern: " + issue.message
        issues.append(moved)
      }
    }
    return issues
  }

  /// Walks `selector` through `schema`.
  public static func resolve(_ selector: FilterSelector, in schema: FilterType) -> Result<Resolved, ExprIssue> {
    var type = schema
    var throughList = false
    for (index, segment) in selector.segments.enumerated() {
      while case .list(let element) = type, case .object = element {
        type = element
        throughList = true
      }
      switch type {
      case .object(let fields):
        guard let field = fields.first(where: { $0.name == segment.name }) else {
          let names = fields.map(\.name)
          let parent = index == 0 ? "" : " of `\(selector.prefix(index))`"
          if let guess = closest(segment.name, in: names) {
            return .failure(ExprIssue(
              .filterUnknownSelector, "unknown field `\(segment.name)`\(parent)",
              at: segment.range, help: "fields: \(names.joined(separator: ", "))", replacement: guess))
          }
          return .failure(ExprIssue(
            .filterUnknownSelector, "unknown field `\(segment.name)`\(parent)", at: segment.range,
            help: "fields: \(names.joined(separator: ", "))"))
        }
        type = field.type
      case .map(let value):
        type = value
      case .string, .integer, .float, .boolean, .list:
        var help: String?
        if index >= 2, case .map = lookup(selector, upTo: index - 1, in: schema) {
          let key = selector.segments[(index - 1)...].map(\.name).joined(separator: ".")
          help = "for a key containing dots write `\(selector.prefix(index - 1))[\"\(key)\"]`"
        }
        return .failure(ExprIssue(
          .filterUnknownSelector,
          "`\(selector.prefix(index))` is \(type.description) and has no field `\(segment.name)`",
          at: segment.range, help: help))
      }
    }
    while case .list(let element) = type, case .object = element, throughList {
      type = element
    }
    return .success(Resolved(type: type, throughList: throughList))
  }

  private static func lookup(_ selector: FilterSelector, upTo count: Int, in schema: FilterType) -> FilterType? {
    let partial = FilterSelector(segments: Array(selector.segments.prefix(count)), range: selector.range, form: selector.form)
    if case .success(let resolved) = resolve(partial, in: schema) { return resolved.type }
    return nil
  }

  private static func operatorIssue(_ match: FilterMatch, type: FilterType) -> ExprIssue? {
    let path = "`\(match.selector.path)`"
    let allowed: Bool
    switch (match.op.positive, type) {
    case (.equal, .string), (.equal, .integer), (.equal, .float), (.equal, .boolean): allowed = true
    case (.equal, _): allowed = false
    case (.isEmpty, .string), (.isEmpty, .list), (.isEmpty, .map): allowed = true
    case (.isEmpty, _): allowed = false
    case (.in, .string), (.in, .map), (.in, .list(.string)), (.in, .list(.integer)), (.in, .list(.float)), (.in, .list(.boolean)):
      allowed = true
    case (.contains, .string), (.contains, .map), (.contains, .list(.string)), (.contains, .list(.integer)),
      (.contains, .list(.float)), (.contains, .list(.boolean)):
      allowed = true
    case (.in, _), (.contains, _): allowed = false
    case (.matches, .string): allowed = true
    case (.matches, _): allowed = false
    case (.notEqual, _), (.isNotEmpty, _), (.notIn, _), (.notContains, _), (.notMatches, _): allowed = false
    }
    guard !allowed else { return nil }
    var help: String?
    switch (match.op.positive, type) {
    case (.equal, .list):
      help = "to test membership write `\"\(match.value?.raw ?? "value")\" in \(match.selector.path)`"
    case (.equal, .map):
      help = "compare one key: `\(match.selector.path).KEY == value`, or test a key with `\(match.selector.path) contains \"KEY\"`"
    case (_, .object(let fields)):
      help = "select one of its fields: \(fields.map(\.name).joined(separator: ", "))"
    case (.contains, .integer), (.in, .integer), (.contains, .float), (.in, .float), (.contains, .boolean), (.in, .boolean):
      help = "compare with `==` or `!=`"
    case (.matches, _):
      help = "`matches` applies to strings only"
    default:
      help = nil
    }
    return ExprIssue(
      .filterOperatorType, "operator `\(match.op.rawValue)` cannot be applied to \(path), which is \(type.description)",
      at: match.opRange, help: help)
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
      return ExprIssue(.filterOperatorType, "`\(value.raw)` is not a number, but `\(match.selector.path)` is \(type.description)", at: value.range)
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
      return [ExprIssue(.filterMetaKey, "meta key is longer than 128 characters, so Consul never stores it", at: key.range)]
    }
    let valid = !key.name.isEmpty && key.name.utf8.allSatisfy {
      ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
        || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
    }
    guard valid else {
      return [ExprIssue(
        .filterMetaKey, "`\(key.name)` is not a valid meta key, so `\(head)` never contains it",
        at: key.range, help: "Consul meta keys use only letters, digits, `-` and `_`")]
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
