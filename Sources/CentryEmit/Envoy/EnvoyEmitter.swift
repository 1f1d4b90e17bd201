import CentryAnalysis

/// Renders compiled discovery chains as the Envoy resources Consul's xDS server sends a connect
/// proxy for an upstream (spec envoy.md, newest Consul line).
///
/// Renders chains compiled already (``ChainCompiler``); works only from the entries: no `mesh` entry (so no
/// `validate_clusters` and empty `tls_params`), no downstream upstream-config (so empty
/// `circuit_breakers`/`outlier_detection`), certificates as placeholders.
public enum EnvoyEmitter {
  /// The resources for `compilations` (one chain per upstream service, in order, compiled
  /// with `options`' trust domain and datacenter): RouteConfigurations first (by service), then
  /// the clusters sorted by name, a cluster that two chains share written once.
  public static func resources(for compilations: [ChainCompilation], options: EnvoyOptions)
    -> Result<[YAMLNode], EnvoyFailure>
  {
    if compilations.isEmpty {
      return .failure(
        EnvoyFailure("no service-defaults, service-router, service-splitter or service-resolver entry to compile"))
    }
    var routes: [YAMLNode] = []
    var clusters: [String: YAMLNode] = [:]
    for compilation in compilations {
      if let error = compilation.errors.first {
        return .failure(
          EnvoyFailure("discovery chain `\(compilation.chain.serviceName)` does not compile: \(error.message)"))
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
  public static func document(for compilations: [ChainCompilation], options: EnvoyOptions)
    -> Result<String, EnvoyFailure>
  {
    switch resources(for: compilations, options: options) {
    case .failure(let failure): return .failure(failure)
    case .success(let resources):
      guard let text = YAMLWriter.write(.mapping([("resources", .sequence(resources))])) else {
        return .failure(EnvoyFailure("the YAML writer failed"))
      }
      return .success(text)
    }
  }
}
