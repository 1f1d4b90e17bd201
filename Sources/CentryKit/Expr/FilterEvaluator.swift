/// Evaluates a filter over service instances the way bexpr does over Consul's structs.
///
/// Missing fields and map keys read as Go's zero value (`""`, `0`, `false`, empty), as they would
/// on the decoded struct. A selector through a list of objects (`Checks.Status`) holds when any
/// element matches; the negated operators negate that (`Checks.Status != passing` means no check
/// is passing). A selector the schema does not know never matches.
public enum FilterEvaluator {
  /// True when `instance` satisfies `tree`.
  public static func evaluate(
    _ tree: FilterExpression, on instance: CatalogJSON, schema: FilterType = FilterSchema.serviceHealth
  ) -> Bool {
    switch tree {
    case .and(let left, let right): evaluate(left, on: instance, schema: schema) && evaluate(right, on: instance, schema: schema)
    case .or(let left, let right): evaluate(left, on: instance, schema: schema) || evaluate(right, on: instance, schema: schema)
    case .not(let operand, _): !evaluate(operand, on: instance, schema: schema)
    case .match(let match): evaluate(match, on: instance, schema: schema)
    }
  }

  /// The instances of `instances` that `tree` selects, in order.
  public static func select(_ tree: FilterExpression, from instances: [ServiceCatalog.Instance]) -> [ServiceCatalog.Instance] {
    instances.filter { evaluate(tree, on: $0.json) }
  }

  private struct Leaf {
    var value: CatalogJSON?
    var type: FilterType
  }

  static func evaluate(_ match: FilterMatch, on instance: CatalogJSON, schema: FilterType) -> Bool {
    let leaves: [Leaf]
    if case .inlineValues(let values) = match.selector.form {
      leaves = [Leaf(value: .string(values.joined(separator: ",")), type: .string)]
    } else {
      guard let found = resolve(match.selector.segments, in: instance, type: schema) else { return false }
      leaves = found
    }
    let positive = leaves.contains { test(match.op.positive, value: match.value?.raw ?? "", leaf: $0) }
    return match.op.isNegated ? !positive : positive
  }

  /// Every value the selector reaches; `nil` when the schema has no such path.
  private static func resolve(_ segments: [FilterSelector.Segment], in json: CatalogJSON?, type: FilterType) -> [Leaf]? {
    guard let segment = segments.first else {
      return [Leaf(value: json, type: type)]
    }
    let rest = Array(segments.dropFirst())
    switch type {
    case .list(let element):
      guard case .object = element else { return nil }
      guard case .array(let items)? = json else { return [] }
      var leaves: [Leaf] = []
      for item in items {
        guard let found = resolve(segments, in: item, type: element) else { return nil }
        leaves += found
      }
      return leaves
    case .object(let fields):
      guard let field = fields.first(where: { $0.name == segment.name }) else { return nil }
      return resolve(rest, in: json?[segment.name], type: field.type)
    case .map(let value):
      return resolve(rest, in: json?[segment.name], type: value)
    case .string, .integer, .float, .boolean:
      return nil
    }
  }

  private static func test(_ op: FilterOperator, value raw: String, leaf: Leaf) -> Bool {
    switch op {
    case .equal: return equal(raw, leaf.value, as: leaf.type)
    case .isEmpty:
      switch leaf.value {
      case .none, .null?: return true
      case .string(let text)?: return text.isEmpty
      case .array(let items)?: return items.isEmpty
      case .object(let pairs)?: return pairs.isEmpty
      case .bool?, .number?: return false
      }
    case .in, .contains:
      switch (leaf.type, leaf.value) {
      case (.string, .string(let text)?): return raw.isEmpty || text.contains(raw)
      case (.string, _): return raw.isEmpty
      case (.map, .object(let pairs)?): return pairs.contains { $0.0 == raw }
      case (.list(let element), .array(let items)?): return items.contains { equal(raw, $0, as: element) }
      default: return false
      }
    case .matches:
      guard case .string = leaf.type else { return false }
      let text: String
      if case .string(let value)? = leaf.value { text = value } else { text = "" }
      return PCRE2.search(raw, in: text) ?? false
    case .notEqual, .isNotEmpty, .notIn, .notContains, .notMatches:
      return !test(op.positive, value: raw, leaf: leaf)
    }
  }

  private static func equal(_ raw: String, _ value: CatalogJSON?, as type: FilterType) -> Bool {
    switch type {
    case .string:
      if case .string(let text)? = value { return text == raw }
      return raw.isEmpty && (value == nil || value == .null)
    case .integer:
      guard let expected = Int64(raw) else { return false }
      if case .number(let number, _)? = value { return number == Double(expected) }
      return expected == 0 && (value == nil || value == .null)
    case .float:
      guard let expected = Double(raw) else { return false }
      if case .number(let number, _)? = value { return number == expected }
      return expected == 0 && (value == nil || value == .null)
    case .boolean:
      let expected: Bool
      switch raw {
      case "1", "t", "T", "TRUE", "true", "True": expected = true
      case "0", "f", "F", "FALSE", "false", "False": expected = false
      default: return false
      }
      if case .bool(let actual)? = value { return actual == expected }
      return !expected && (value == nil || value == .null)
    case .list, .map, .object:
      return false
    }
  }
}
