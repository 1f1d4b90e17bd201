/// Evaluates a filter over service instances the way go-bexpr does over Consul's structs.
///
/// - A struct field missing from the JSON reads as Go's zero value (`""`, `0`, `false`, empty),
///   as it would on the decoded struct.
/// - A missing map key follows bexpr's `NotPresentDisposition`: `==`, `in`, `matches`,
///   `is not empty` are false; their negations, `is empty` and `is nil` are true.
/// - Lists are reached by index only (`Checks.0.Status`); `any`/`all` test every element.
/// - A selector bexpr would fail on (unknown field, field of a list) makes the match false; Consul
///   fails the whole query instead, which ``FilterChecker`` reports.
public enum FilterEvaluator {
  /// True when `instance` satisfies `tree`.
  public static func evaluate(
    _ tree: FilterExpression, on instance: CatalogJSON, schema: FilterType = FilterSchema.serviceHealth
  ) -> Bool {
    evaluate(tree, Environment(root: instance, schema: schema, variables: [:]))
  }

  /// The instances of `instances` that `tree` selects, in order.
  public static func select(_ tree: FilterExpression, from instances: [ServiceCatalog.Instance]) -> [ServiceCatalog
    .Instance]
  {
    instances.filter { evaluate(tree, on: $0.json) }
  }

  private struct Environment {
    var root: CatalogJSON
    var schema: FilterType
    /// Names bound by `any`/`all`: their value and type.
    var variables: [String: (CatalogJSON?, FilterType)]
  }

  /// What a selector reaches.
  private enum Lookup {
    case value(CatalogJSON?, FilterType)
    case missingKey
    case invalid
  }

  private static func evaluate(_ tree: FilterExpression, _ environment: Environment) -> Bool {
    switch tree {
    case .and(let operands): return operands.allSatisfy { evaluate($0, environment) }
    case .or(let operands): return operands.contains { evaluate($0, environment) }
    case .not(let operand, _): return !evaluate(operand, environment)
    case .match(let match): return evaluate(match, environment)
    case .collection(let collection): return evaluate(collection, environment)
    }
  }

  private static func evaluate(_ collection: FilterCollection, _ environment: Environment) -> Bool {
    let isAll = collection.quantifier == .all
    let pairs: [(key: CatalogJSON, value: CatalogJSON, keyType: FilterType, valueType: FilterType, singleIsValue: Bool)]
    switch lookup(collection.selector, environment) {
    case .invalid: return false
    case .missingKey: return isAll
    case .value(let json, .list(let element)):
      guard case .array(let items)? = json else { return isAll }
      pairs = items.enumerated().map {
        (.number(Double($0.offset), String($0.offset)), $0.element, .integer, element, true)
      }
    case .value(let json, .map(let element)):
      guard case .object(let members)? = json else { return isAll }
      pairs = members.map { (.string($0.0), $0.1, .string, element, false) }
    case .value:
      return false
    }
    for pair in pairs {
      var inner = environment
      switch collection.binding {
      case .single(let name):
        inner.variables[name] = pair.singleIsValue ? (pair.value, pair.valueType) : (pair.key, pair.keyType)
      case .indexAndValue(let index, let value):
        if let index { inner.variables[index] = (pair.key, pair.keyType) }
        if let value { inner.variables[value] = (pair.value, pair.valueType) }
      }
      let result = evaluate(collection.body, inner)
      if result && !isAll { return true }
      if !result && isAll { return false }
    }
    return isAll
  }

  private static func evaluate(_ match: FilterMatch, _ environment: Environment) -> Bool {
    let raw = match.value?.raw ?? ""
    if case .inlineValues(let values) = match.selector.form {
      return test(match.op, value: raw, json: .string(values.joined(separator: ",")), type: .string)
    }
    switch lookup(match.selector, environment) {
    case .invalid: return false
    case .missingKey: return match.op.missingKeyResult
    case .value(let json, let type): return test(match.op, value: raw, json: json, type: type)
    }
  }

  private static func lookup(_ selector: FilterSelector, _ environment: Environment) -> Lookup {
    var json: CatalogJSON? = environment.root
    var type = environment.schema
    var segments = selector.segments[...]
    if selector.form == .dotted, let first = segments.first, let bound = environment.variables[first.name] {
      (json, type) = bound
      segments = segments.dropFirst()
    }
    for segment in segments {
      switch type {
      case .object(let fields):
        guard let field = fields.first(where: { $0.name == segment.name }) else { return .invalid }
        json = json?[segment.name]
        type = field.type
      case .map(let value):
        guard case .object(let members)? = json, let found = members.last(where: { $0.0 == segment.name }) else {
          return .missingKey
        }
        json = found.1
        type = value
      case .list(let element):
        guard let index = Int(segment.name), index >= 0, case .array(let items)? = json, index < items.count else {
          return .invalid
        }
        json = items[index]
        type = element
      case .string, .integer, .float, .boolean:
        return .invalid
      }
    }
    return .value(json, type)
  }

  private static func test(_ op: FilterOperator, value raw: String, json: CatalogJSON?, type: FilterType) -> Bool {
    switch op {
    case .equal: return equal(raw, json, as: type)
    case .isEmpty:
      switch json {
      case .none, .null?: return true
      case .string(let text)?: return text.isEmpty
      case .array(let items)?: return items.isEmpty
      case .object(let pairs)?: return pairs.isEmpty
      case .bool?, .number?: return false
      }
    case .isNil:
      switch type {
      case .list, .map, .object: return json == nil || json == .null
      case .string, .integer, .float, .boolean: return false
      }
    case .in, .contains:
      switch type {
      case .string:
        if case .string(let text)? = json { return raw.isEmpty || text.contains(raw) }
        return raw.isEmpty
      case .map:
        if case .object(let pairs)? = json { return pairs.contains { $0.0 == raw } }
        return false
      case .list(let element):
        if case .array(let items)? = json { return items.contains { equal(raw, $0, as: element) } }
        return false
      case .integer, .float, .boolean, .object:
        return false
      }
    case .matches:
      guard case .string = type else { return false }
      let text: String
      if case .string(let value)? = json { text = value } else { text = "" }
      // Go's `regexp.MatchString`: a match anywhere in the value.
      return RE2.compile(raw).partialMatch(text) ?? false
    case .notEqual, .isNotEmpty, .isNotNil, .notIn, .notContains, .notMatches:
      return !test(op.positive, value: raw, json: json, type: type)
    }
  }

  private static func equal(_ raw: String, _ value: CatalogJSON?, as type: FilterType) -> Bool {
    let absent = value == nil || value == .null
    switch type {
    case .string:
      if case .string(let text)? = value { return text == raw }
      if case .number(_, let text)? = value { return text == raw }  // A bound list index.
      return raw.isEmpty && absent
    case .integer:
      guard let expected = Int64(raw) else { return false }
      if case .number(let number, _)? = value { return number == Double(expected) }
      return expected == 0 && absent
    case .float:
      guard let expected = Double(raw) else { return false }
      if case .number(let number, _)? = value { return number == expected }
      return expected == 0 && absent
    case .boolean:
      let expected: Bool
      switch raw {
      case "1", "t", "T", "TRUE", "true", "True": expected = true
      case "0", "f", "F", "FALSE", "false", "False": expected = false
      default: return false
      }
      if case .bool(let actual)? = value { return actual == expected }
      return !expected && absent
    case .list, .map, .object:
      return false
    }
  }
}
