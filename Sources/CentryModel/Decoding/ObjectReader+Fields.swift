import CentryCore

// Typed field readers: each takes a field (name and aliases), converts its value weakly as
// mapstructure would, and reports `type-mismatch` / `invalid-duration` on failure.

extension ObjectReader {
  // MARK: - Scalars

  mutating func string(_ name: String, alias: String...) -> Located<String>? {
    scalar(name, aliases: alias, expected: "a string") { WeakConversion.string($0) }
  }

  mutating func bool(_ name: String, alias: String...) -> Located<Bool>? {
    scalar(name, aliases: alias, expected: "a boolean") { WeakConversion.bool($0) }
  }

  /// A Go `int` (64-bit).
  mutating func int(_ name: String, alias: String...) -> Located<Int>? {
    scalar(name, aliases: alias, expected: "an integer") { WeakConversion.signed($0, bits: 64).map { Int($0) } }
  }

  mutating func uint32(_ name: String, alias: String...) -> Located<UInt32>? {
    scalar(name, aliases: alias, expected: "an unsigned integer") {
      WeakConversion.unsigned($0, bits: 32).map { UInt32(truncatingIfNeeded: $0) }
    }
  }

  mutating func uint64(_ name: String, alias: String...) -> Located<UInt64>? {
    scalar(name, aliases: alias, expected: "an unsigned integer") { WeakConversion.unsigned($0, bits: 64) }
  }

  /// A Go `float32` field, kept as the parsed `Double`.
  mutating func float(_ name: String, alias: String...) -> Located<Double>? {
    scalar(name, aliases: alias, expected: "a number") { WeakConversion.float($0) }
  }

  /// A `time.Duration`: a string through `time.ParseDuration`, a number as nanoseconds.
  mutating func duration(_ name: String, alias: String...) -> Located<GoDuration>? {
    guard let item = take(name, aliases: alias) else { return nil }
    return Self.duration(item.value, keyRange: item.keyRange, path: path.field(name), context: context)
  }

  static func duration(
    _ raw: GenericValue, keyRange: SourceRange?, path: DecodePath, context: DecodeContext
  ) -> Located<GoDuration>? {
    let value = raw.flattened
    switch value {
    case .string(let text, let range):
      switch GoDurationParser.parse(text) {
      case .success(let nanoseconds):
        return Located(GoDuration(nanoseconds: nanoseconds, text: text), keyRange: keyRange, valueRange: range)
      case .failure(let failure):
        let help: String
        switch failure {
        case .missingUnit: help = "add a unit: `ns`, `us`, `ms`, `s`, `m` or `h` (e.g. `\"\(text)s\"`)"
        case .unknownUnit: help = "valid units are `ns`, `us` (or `µs`), `ms`, `s`, `m` and `h`; there is no `d`"
        case .invalid: help = "write a Go duration such as `\"1m30s\"`, `\"250ms\"` or `\"-1s\"`"
        }
        context.report(
          .invalidDuration, "invalid duration for `\(path)`: \(failure.goMessage(text))", at: range, help: help)
        return nil
      }
    case .integer, .float, .bool:
      switch WeakConversion.signed(value, bits: 64) {
      case .success(let nanoseconds):
        let text: String
        switch value {
        case .integer(_, let written, _), .float(_, let written, _): text = written
        case .bool(let bool, _): text = String(bool)
        case .string, .list, .map, .null, .invalid: text = ""
        }
        return Located(
          GoDuration(nanoseconds: nanoseconds, text: text, isBareNumber: true), keyRange: keyRange,
          valueRange: value.range)
      case .failure:
        context.typeMismatch(value, expected: "a duration", path: path)
        return nil
      }
    case .null, .invalid: return nil
    case .list, .map:
      context.typeMismatch(value, expected: "a duration string such as `\"10s\"`", path: path)
      return nil
    }
  }

  private mutating func scalar<T>(
    _ name: String, aliases: [String], expected: String,
    convert: (GenericValue) -> Result<T, WeakConversion.Failure>
  ) -> Located<T>? {
    guard let item = take(name, aliases: aliases) else { return nil }
    return Self.scalar(
      item.value, keyRange: item.keyRange, path: path.field(name), expected: expected, context: context,
      convert: convert)
  }

  static func scalar<T>(
    _ raw: GenericValue, keyRange: SourceRange?, path: DecodePath, expected: String, context: DecodeContext,
    convert: (GenericValue) -> Result<T, WeakConversion.Failure>
  ) -> Located<T>? {
    let value = raw.flattened
    switch value {
    case .null, .invalid: return nil
    case .string, .integer, .float, .bool, .list, .map:
      switch convert(value) {
      case .success(let converted): return Located(converted, keyRange: keyRange, valueRange: value.range)
      case .failure(.unconvertible):
        context.typeMismatch(value, expected: expected, path: path)
      case .failure(.unparsable(let reason)):
        context.typeMismatch(value, expected: expected, path: path, detail: reason)
      }
      return nil
    }
  }

  // MARK: - Objects

  /// A struct-valued field decoded by `decode`.
  mutating func object<T>(_ name: String, alias: String..., decode: (inout ObjectReader) -> T) -> Located<T>? {
    guard let item = take(name, aliases: alias) else { return nil }
    let fieldPath = path.field(name)
    let value = item.value.flattened
    guard var reader = ObjectReader.open(item.value, path: fieldPath, context: context, field: name) else { return nil }
    let decoded = decode(&reader)
    reader.finish()
    return Located(decoded, keyRange: item.keyRange, valueRange: value.range)
  }

  // MARK: - Lists

  /// The elements of a slice-valued field: a list as is, an empty object as an empty list, any
  /// other single value as a one-element list (weak decoding).
  private mutating func elements(_ name: String, aliases: [String]) -> (GenericItem, [GenericValue])? {
    guard let item = take(name, aliases: aliases) else { return nil }
    switch item.value {
    case .list(let elements, _): return (item, elements)
    case .map(let map) where map.items.isEmpty: return (item, [])
    case .null, .invalid: return nil
    case .string, .integer, .float, .bool, .map: return (item, [item.value])
    }
  }

  mutating func list<T>(_ name: String, alias: String..., decode: (inout ObjectReader) -> T) -> Located<[Located<T>]>? {
    guard let (item, elements) = elements(name, aliases: alias) else { return nil }
    var result: [Located<T>] = []
    for (index, element) in elements.enumerated() {
      let elementPath = path.field(name).index(index)
      let flat = element.flattened
      guard var reader = ObjectReader.open(element, path: elementPath, context: context, field: name) else { continue }
      let decoded = decode(&reader)
      reader.finish()
      result.append(Located(decoded, valueRange: flat.range))
    }
    return Located(result, keyRange: item.keyRange, valueRange: item.value.range)
  }

  mutating func stringList(_ name: String, alias: String...) -> Located<[Located<String>]>? {
    scalarList(name, aliases: alias, expected: "a string") { WeakConversion.string($0) }
  }

  mutating func uint32List(_ name: String, alias: String...) -> Located<[Located<UInt32>]>? {
    scalarList(name, aliases: alias, expected: "an unsigned integer") {
      WeakConversion.unsigned($0, bits: 32).map { UInt32(truncatingIfNeeded: $0) }
    }
  }

  private mutating func scalarList<T>(
    _ name: String, aliases: [String], expected: String, convert: (GenericValue) -> Result<T, WeakConversion.Failure>
  ) -> Located<[Located<T>]>? {
    guard let (item, elements) = elements(name, aliases: aliases) else { return nil }
    var result: [Located<T>] = []
    for (index, element) in elements.enumerated() {
      if let value = Self.scalar(
        element, keyRange: nil, path: path.field(name).index(index), expected: expected, context: context,
        convert: convert)
      {
        result.append(value)
      }
    }
    return Located(result, keyRange: item.keyRange, valueRange: item.value.range)
  }

  // MARK: - Maps

  /// The entries of a map-valued field: an object, or a list of objects merged in order.
  private mutating func mapItems(_ name: String, aliases: [String]) -> (GenericItem, [GenericItem], SourceRange)? {
    guard let item = take(name, aliases: aliases) else { return nil }
    let fieldPath = path.field(name)
    let value = item.value.flattened
    switch value {
    case .map(let map): return (item, map.items, map.range)
    case .list(let elements, let range):
      var merged: [GenericItem] = []
      for element in elements {
        switch element.flattened {
        case .map(let map): merged += map.items
        case .null, .invalid: break
        case let other: context.typeMismatch(other, expected: "an object", path: fieldPath)
        }
      }
      return (item, merged, range)
    case .null, .invalid: return nil
    case .string, .integer, .float, .bool:
      context.typeMismatch(value, expected: "an object", path: fieldPath)
      return nil
    }
  }

  /// A `map[string]string` (Meta, header `Add`/`Set`). Keys verbatim; values weakly converted.
  /// With `warnNonString`, a non-string value gets a `meta-not-string` warning.
  mutating func stringMap(_ name: String, alias: String..., warnNonString: Bool = false) -> Located<OrderedMap<String>>?
  {
    guard let (item, items, range) = mapItems(name, aliases: alias) else { return nil }
    var map = OrderedMap<String>()
    for entry in items {
      let entryPath = path.field(name).key(entry.key)
      guard
        let value = Self.scalar(
          entry.value, keyRange: entry.keyRange, path: entryPath, expected: "a string", context: context,
          convert: { WeakConversion.string($0) })
      else { continue }
      if warnNonString {
        switch entry.value.flattened {
        case .string, .null, .invalid, .list, .map: break
        case .integer, .float, .bool:
          context.report(
            .metaNotString,
            "`\(entryPath)` is \(entry.value.flattened.found); Consul stores it as the string `\"\(value.value)\"`",
            at: entry.value.range, help: "quote the value: `\"\(value.value)\"`",
            suggestion: Suggestion("write `\"\(value.value)\"`", replacement: "\"\(value.value)\""))
        }
      }
      map.insert(MapEntry(key: entry.key, keyRange: entry.keyRange, value: value))
    }
    return Located(map, keyRange: item.keyRange, valueRange: range)
  }

  /// A `map[string]Struct` (Subsets, Failover).
  mutating func structMap<T>(_ name: String, alias: String..., decode: (inout ObjectReader) -> T) -> Located<
    OrderedMap<T>
  >? {
    guard let (item, items, range) = mapItems(name, aliases: alias) else { return nil }
    var map = OrderedMap<T>()
    for entry in items {
      let entryPath = path.field(name).key(entry.key)
      let flat = entry.value.flattened
      guard
        var reader = ObjectReader.open(entry.value, path: entryPath, context: context, field: "\(name)[\(entry.key)]")
      else { continue }
      let decoded = decode(&reader)
      reader.finish()
      map.insert(
        MapEntry(
          key: entry.key, keyRange: entry.keyRange,
          value: Located(decoded, keyRange: entry.keyRange, valueRange: flat.range)))
    }
    return Located(map, keyRange: item.keyRange, valueRange: range)
  }

  /// A `map[string]interface{}` (proxy-defaults `Config`, extension `Arguments`), as Consul's
  /// decoder leaves it (spec decoding-and-api §1.4). HookWeakDecodeFromSlice runs once on each
  /// value, whose target is an `interface{}`: a one-element list becomes its element, "unsliced"
  /// (``unsliced(_:)``); any other value, a list of zero or two or more elements or a JSON object
  /// included, is assigned as it is, nothing inside it flattened.
  mutating func opaqueMap(_ name: String, alias: String...) -> Located<OrderedMap<OpaqueValue>>? {
    guard let (item, items, range) = mapItems(name, aliases: alias) else { return nil }
    var map = OrderedMap<OpaqueValue>()
    for entry in items {
      let value: OpaqueValue
      let valueRange: SourceRange
      if case .list(let elements, _) = entry.value, elements.count == 1, let only = elements.first {
        value = Self.unsliced(only)
        valueRange = only.range
      } else {
        value = Self.verbatim(entry.value)
        valueRange = entry.value.range
      }
      map.insert(
        MapEntry(
          key: entry.key, keyRange: entry.keyRange,
          value: Located(value, keyRange: entry.keyRange, valueRange: valueRange)))
    }
    return Located(map, keyRange: item.keyRange, valueRange: range)
  }

  /// Consul's `unSlice`: a reflectwalk over the whole value that replaces every map value that is
  /// a one-element list by its element, in maps at any depth (inside lists of any length too);
  /// list elements themselves are never replaced.
  static func unsliced(_ value: GenericValue) -> OpaqueValue {
    switch value {
    case .list(let elements, _):
      return .list(elements.map { Located(unsliced($0), valueRange: $0.range) })
    case .map(let map):
      var result = OrderedMap<OpaqueValue>()
      for item in map.items {
        var inner = item.value
        if case .list(let elements, _) = inner, elements.count == 1, let only = elements.first { inner = only }
        result.insert(
          MapEntry(
            key: item.key, keyRange: item.keyRange,
            value: Located(unsliced(inner), keyRange: item.keyRange, valueRange: inner.range)))
      }
      return .object(result)
    case .string, .integer, .float, .bool, .null, .invalid:
      return verbatim(value)
    }
  }

  /// A value exactly as written: what mapstructure assigns to an `interface{}` target.
  static func verbatim(_ value: GenericValue) -> OpaqueValue {
    switch value {
    case .string(let string, _): return .string(string)
    case .integer(let integer, _, _): return .integer(integer)
    case .float(let double, _, _): return .float(double)
    case .bool(let bool, _): return .bool(bool)
    case .null, .invalid: return .null
    case .list(let elements, _):
      return .list(elements.map { Located(verbatim($0), valueRange: $0.range) })
    case .map(let map):
      var result = OrderedMap<OpaqueValue>()
      for item in map.items {
        result.insert(
          MapEntry(
            key: item.key, keyRange: item.keyRange,
            value: Located(verbatim(item.value), keyRange: item.keyRange, valueRange: item.value.range)))
      }
      return .object(result)
    }
  }
}
