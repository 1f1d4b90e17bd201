import CentryAnalysis

/// Where a chain's routes and splits lead: each node with, for a resolver, its Envoy cluster
/// name, gathered once per RouteConfiguration.
///
/// Every route and split names its next node by key; `CompiledChain.node(_:)` and `target(_:)`
/// scan the chain for each such name, copying each node's payload to read its key and each
/// target they pass (a quarter of the Envoy stage's samples, routers having up to 40 routes each
/// over several splits). Here each node's key and cluster name is read once.
struct RouteTargets {
  private let nodes: [ChainNode]
  private let keys: [String]
  /// The cluster name of the node at the same index when it is a resolver.
  private let clusterNames: [String?]

  init(_ chain: CompiledChain) {
    nodes = chain.nodes
    var keys: [String] = []
    var clusterNames: [String?] = []
    keys.reserveCapacity(nodes.count)
    clusterNames.reserveCapacity(nodes.count)
    for node in nodes {
      switch node {
      case .router(let router):
        keys.append(router.key)
        clusterNames.append(nil)
      case .splitter(let splitter):
        keys.append(splitter.key)
        clusterNames.append(nil)
      case .resolver(let resolver):
        keys.append(resolver.key)
        clusterNames.append(Self.clusterName(resolver, chain: chain))
      }
    }
    self.keys = keys
    self.clusterNames = clusterNames
  }

  /// The Envoy cluster of a resolver node: its target's cluster name (its target ID when the
  /// target is missing, a broken chain).
  static func clusterName(_ resolver: ResolverNode, chain: CompiledChain) -> String {
    chain.target(resolver.targetID).map(chain.clusterName) ?? resolver.targetID
  }

  /// The first node with that key (as `CompiledChain.node(_:)`), with its cluster name when it is
  /// a resolver.
  func node(_ key: String) -> (node: ChainNode, clusterName: String?)? {
    guard let index = keys.firstIndex(of: key) else { return nil }
    return (nodes[index], clusterNames[index])
  }

  /// The cluster name of the resolver node with that key, `nil` when it is no resolver's.
  func clusterName(ofNode key: String) -> String? {
    guard let index = keys.firstIndex(of: key) else { return nil }
    return clusterNames[index]
  }
}
