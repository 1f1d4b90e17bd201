import CentryCore

/// A decoded value and where it was written.
///
/// Every field of the typed model is a `Located` so that rules can point at the offending key or
/// value. Equality and hashing compare only ``value``: the same entry written in HCL, JSON or with
/// snake_case keys gives equal models although every range differs.
public struct Located<T> {
  public var value: T
  /// The value as written (after block flattening: the object's braces for a block).
  public var valueRange: SourceRange
  // The key range without `Optional`'s tag byte: an optional `SourceRange` takes 16 bytes
  // after alignment, three 32-bit numbers take 12 (a file index of -1 is "no key"). Every field of
  // the model is a `Located`, so this is 8 bytes of every located string, list or map (48 → 40).
  private var keyFile: Int32
  private var keyStart: Int32
  private var keyEnd: Int32

  /// The key the value was written under (`PathPrefix` in `PathPrefix = "/"`); `nil` for list
  /// elements and for values that have no key of their own.
  public var keyRange: SourceRange? {
    get {
      guard keyFile >= 0 else { return nil }
      return SourceRange(file: FileID(Int(keyFile)), start: Int(keyStart), end: Int(keyEnd))
    }
    set {
      // The same clamping as `SourceRange`'s own 32-bit storage.
      keyFile = newValue.map { Int32(clamping: $0.file.index) } ?? -1
      keyStart = Int32(clamping: newValue?.start ?? 0)
      keyEnd = Int32(clamping: newValue?.end ?? 0)
    }
  }

  public init(_ value: T, keyRange: SourceRange? = nil, valueRange: SourceRange) {
    self.value = value
    self.valueRange = valueRange
    keyFile = keyRange.map { Int32(clamping: $0.file.index) } ?? -1
    keyStart = Int32(clamping: keyRange?.start ?? 0)
    keyEnd = Int32(clamping: keyRange?.end ?? 0)
  }

  /// From the key (when there is one) to the end of the value.
  public var range: SourceRange {
    guard let keyRange, keyRange.file == valueRange.file else { return valueRange }
    return keyRange.union(valueRange)
  }

  /// The key's range when there is one, else the value's: where "this field" is.
  public var keyOrValueRange: SourceRange { keyRange ?? valueRange }

  /// The same location with another value.
  public func map<U>(_ transform: (T) -> U) -> Located<U> {
    Located<U>(transform(value), keyRange: keyRange, valueRange: valueRange)
  }
}

extension Located: Sendable where T: Sendable {}

extension Located: Equatable where T: Equatable {
  /// Compares values only; ranges are where, not what.
  public static func == (a: Located, b: Located) -> Bool { a.value == b.value }
}

extension Located: Hashable where T: Hashable {
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Optional {
  /// The elements of an optional located list, or `[]` when the field is absent.
  public func orEmpty<Element>() -> [Element] where Wrapped == Located<[Element]> {
    self?.value ?? []
  }

  /// The entries of an optional located map, or `[]` when the field is absent.
  public func orEmpty<V>() -> [MapEntry<V>] where Wrapped == Located<OrderedMap<V>> {
    self?.value.entries ?? []
  }
}

/// One `key = value` of a data map (Meta, Subsets, Failover, header `Add`/`Set`, opaque Config).
public struct MapEntry<V> {
  /// The key verbatim (map keys are data: never translated, case-sensitive).
  public var key: String
  public var keyRange: SourceRange
  /// The value; its `keyRange` is ``keyRange`` too.
  public var value: Located<V>

  public init(key: String, keyRange: SourceRange, value: Located<V>) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

extension MapEntry: Sendable where V: Sendable {}

extension MapEntry: Equatable where V: Equatable {
  public static func == (a: MapEntry, b: MapEntry) -> Bool { a.key == b.key && a.value == b.value }
}

extension MapEntry: Hashable where V: Hashable {
  public func hash(into hasher: inout Hasher) {
    hasher.combine(key)
    hasher.combine(value)
  }
}

/// A Go `map[string]T` that remembers the order it was written in.
///
/// Consul's maps are unordered; keeping the written order gives deterministic output and lets
/// messages follow the file. A key written twice keeps its first position and its last value, as
/// Go's map assignment does; ``duplicateKeys`` records the earlier occurrences.
public struct OrderedMap<V> {
  public private(set) var entries: [MapEntry<V>]
  /// Earlier occurrences of keys that were written again later (the later value won).
  public private(set) var duplicateKeys: [MapEntry<V>]
  /// Key → index in ``entries``, so that big maps stay linear to build; empty (no allocation)
  /// while the map has at most ``linearLimit`` entries, which are searched in order instead:
  /// most maps (Meta, a header's `Set`) hold a handful of keys, and a dictionary per map was
  /// megabytes of a large lint.
  private var positions: [String: Int]
  private static var linearLimit: Int { 8 }

  public init(_ entries: [MapEntry<V>] = []) {
    self.entries = []
    self.duplicateKeys = []
    self.positions = [:]
    for entry in entries { insert(entry) }
  }

  /// Makes room for `count` entries, so that a map of known size is allocated once and exactly.
  public mutating func reserveCapacity(_ count: Int) {
    entries.reserveCapacity(count)
  }

  /// Adds or replaces (last value wins, first position kept).
  public mutating func insert(_ entry: MapEntry<V>) {
    if let index = position(of: entry.key) {
      duplicateKeys.append(entries[index])
      entries[index] = entry
      return
    }
    entries.append(entry)
    if !positions.isEmpty {
      positions[entry.key] = entries.count - 1
    } else if entries.count > Self.linearLimit {
      positions.reserveCapacity(entries.count)
      for (index, entry) in entries.enumerated() { positions[entry.key] = index }
    }
  }

  /// The index of `key` in ``entries``.
  private func position(of key: String) -> Int? {
    positions.isEmpty ? entries.firstIndex { $0.key == key } : positions[key]
  }

  /// The value under exactly `key` (case-sensitive, as Go map lookups).
  public subscript(key: String) -> Located<V>? {
    position(of: key).map { entries[$0].value }
  }

  public var keys: [String] { entries.map(\.key) }
  public var count: Int { entries.count }
  public var isEmpty: Bool { entries.isEmpty }
}

extension OrderedMap: Sendable where V: Sendable {}

extension OrderedMap: Equatable where V: Equatable {
  /// Same keys and values, in any order (Go maps are unordered).
  public static func == (a: OrderedMap, b: OrderedMap) -> Bool {
    guard a.entries.count == b.entries.count else { return false }
    return a.entries.allSatisfy { entry in b[entry.key].map { $0 == entry.value } ?? false }
  }
}

extension OrderedMap: Hashable where V: Hashable {
  public func hash(into hasher: inout Hasher) {
    hasher.combine(entries.count)
    for key in entries.map(\.key).sorted() { hasher.combine(key) }
  }
}

/// A Go `time.Duration`: signed nanoseconds, plus how it was written.
public struct GoDuration: Sendable, Hashable {
  /// Signed nanoseconds (Go's `int64`).
  public var nanoseconds: Int64
  /// The text as written (`"1m30s"`, or the number's text for a bare number).
  public var text: String
  /// True when written as a bare number, which Consul takes as nanoseconds (`5` is 5ns).
  public var isBareNumber: Bool

  public init(nanoseconds: Int64, text: String, isBareNumber: Bool = false) {
    self.nanoseconds = nanoseconds
    self.text = text
    self.isBareNumber = isBareNumber
  }

  /// Compares durations by value only (`"90s"` equals `"1m30s"`).
  public static func == (a: GoDuration, b: GoDuration) -> Bool { a.nanoseconds == b.nanoseconds }
  public func hash(into hasher: inout Hasher) { hasher.combine(nanoseconds) }
}

/// A JSON-like value of an opaque field (proxy-defaults `Config`, EnvoyExtension `Arguments`).
///
/// Consul keeps these as `interface{}`; one-element lists inside them are flattened recursively by
/// its decoder (spec decoding §1.4), which the decoder reproduces.
public indirect enum OpaqueValue: Sendable, Hashable {
  case string(String)
  /// An HCL integer.
  case integer(Int64)
  /// An HCL float or any JSON number (Go `float64`).
  case float(Double)
  case bool(Bool)
  case list([Located<OpaqueValue>])
  case object(OrderedMap<OpaqueValue>)
  case null

  /// Numbers compare by value, so an HCL integer equals the same JSON number (a Go `float64`).
  public static func == (a: OpaqueValue, b: OpaqueValue) -> Bool {
    switch (a, b) {
    case (.string(let x), .string(let y)): x == y
    case (.bool(let x), .bool(let y)): x == y
    case (.list(let x), .list(let y)): x == y
    case (.object(let x), .object(let y)): x == y
    case (.null, .null): true
    case (.integer, _), (.float, _):
      a.number.flatMap { x in b.number.map { x == $0 } } ?? false
    case (.string, _), (.bool, _), (.list, _), (.object, _), (.null, _): false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .string(let string): hasher.combine(string)
    case .integer(let integer): hasher.combine(Double(integer))
    case .float(let double): hasher.combine(double)
    case .bool(let bool): hasher.combine(bool)
    case .list(let list): hasher.combine(list)
    case .object(let object): hasher.combine(object)
    case .null: hasher.combine(0)
    }
  }

  /// The value of a number as a `Double`, `nil` for other values.
  public var number: Double? {
    switch self {
    case .integer(let integer): Double(integer)
    case .float(let double): double
    case .string, .bool, .list, .object, .null: nil
    }
  }

  /// Go's weak conversion of a scalar to a string (`protocol = 1` → `"1"`), `nil` for others.
  public var weakString: String? {
    switch self {
    case .string(let string): string
    case .integer(let integer): String(integer)
    case .float(let double): GoFormat.float(double)
    case .bool(let bool): bool ? "1" : "0"
    case .list, .object, .null: nil
    }
  }
}
