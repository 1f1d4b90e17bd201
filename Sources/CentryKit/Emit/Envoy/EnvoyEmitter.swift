/// Renders compiled discovery chains as the Envoy resources Consul's xDS server sends a connect
/// proxy for an upstream (spec envoy.md, newest Consul line).
///
/// Built on ``ChainCompiler``; works only from the entries: no `mesh` entry (so no
/// `validate_clusters` and empty `tls_params`), no downstream upstream-config (so empty
/// `circuit_breakers`/`outlier_detection`), certificates as placeholders.
public enum EnvoyEmitter {
  /// The resources for `service`'s chain, or for every service with a chain in `entries`
  /// (sorted): RouteConfigurations first (by service), then the clusters sorted by name, a
  /// cluster that two chains share written once.
  public static func resources(for entries: EntrySet, service: String?, options: EnvoyOptions)
    -> Result<[YAMLNode], EnvoyFailure>
  {
    let services = service.map { [$0] } ?? ChainCompiler.services(in: entries)
    if services.isEmpty {
      return .failure(
        EnvoyFailure("no service-defaults, service-router, service-splitter or service-resolver entry to compile"))
    }
    let chainOptions = ChainOptions(trustDomain: options.trustDomain, datacenter: options.datacenter)
    var routes: [YAMLNode] = []
    var clusters: [String: YAMLNode] = [:]
    for name in services {
      let compilation = ChainCompiler.compile(service: name, entries: entries, options: chainOptions)
      if let error = compilation.errors.first {
        return .failure(EnvoyFailure("discovery chain `\(name)` does not compile: \(error.message)"))
      }
      if let route = EnvoyRoutes.routeConfiguration(for: compilation.chain, consul: options.consul) {
        routes.append(route)
      }
      for cluster in EnvoyClusters.clusters(for: compilation.chain) where clusters[cluster.name] == nil {
        clusters[cluster.name] = cluster.node
      }
    }
    let sortedClusters = clusters.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
      .compactMap { clusters[$0] }
    return .success(routes + sortedClusters)
  }

  /// The YAML document `resources: [...]` (the form Envoy reads from a file-based xDS source).
  public static func document(for entries: EntrySet, service: String?, options: EnvoyOptions)
    -> Result<String, EnvoyFailure>
  {
    switch resources(for: entries, service: service, options: options) {
    case .failure(let failure): return .failure(failure)
    case .success(let resources):
      guard let text = YAMLWriter.write(.mapping([("resources", .sequence(resources))])) else {
        return .failure(EnvoyFailure("the YAML writer failed"))
      }
      return .success(text)
    }
  }
}
