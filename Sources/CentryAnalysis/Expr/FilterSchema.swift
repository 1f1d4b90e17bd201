/// The type of a field that a bexpr selector can reach.
public indirect enum FilterType: Sendable, Hashable {
  case string
  case integer
  case float
  case boolean
  /// A list; `in`/`contains` test membership, and sub-selectors apply to every element (any match).
  case list(FilterType)
  /// A map with string keys; the next selector segment is a key.
  case map(FilterType)
  /// A struct with these fields, in declaration order.
  case object([FilterField])

  /// How messages name the type.
  public var description: String {
    switch self {
    case .string: "a string"
    case .integer: "an integer"
    case .float: "a number"
    case .boolean: "a boolean"
    case .list(let element):
      switch element {
      case .object: "a list of objects"
      case .string, .integer, .float, .boolean, .list, .map: "a list"
      }
    case .map: "a map"
    case .object: "an object"
    }
  }
}

/// A named field of an object type.
public struct FilterField: Sendable, Hashable {
  public var name: String
  public var type: FilterType

  public init(_ name: String, _ type: FilterType) {
    self.name = name
    self.type = type
  }
}

/// The shape of what Consul filters for service-resolver subsets: one entry of
/// `/v1/health/service/:name` (`structs.CheckServiceNode`: `Node`, `Service`, `Checks`).
///
/// Fields are those of `structs.Node`, `structs.NodeService` and `structs.HealthCheck` that bexpr
/// can select (Raft indexes and opaque config maps are left out).
public enum FilterSchema {
  /// `Locality` (Consul 1.17 and later).
  static let locality: FilterType = .object([FilterField("Region", .string), FilterField("Zone", .string)])

  static let meshGateway: FilterType = .object([FilterField("Mode", .string)])

  static let upstream: FilterType = .object([
    FilterField("DestinationType", .string), FilterField("DestinationNamespace", .string),
    FilterField("DestinationPartition", .string), FilterField("DestinationPeer", .string),
    FilterField("DestinationName", .string), FilterField("Datacenter", .string),
    FilterField("LocalBindAddress", .string), FilterField("LocalBindPort", .integer),
    FilterField("LocalBindSocketPath", .string), FilterField("LocalBindSocketMode", .string),
    FilterField("MeshGateway", meshGateway), FilterField("CentrallyConfigured", .boolean),
  ])

  static let proxy: FilterType = .object([
    FilterField("DestinationServiceName", .string), FilterField("DestinationServiceID", .string),
    FilterField("LocalServiceAddress", .string), FilterField("LocalServicePort", .integer),
    FilterField("LocalServiceSocketPath", .string), FilterField("Mode", .string),
    FilterField(
      "TransparentProxy",
      .object([
        FilterField("OutboundListenerPort", .integer), FilterField("DialedDirectly", .boolean),
      ])),
    FilterField("Upstreams", .list(upstream)),
    FilterField("MeshGateway", meshGateway),
    FilterField(
      "Expose",
      .object([
        FilterField("Checks", .boolean),
        FilterField(
          "Paths",
          .list(
            .object([
              FilterField("ListenerPort", .integer), FilterField("Path", .string),
              FilterField("LocalPathPort", .integer),
              FilterField("Protocol", .string), FilterField("ParsedFromCheck", .boolean),
            ]))),
      ])),
  ])

  static let node: FilterType = .object([
    FilterField("ID", .string), FilterField("Node", .string), FilterField("Address", .string),
    FilterField("Datacenter", .string), FilterField("TaggedAddresses", .map(.string)),
    FilterField("Meta", .map(.string)), FilterField("PeerName", .string), FilterField("Partition", .string),
    FilterField("Locality", locality),
  ])

  static let service: FilterType = .object([
    FilterField("Kind", .string), FilterField("ID", .string), FilterField("Service", .string),
    FilterField("Tags", .list(.string)), FilterField("Address", .string),
    FilterField("TaggedAddresses", .map(.object([FilterField("Address", .string), FilterField("Port", .integer)]))),
    FilterField("Meta", .map(.string)), FilterField("Port", .integer), FilterField("SocketPath", .string),
    FilterField("Weights", .object([FilterField("Passing", .integer), FilterField("Warning", .integer)])),
    FilterField("EnableTagOverride", .boolean), FilterField("Proxy", proxy),
    FilterField("Connect", .object([FilterField("Native", .boolean)])),
    FilterField("PeerName", .string), FilterField("Namespace", .string), FilterField("Partition", .string),
    FilterField("Locality", locality),
  ])

  static let check: FilterType = .object([
    FilterField("Node", .string), FilterField("CheckID", .string), FilterField("Name", .string),
    FilterField("Status", .string), FilterField("Notes", .string), FilterField("Output", .string),
    FilterField("ServiceID", .string), FilterField("ServiceName", .string),
    FilterField("ServiceTags", .list(.string)), FilterField("Type", .string),
    FilterField("Interval", .string), FilterField("Timeout", .string),
    FilterField("ExposedPort", .integer), FilterField("PeerName", .string),
    FilterField("Namespace", .string), FilterField("Partition", .string),
  ])

  /// The root: `{Node, Service, Checks}`.
  public static let serviceHealth: FilterType = .object([
    FilterField("Node", node), FilterField("Service", service), FilterField("Checks", .list(check)),
  ])

  /// Selectors whose map keys are Consul metadata keys (letters, digits, `-`, `_`; at most 128).
  static let metaMaps: Set<String> = ["Node.Meta", "Service.Meta"]
}
