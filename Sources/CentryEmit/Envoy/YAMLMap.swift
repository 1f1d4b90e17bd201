/// Builds one YAML mapping key by key, in call order.
struct YAMLMap {
  private(set) var members: [(key: String, value: YAMLNode)] = []

  var node: YAMLNode { .mapping(members) }

  init() {}

  /// An empty map with room for `capacity` members (no regrowth while a known shape is built).
  init(capacity: Int) {
    members.reserveCapacity(capacity)
  }
  var isEmpty: Bool { members.isEmpty }

  mutating func add(_ key: String, _ value: YAMLNode) {
    members.append((key, value))
  }

  mutating func add(_ key: String, _ value: String) {
    members.append((key, .string(value)))
  }

  /// Adds the member only when `value` is non-nil.
  mutating func add(_ key: String, ifPresent value: YAMLNode?) {
    if let value { members.append((key, value)) }
  }

  /// An empty mapping (`{}`).
  static let empty: YAMLNode = .mapping([])

  /// A mapping from literal pairs.
  static func of(_ pairs: (String, YAMLNode)...) -> YAMLNode {
    .mapping(pairs.map { (key: $0.0, value: $0.1) })
  }
}

/// Envoy type URLs of the resources and `Any` payloads we write.
enum EnvoyType {
  static let routeConfiguration = "type.googleapis.com/envoy.config.route.v3.RouteConfiguration"
  static let cluster = "type.googleapis.com/envoy.config.cluster.v3.Cluster"
  static let upstreamTLSContext = "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext"
  static let aggregateClusterConfig = "type.googleapis.com/envoy.extensions.clusters.aggregate.v3.ClusterConfig"
  static let httpProtocolOptions = "type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions"
}

/// Protobuf JSON spellings Envoy reads.
enum ProtoJSON {
  /// A `google.protobuf.Duration` in canonical JSON: `5s`, `1.500s`, `0.000250s` (0, 3, 6 or 9
  /// fraction digits).
  static func duration(nanoseconds: Int64) -> String {
    let negative = nanoseconds < 0
    let magnitude = nanoseconds.magnitude
    let seconds = magnitude / 1_000_000_000
    let nanos = magnitude % 1_000_000_000
    var text = String(seconds)
    if nanos != 0 {
      let (value, width): (UInt64, Int) =
        nanos % 1_000_000 == 0 ? (nanos / 1_000_000, 3) : nanos % 1_000 == 0 ? (nanos / 1_000, 6) : (nanos, 9)
      let digits = String(value)
      text += "." + String(repeating: "0", count: width - digits.count) + digits
    }
    return (negative ? "-" : "") + text + "s"
  }
}

/// Go's `regexp.QuoteMeta`: backslash before every regex metacharacter.
enum GoRegexp {
  static func quoteMeta(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\.+*?()|[]{}^$".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
