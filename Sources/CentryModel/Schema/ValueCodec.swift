import CentryCore

/// A field's value type: how the decoder reads it (weakly typed, as mapstructure does) and how
/// the walker shows it. Codecs compose: `.list(.object)`, `.map(.string)`, `.map(.object)`.
///
/// Built once per field, when its description is; decoding calls the stored closures.
public struct ValueCodec<Value>: Sendable {
  public let type: FieldType
  /// Decodes a value found under a key, as a list element (no key) or as a map value.
  let decodeValue: @Sendable (GenericValue, DecodeSite) -> Located<Value>?
  /// Reads the field from the object itself instead (opaque maps keep their own reader).
  let decodeField: (@Sendable (inout ObjectReader, FieldInfo) -> Located<Value>?)?
  let walk: @Sendable (Value) -> SchemaValue

  init(
    type: FieldType, decodeValue: @escaping @Sendable (GenericValue, DecodeSite) -> Located<Value>?,
    decodeField: (@Sendable (inout ObjectReader, FieldInfo) -> Located<Value>?)? = nil,
    walk: @escaping @Sendable (Value) -> SchemaValue
  ) {
    self.type = type
    self.decodeValue = decodeValue
    self.decodeField = decodeField
    self.walk = walk
  }

  /// A scalar converted weakly; `expected` names the type in `type-mismatch` messages.
  static func scalar(
    _ type: FieldType, expected: String,
    convert: @escaping @Sendable (GenericValue) -> Result<Value, WeakConversion.Failure>,
    walk: @escaping @Sendable (Value) -> SchemaValue
  ) -> ValueCodec {
    ValueCodec(
      type: type,
      decodeValue: { value, site in
        ObjectReader.scalar(
          value, keyRange: site.keyRange, path: site.path, expected: expected, context: site.context, convert: convert)
      }, walk: walk)
  }
}

/// Where a value being decoded sits: for paths, messages and the located result.
struct DecodeSite {
  /// The key it was written under (`nil` for a list element).
  var keyRange: SourceRange?
  var path: DecodePath
  /// The field's name, for messages.
  var field: String
  /// The map key, for a map value.
  var mapKey: String? = nil
  var context: DecodeContext

  /// How messages name the value: `Match`, or `Subsets[v1]` for a map value (built only when
  /// needed: most map values are strings, which never name themselves).
  var label: String { mapKey.map { "\(field)[\($0)]" } ?? field }
}

// MARK: - Scalars

extension ValueCodec where Value == String {
  public static var string: ValueCodec {
    scalar(.string, expected: "a string", convert: { WeakConversion.string($0) }, walk: { .string($0) })
  }
}

extension ValueCodec where Value == Bool {
  public static var bool: ValueCodec {
    scalar(.bool, expected: "a boolean", convert: { WeakConversion.bool($0) }, walk: { .bool($0) })
  }
}

extension ValueCodec where Value == Int {
  /// A Go `int` (64-bit).
  public static var int: ValueCodec {
    scalar(
      .int, expected: "an integer", convert: { WeakConversion.signed($0, bits: 64).map { Int($0) } },
      walk: { .int(Int64($0)) })
  }
}

extension ValueCodec where Value == UInt32 {
  public static var uint32: ValueCodec {
    scalar(
      .uint32, expected: "an unsigned integer",
      convert: { WeakConversion.unsigned($0, bits: 32).map { UInt32(truncatingIfNeeded: $0) } },
      walk: { .uint(UInt64($0)) })
  }
}

extension ValueCodec where Value == UInt64 {
  public static var uint64: ValueCodec {
    scalar(
      .uint64, expected: "an unsigned integer", convert: { WeakConversion.unsigned($0, bits: 64) },
      walk: { .uint($0) })
  }
}

extension ValueCodec where Value == Double {
  /// A Go `float32`, kept as the parsed `Double` (checks do the float32 arithmetic).
  public static var float32: ValueCodec {
    scalar(.float32, expected: "a number", convert: { WeakConversion.float($0) }, walk: { .float32($0) })
  }
}

extension ValueCodec where Value == GoDuration {
  /// A `time.Duration`: a string through `time.ParseDuration`, a number as nanoseconds.
  public static var duration: ValueCodec {
    ValueCodec(
      type: .duration,
      decodeValue: { value, site in
        ObjectReader.duration(value, keyRange: site.keyRange, path: site.path, context: site.context)
      }, walk: { .duration($0) })
  }
}

// MARK: - Structs, lists and maps

extension ValueCodec where Value: Described {
  /// A nested struct, decoded by its own description; unknown keys inside are reported there.
  public static var object: ValueCodec {
    let schema = Value.schema
    return ValueCodec(
      type: .object(schema.info),
      decodeValue: { value, site in
        let flat = value.flattened
        guard
          var reader = ObjectReader.open(
            value, path: site.path, context: site.context, field: site.label, fields: schema.info)
        else { return nil }
        let decoded = schema.decode(&reader)
        reader.finish()
        return Located(decoded, keyRange: site.keyRange, valueRange: flat.range)
      }, walk: { .object(schema.walk($0)) })
  }
}

extension ValueCodec {
  /// A Go slice: a list as is, an empty object as an empty list, any other single value as a
  /// one-element list (weak decoding). Elements that fail to decode are left out.
  public static func list<Element>(_ element: ValueCodec<Element>) -> ValueCodec
  where Value == [Located<Element>] {
    ValueCodec(
      type: .list(element.type),
      decodeValue: { value, site in
        let elements: [GenericValue]
        switch value {
        case .list(let list, _): elements = list
        case .map(let map) where map.items.isEmpty: elements = []
        case .null, .invalid: return nil
        case .string, .integer, .float, .bool, .map: elements = [value]
        }
        var result: [Located<Element>] = []
        // The exact size: grown by doubling, a list of three routes or splits had room for four
        // (elements that fail to decode are rare).
        result.reserveCapacity(elements.count)
        for (index, item) in elements.enumerated() {
          let itemSite = DecodeSite(
            keyRange: nil, path: site.path.index(index), field: site.field, context: site.context)
          if let decoded = element.decodeValue(item, itemSite) { result.append(decoded) }
        }
        return Located(result, keyRange: site.keyRange, valueRange: value.range)
      }, walk: { list in .list(list.map { $0.map(element.walk) }) })
  }

  /// A Go `map[string]T`: an object, or a list of objects merged in order. Keys are data (kept
  /// verbatim); values that fail to decode are left out.
  public static func map<Element>(_ element: ValueCodec<Element>) -> ValueCodec
  where Value == OrderedMap<Element> {
    ValueCodec(
      type: .map(element.type),
      decodeValue: { value, site in
        guard let (items, range) = ObjectReader.mapItems(value, path: site.path, context: site.context) else {
          return nil
        }
        var map = OrderedMap<Element>()
        map.reserveCapacity(items.count)
        for entry in items {
          let entrySite = DecodeSite(
            keyRange: entry.keyRange, path: site.path.key(entry.key), field: site.field, mapKey: entry.key,
            context: site.context)
          guard let decoded = element.decodeValue(entry.value, entrySite) else { continue }
          map.insert(MapEntry(key: entry.key, keyRange: entry.keyRange, value: decoded))
        }
        return Located(map, keyRange: site.keyRange, valueRange: range)
      },
      walk: { map in
        .map(map.entries.map { MapEntry(key: $0.key, keyRange: $0.keyRange, value: $0.value.map(element.walk)) })
      })
  }
}

extension ValueCodec where Value == OrderedMap<String> {
  /// An entry's `Meta`: a `map[string]string` whose number or boolean values are converted with
  /// a `meta-not-string` warning.
  public static var meta: ValueCodec { .map(.metaValue) }
}

extension ValueCodec where Value == String {
  /// A `Meta` value: a string, or a number or boolean that Consul stores converted (warned).
  static var metaValue: ValueCodec {
    let string = ValueCodec.string
    return ValueCodec(
      type: .string,
      decodeValue: { value, site in
        guard let decoded = string.decodeValue(value, site) else { return nil }
        switch value.flattened {
        case .string, .null, .invalid, .list, .map: break
        case .integer, .float, .bool:
          site.context.report(
            .metaNotString,
            "`\(site.path)` is \(value.flattened.found); Consul stores it as the string `\"\(decoded.value)\"`",
            at: value.range, help: "quote the value: `\"\(decoded.value)\"`",
            suggestion: Suggestion("write `\"\(decoded.value)\"`", replacement: "\"\(decoded.value)\""))
        }
        return decoded
      }, walk: string.walk)
  }
}

extension ValueCodec where Value == OrderedMap<OpaqueValue> {
  /// A `map[string]interface{}` (proxy `Config`, extension `Arguments`), read by the reader's
  /// own opaque-value decoding (Consul's recursive flattening, spec decoding §1.4).
  public static var anyMap: ValueCodec {
    ValueCodec(
      type: .map(.any),
      decodeValue: { _, _ in nil },
      decodeField: { reader, field in reader.opaqueMap(field.name) },
      walk: { map in
        .map(map.entries.map { MapEntry(key: $0.key, keyRange: $0.keyRange, value: $0.value.map { .any($0) }) })
      })
  }
}
