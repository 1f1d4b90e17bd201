// The services of a generated mesh, decided before any entry is written so that every route,
// split and subset reference can point at something that exists (a closed world).

/// One service of the mesh and the choices every entry about it must agree on.
struct ServicePlan {
  var index: Int
  var name: String
  /// `http`, `http2` or `grpc`: every service a chain reaches shares its protocol, so routes only
  /// point at services of the same protocol.
  var proto: String
  /// The resolver's subsets (2–5); the first one is the default subset.
  var subsets: [String]
  var style: KeyStyle
}

/// The whole mesh: `count` services, four entries each.
struct MeshPlan {
  var services: [ServicePlan]
  /// Service indexes by protocol, for picking route destinations.
  var byProtocol: [String: [Int]]
  var seed: UInt64

  static let teams = [
    "billing", "checkout", "search", "catalog", "inventory", "payments", "ledger", "identity", "profile", "orders",
    "shipping", "pricing", "reviews", "media", "notify", "fraud", "ads", "reports", "tenant", "gateway",
  ]
  static let roles = ["api", "web", "worker", "query", "store", "edge", "sync", "admin", "feed", "events"]
  static let subsetNames = ["v1", "v2", "v3", "v4", "canary", "stable", "blue", "green", "beta", "legacy"]

  init(services count: Int, seed: UInt64) {
    self.seed = seed
    var services: [ServicePlan] = []
    var byProtocol: [String: [Int]] = [:]
    services.reserveCapacity(count)
    for index in 0..<count {
      var random = Random(seed: seed, stream: UInt64(index) &* 4)
      let team = Self.teams[index % Self.teams.count]
      let role = Self.roles[(index / Self.teams.count) % Self.roles.count]
      let name = "\(team)-\(role)-\(index)"
      let roll = random.below(100)
      let proto = roll < 80 ? "http" : roll < 92 ? "http2" : "grpc"
      let subsets = Array(random.shuffled(Self.subsetNames).prefix(random.within(2...5)))
      let style: KeyStyle = random.chance(35) ? .snake : .camel
      services.append(ServicePlan(index: index, name: name, proto: proto, subsets: subsets, style: style))
      byProtocol[proto, default: []].append(index)
    }
    self.services = services
    self.byProtocol = byProtocol
  }
}
