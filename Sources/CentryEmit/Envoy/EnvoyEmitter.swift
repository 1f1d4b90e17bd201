import CentryAnalysis
import CentryModel

/// Renders compiled discovery chains as the Envoy resources Consul's xDS server sends a connect
/// proxy for an upstream (spec envoy.md, newest Consul line unless ``EnvoyOptions/consul`` says
/// otherwise).
///
/// Renders chains it is given (``ChainSource``) and never compiles; works from the entries plus
/// what ``EnvoyOptions`` supplies: no `mesh` entry (so no `validate_clusters` and empty
/// `tls_params`), the downstream's upstream configuration only with ``EnvoyOptions/downstream``,
/// peer identities only as far as ``EnvoyOptions/peers`` knows them, certificates as placeholders.
public enum EnvoyEmitter {
  /// The chain of an upstream service as the proxy sees it: compiled with the run's
  /// ``EnvoyOptions/chainOptions`` and the given per-upstream overrides (empty without
  /// ``EnvoyOptions/downstream`` or when its upstream configuration sets none).
  public typealias ChainSource = (_ service: String, _ overrides: ChainOverrides) -> ChainCompilation

  /// The output of one run: the resources and the notes for stderr (placeholders used, settings
  /// centry does not render).
  public struct Output: Sendable {
    public var resources: [YAMLNode]
    public var notes: [String]
  }

  /// The resources for the chains of `services` (in order): RouteConfigurations first (by
  /// service), then the clusters sorted by name, a cluster that two chains share written once.
  public static func render(
    services: [String], entries: EntrySet, options: EnvoyOptions, chains: ChainSource
  ) -> Result<Output, EnvoyFailure> {
    if services.isEmpty {
      return .failure(
        EnvoyFailure("no service-defaults, service-router, service-splitter or service-resolver entry to compile"))
    }
    var routes: [YAMLNode] = []
    var clusters: [String: YAMLNode] = [:]
    var notes = EnvoyNotes(options: options, entries: entries)
    for name in services {
      let upstream = options.downstream.map {
        ResolvedUpstreamConfig.resolve(downstream: $0, upstream: name, entries: entries)
      }
      let compilation = chains(name, upstream?.chainOverrides ?? ChainOverrides())
      if let error = compilation.errors.first {
        return .failure(EnvoyFailure("discovery chain `\(name)` does not compile: \(error.message)"))
      }
      notes.record(compilation.chain, upstream: upstream)
      if let route = EnvoyRoutes.routeConfiguration(for: compilation.chain, consul: options.consul) {
        routes.append(route)
      }
      for cluster in EnvoyClusters.clusters(for: compilation.chain, upstream: upstream)
      where clusters[cluster.name] == nil {
        clusters[cluster.name] = cluster.node
      }
    }
    let sortedClusters = clusters.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
      .compactMap { clusters[$0] }
    return .success(Output(resources: routes + sortedClusters, notes: notes.lines))
  }

  /// The YAML document `resources: [...]` (the form Envoy reads from a file-based xDS source) of
  /// ``render(services:entries:options:chains:)``, with its notes.
  public static func renderDocument(
    services: [String], entries: EntrySet, options: EnvoyOptions, chains: ChainSource
  ) -> Result<(text: String, notes: [String]), EnvoyFailure> {
    switch render(services: services, entries: entries, options: options, chains: chains) {
    case .failure(let failure): return .failure(failure)
    case .success(let output):
      guard let text = YAMLWriter.write(.mapping([("resources", .sequence(output.resources))])) else {
        return .failure(EnvoyFailure("the YAML writer failed"))
      }
      return .success((text, output.notes))
    }
  }
}
