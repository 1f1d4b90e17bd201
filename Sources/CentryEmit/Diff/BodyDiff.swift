import CentryCore
import CentryModel

/// Compares the JSON body an input would write with the body Consul holds.
///
/// Both sides are normalised first so that only changes Consul would store show up:
/// - Consul's own normalisation on write (``ServerNormalization``: protocols lower-cased, methods
///   upper-cased, weights rounded, proxy-defaults named `global`);
/// - the server-managed fields `CreateIndex`, `ModifyIndex` and `Hash` are dropped;
/// - durations compare by value: a duration string (`"180s"`, `"3m0s"`) in a duration field is
///   rewritten in Go's canonical spelling (`"3m0s"`);
/// - a member whose value is a zero value (`null`, `{}`, `[]`, `""`, `false`, `0`) counts as absent,
///   as it does when Consul decodes a body: the server's own encoding adds such members
///   (`"TransparentProxy":{}`, `"Config":null`) that the api body leaves out;
/// - the members of map-valued fields (`Meta`, `Subsets`, `Failover`, `Config`, header `Add`/`Set`)
///   are sorted, so map order never counts.
public enum BodyDiff {
  /// Fields the server manages; never part of a change.
  static let serverManaged: Set<String> = ["CreateIndex", "ModifyIndex", "Hash"]

  /// Fields whose value is a Go map: their member order is meaningless.
  static let mapFields: Set<String> = [
    "Meta", "Subsets", "Failover", "Config", "Add", "Set", "Arguments",
  ]

  /// The normalised form of a body (see the type's documentation).
  static func normalize(_ body: JSONValue) -> JSONValue {
    guard case .object(let members) = ServerNormalization.apply(body) else { return normalize(body, key: nil) }
    return normalize(.object(members.filter { !serverManaged.contains($0.key) }), key: nil)
  }

  /// True for the values Go's decoder leaves a field at when the key is missing.
  static func isZero(_ value: JSONValue) -> Bool {
    switch value {
    case .null: true
    case .bool(let flag): !flag
    case .int(let number): number == 0
    case .double(let number): number == 0
    case .number(let literal): Double(literal) == 0
    case .string(let text): text.isEmpty
    case .array(let elements): elements.isEmpty
    case .object(let members): members.isEmpty
    }
  }

  private static func normalize(_ value: JSONValue, key: String?) -> JSONValue {
    switch value {
    case .object(let members):
      var normalized = members.map { (key: $0.key, value: normalize($0.value, key: $0.key)) }
      // Map entries keep zero values (`Meta = { a = "" }` is an entry); struct fields do not.
      if !(key.map(mapFields.contains) ?? false) { normalized.removeAll { isZero($0.value) } }
      if let key, mapFields.contains(key) {
        normalized.sort { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
      }
      return .object(normalized)
    case .array(let elements):
      return .array(elements.map { normalize($0, key: key) })
    case .string(let text):
      guard let key, isDurationField(key), let nanoseconds = GoDuration.parse(text) else {
        return value
      }
      return .string(GoFormat.duration(nanoseconds))
    case .null, .bool, .int, .double, .number:
      return value
    }
  }

  /// True for the api fields that hold a `time.Duration` (`ConnectTimeout`, `RequestTimeout`,
  /// `IdleTimeout`, `Interval`, `BaseEjectionTime`, `TTL`, `CacheDuration` …).
  static func isDurationField(_ key: String) -> Bool {
    key.hasSuffix("Timeout") || key.hasSuffix("Interval") || key.hasSuffix("Time") || key == "TTL"
      || key.hasSuffix("Duration")
  }

  /// True when writing `input` over `live` would change what Consul stores.
  public static func differs(live: JSONValue, input: JSONValue) -> Bool {
    normalize(live) != normalize(input)
  }

  /// The unified diff of the normalised bodies (2-space indented JSON); empty when they are equal.
  /// A missing live entry diffs against nothing (every line added).
  public static func unified(live: JSONValue?, input: JSONValue, liveName: String, inputName: String) -> String {
    let old = live.map { normalize($0).serialized(.pretty) } ?? ""
    let new = normalize(input).serialized(.pretty)
    return UnifiedDiff.render(old: old, new: new, oldName: live == nil ? "/dev/null" : liveName, newName: inputName)
  }
}
