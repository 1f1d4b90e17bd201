import CentryCore

// The decoder's value readers: weak conversion as mapstructure does it, `type-mismatch` /
// `invalid-duration` on failure. ``ValueCodec`` builds every field type from these.

extension ObjectReader {
  // MARK: - Scalars

  /// A `time.Duration`: a string through `time.ParseDuration`, a number as nanoseconds.
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

  // MARK: - Maps

  /// The entries of a map-valued field: an object, or a list of objects merged in order.
  private mutating func mapItems(_ name: String, aliases: [String]) -> (GenericItem, [GenericItem], SourceRange)? {
    guard let item = take(name, aliases: aliases),
      let (items, range) = Self.mapItems(item.value, path: path.field(name), context: context)
    else { return nil }
    return (item, items, range)
  }

  /// The entries of a map-valued value: an object, or a list of objects merged in order; `nil`
  /// (after a `type-mismatch`) for a scalar.
  static func mapItems(_ raw: GenericValue, path: DecodePath, context: DecodeContext) -> ([GenericItem], SourceRange)? {
    let value = raw.flattened
    switch value {
    case .map(let map): return (map.items, map.range)
    case .list(let elements, let range):
      var merged: [GenericItem] = []
      for element in elements {
        switch element.flattened {
        case .map(let map): merged += map.items
        case .null, .invalid: break
        case let other: context.typeMismatch(other, expected: "an object", path: path)
        }
      }
      return (merged, range)
    case .null, .invalid: return nil
    case .string, .integer, .float, .bool:
      context.typeMismatch(value, expected: "an object", path: path)
      return nil
    }
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
