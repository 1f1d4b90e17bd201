import CentryCore
import CentryModel

/// Builds one JSON object member by member with Go's `encoding/json` rules for the api structs:
/// `omitempty` fields are dropped when zero, others always written.
///
/// Field order is the order of the calls, which mirror the Go struct declarations.
struct APIObject {
  private(set) var members: [(key: String, value: JSONValue)] = []

  var value: JSONValue { .object(members) }

  /// A member written whatever its value (no `omitempty`, or a struct-valued field).
  mutating func always(_ key: String, _ value: JSONValue) {
    members.append((key, value))
  }

  /// A member written only when `value` is non-nil (a pointer or `omitempty` field).
  mutating func ifPresent(_ key: String, _ value: JSONValue?) {
    if let value { members.append((key, value)) }
  }

  /// `string` with `omitempty`: dropped when absent or `""`.
  mutating func string(_ key: String, _ value: Located<String>?) {
    if let text = value?.value, !text.isEmpty { members.append((key, .string(text))) }
  }

  /// `bool` with `omitempty`: dropped when absent or `false`.
  mutating func bool(_ key: String, _ value: Located<Bool>?) {
    if value?.value == true { members.append((key, .bool(true))) }
  }

  /// An integer with `omitempty`: dropped when absent or 0.
  mutating func int<T: BinaryInteger>(_ key: String, _ value: Located<T>?) {
    if let number = value?.value, number != 0 { members.append((key, APIObject.integer(number))) }
  }

  /// A `[]string` with `omitempty`: dropped when absent or empty.
  mutating func strings(_ key: String, _ value: Located<[Located<String>]>?) {
    let list = value.orEmpty()
    if !list.isEmpty { members.append((key, .array(list.map { .string($0.value) }))) }
  }

  /// A `map[string]string` with `omitempty`: dropped when absent or empty; keys sorted.
  mutating func stringMap(_ key: String, _ value: Located<OrderedMap<String>>?) {
    let entries = value.orEmpty()
    if !entries.isEmpty { members.append((key, APIObject.sortedObject(entries) { .string($0) })) }
  }

  /// A `[]T` of structs with `omitempty`.
  mutating func list<T>(_ key: String, _ value: Located<[Located<T>]>?, _ encode: (T) -> JSONValue) {
    let list = value.orEmpty()
    if !list.isEmpty { members.append((key, .array(list.map { encode($0.value) }))) }
  }

  /// A pointer-to-struct with `omitempty`: written (possibly as `{}`) whenever present.
  mutating func object<T>(_ key: String, _ value: Located<T>?, _ encode: (T) -> JSONValue) {
    if let value { members.append((key, encode(value.value))) }
  }

  /// A `time.Duration` with `omitempty`, encoded as integer nanoseconds.
  mutating func nanoseconds(_ key: String, _ value: Located<GoDuration>?) {
    if let duration = value?.value, duration.nanoseconds != 0 { members.append((key, .int(Int(duration.nanoseconds)))) }
  }

  /// A `time.Duration` that a custom marshaller writes as a Go duration string, omitted when 0.
  mutating func durationString(_ key: String, _ value: Located<GoDuration>?) {
    if let duration = value?.value, duration.nanoseconds != 0 {
      members.append((key, .string(GoFormat.duration(duration.nanoseconds))))
    }
  }

  /// Any Go integer as JSON (uint64 beyond `Int.max` written from its digits).
  static func integer<T: BinaryInteger>(_ value: T) -> JSONValue {
    if let small = Int(exactly: value) { return .int(small) }
    return .number(String(value))
  }

  /// A Go map as an object with keys in byte order (what `encoding/json` does).
  static func sortedObject<V>(_ entries: [MapEntry<V>], _ encode: (V) -> JSONValue) -> JSONValue {
    let sorted = entries.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
    return .object(sorted.map { ($0.key, encode($0.value.value)) })
  }
}
