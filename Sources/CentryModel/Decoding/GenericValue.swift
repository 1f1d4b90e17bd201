import CentryCore
import CentrySyntax

/// The generic tree Consul's decoder sees (`map[string]interface{}` from HCL v1 or encoding/json),
/// with source ranges kept.
///
/// Building it reproduces the shapes of spec decoding §1.3: in HCL an object under a key is a
/// one-element list of maps, key chains (`Subsets "v1" { … }`) nest, repeated blocks and list
/// literals under one key concatenate; in JSON objects stay maps and every number is a float.
indirect enum GenericValue {
  case string(String, SourceRange)
  case integer(Int64, text: String, SourceRange)
  case float(Double, text: String, SourceRange)
  case bool(Bool, SourceRange)
  case list([GenericValue], SourceRange)
  case map(GenericMap)
  /// JSON `null`: decodes to the zero value (the field stays absent).
  case null(SourceRange)
  /// An unparseable value; the parser already reported it.
  case invalid(SourceRange)

  var range: SourceRange {
    switch self {
    case .string(_, let range), .integer(_, _, let range), .float(_, _, let range), .bool(_, let range),
      .list(_, let range), .null(let range), .invalid(let range):
      range
    case .map(let map): map.range
    }
  }

  /// A short description for messages: "a string `\"x\"`", "a list" …
  var found: String {
    switch self {
    case .string(let string, _):
      let shown = string.count > 40 ? String(string.prefix(37)) + "…" : string
      return "a string `\"\(shown)\"`"
    case .integer(_, let text, _), .float(_, let text, _): return "a number `\(text)`"
    case .bool(let bool, _): return "a boolean `\(bool)`"
    case .list(let elements, _):
      return elements.isEmpty ? "an empty list" : "a list of \(elements.count)"
    case .map: return "an object"
    case .null: return "null"
    case .invalid: return "an invalid value"
    }
  }

  /// True when the value or anything inside it failed to parse.
  var containsInvalid: Bool {
    switch self {
    case .invalid: true
    case .string, .integer, .float, .bool, .null: false
    case .list(let elements, _): elements.contains { $0.containsInvalid }
    case .map(let map): map.items.contains { $0.value.containsInvalid }
    }
  }

  /// HookWeakDecodeFromSlice for a non-slice target: a one-element list becomes its element.
  var flattened: GenericValue {
    if case .list(let elements, _) = self, elements.count == 1, let only = elements.first {
      return only.flattened
    }
    return self
  }
}

/// One key of a generic map with its value.
struct GenericItem {
  var key: String
  var keyRange: SourceRange
  var value: GenericValue
}

/// A generic map in source order; keys are unique (repeats were merged while building).
struct GenericMap {
  var items: [GenericItem]
  var range: SourceRange
  /// Key → index in ``items``, built only once the map has ``indexedCount`` keys: almost every
  /// map has a handful, where a scan is cheaper than allocating and hashing into a dictionary,
  /// and big maps (a large `Meta`) stay linear to build.
  private var positions: [String: Int]?
  private static let indexedCount = 16

  init(items: [GenericItem], range: SourceRange) {
    self.items = []
    self.range = range
    for item in items { append(item) }
  }

  /// Where `key` is in ``items``.
  func position(of key: String) -> Int? {
    if let positions { return positions[key] }
    return items.lastIndex { $0.key == key }
  }

  /// Adds an item (a key already present is shadowed, as a dictionary assignment would).
  mutating func append(_ item: GenericItem) {
    items.append(item)
    if positions != nil {
      positions?[item.key] = items.count - 1
    } else if items.count >= Self.indexedCount {
      var built: [String: Int] = [:]
      for (index, existing) in items.enumerated() { built[existing.key] = index }
      positions = built
    }
  }
}

extension GenericValue {
  /// Converts the top-level body of `document`; over-long key chains are cut and reported.
  static func body(of document: Document, context: DecodeContext) -> GenericMap {
    GenericMap.build(document.body, flavor: document.flavor, context: context)
  }
}

/// The most labels a key chain may have (`a "b" "c" { … }` has three). Real entries use two;
/// the cap keeps hostile input from building a tree deep enough to exhaust the stack.
let maximumKeyChainLength = 64

extension GenericMap {
  static func build(_ body: ObjectBody, flavor: SyntaxFlavor, context: DecodeContext) -> GenericMap {
    var map = GenericMap(items: [], range: body.range)
    for item in body.items {
      guard let first = item.keys.first else { continue }
      if item.keys.count > maximumKeyChainLength {
        let extra = item.keys[maximumKeyChainLength]
        context.report(
          .keyChainTooLong,
          "`\(first.name)` has a chain of \(item.keys.count) keys; centry reads at most \(maximumKeyChainLength)",
          at: extra.range.union(item.keys[item.keys.count - 1].range),
          help: "an HCL block takes one label per map level (`Subsets \"v1\" { … }`); remove the extra labels")
        continue
      }
      var value = GenericValue.keyed(item.value, flavor: flavor, context: context)
      // A key chain `a "b" "c" { … }` is `a = [{ b = [{ c = … }] }]`.
      for key in item.keys.dropFirst().reversed() {
        let inner = GenericMap(
          items: [GenericItem(key: key.name, keyRange: key.range, value: value)],
          range: key.range.union(item.value.range))
        value = .list([.map(inner)], inner.range)
      }
      map.add(GenericItem(key: first.name, keyRange: first.range, value: value), flavor: flavor, context: context)
    }
    return map
  }

  /// Adds an item; a repeated key concatenates lists in HCL (blocks and list literals), and
  /// otherwise the last value wins (HCL scalars, every JSON duplicate).
  mutating func add(_ item: GenericItem, flavor: SyntaxFlavor, context: DecodeContext) {
    guard let index = position(of: item.key) else {
      append(item)
      return
    }
    switch (flavor, items[index].value, item.value) {
    case (.hcl, .list(let earlier, let earlierRange), .list(let later, let laterRange)):
      items[index].value = .list(earlier + later, earlierRange.union(laterRange))
    default:
      let earlier = items[index]
      items[index] = item
      if case .invalid = earlier.value { return }
      if case .invalid = item.value { return }
      context.report(
        .repeatedKey, "`\(item.key)` is set again here; Consul keeps only this value", at: item.keyRange,
        notes: [Note("first set here", at: earlier.keyRange)],
        help: "remove one of the two; only blocks and lists under the same key are concatenated")
    }
  }
}

extension GenericValue {
  /// The value of `key = value` or `key { … }`.
  static func keyed(_ value: Value, flavor: SyntaxFlavor, context: DecodeContext) -> GenericValue {
    switch (flavor, value) {
    case (.hcl, .object(let object)):
      // HCL v1: an object under a key is a one-element list of maps.
      return .list([.map(GenericMap.build(object.body, flavor: flavor, context: context))], object.body.range)
    default:
      return element(value, flavor: flavor, context: context)
    }
  }

  /// A value that is a list element (objects stay maps) or a JSON value.
  static func element(_ value: Value, flavor: SyntaxFlavor, context: DecodeContext) -> GenericValue {
    switch value {
    case .string(let literal): return .string(literal.value, literal.range)
    case .number(let literal):
      switch (flavor, literal.value) {
      case (.hcl, .integer(let integer)): return .integer(integer, text: literal.text, literal.range)
      case (.hcl, .float(let double)): return .float(double, text: literal.text, literal.range)
      case (.json, _): return .float(literal.doubleValue, text: literal.text, literal.range)
      }
    case .bool(let bool, let range): return .bool(bool, range)
    case .list(let list):
      return .list(list.elements.map { element($0, flavor: flavor, context: context) }, list.range)
    case .object(let object): return .map(GenericMap.build(object.body, flavor: flavor, context: context))
    case .null(let range): return .null(range)
    case .invalid(let range): return .invalid(range)
    }
  }
}
