/// Renders compiled discovery chains as the Envoy resources Consul's xDS server sends a connect
/// proxy for an upstream (spec envoy.md, newest Consul line unless ``EnvoyOptions/consul`` says
/// otherwise).
///
/// Built on ``ChainCompiler``; works from the entries plus what ``EnvoyOptions`` supplies: no
/// `mesh` entry (so no `validate_clusters` and empty `tls_params`), the downstream's upstream
/// configuration only with ``EnvoyOptions/downstream``, peer identities only as far as
/// ``EnvoyOptions/peers`` knows them, certificates as placeholders.
public enum EnvoyEmitter {
  /// The output of one run: the resources and the notes for stderr (placeholders used, settings
  /// centry does not render).
  public struct Output: Sendable {
    public var resources: [YAMLNode]
    public var notes: [String]
  }

  /// The resources for `service`'s chain, or for every service with a chain in `entries`
  /// (sorted): RouteConfigurations first (by service), then the clusters sorted by name, a
  /// cluster that two chains share written once.
  public static func resources(for entries: EntrySet, service: String?, options: EnvoyOptions)
    -> Result<[YAMLNode], EnvoyFailure>
  {
    render(entries, service: service, options: options).map(\.resources)
  }

  /// ``resources(for:service:options:)`` with its notes.
  public static func render(_ entries: EntrySet, service: String?, options: EnvoyOptions)
    -> Result<Output, EnvoyFailure>
  {
    let services = service.map { [$0] } ?? ChainCompiler.services(in: entries)
    if services.isEmpty {
      return .failure(
        EnvoyFailure("no service-defaults, service-router, service-splitter or service-resolver entry to compile"))
    }
    var routes: [YAMLNode] = []
    var clusters: [String: YAMLNode] = [:]
    var notes = EnvoyNotes(options: options, entries: entries)
    for name in services {
      var chainOptions = ChainOptions(trustDomain: options.trustDomain, datacenter: options.datacenter)
      chainOptions.peers = options.peers
      let upstream = options.downstream.map {
        ResolvedUpstreamConfig.resolve(downstream: $0, upstream: name, entries: entries)
      }
      if let upstream { chainOptions.overrides = upstream.chainOverrides }
      let compilation = ChainCompiler.compile(service: name, entries: entries, options: chainOptions)
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

  /// The YAML document `resources: [...]` (the form Envoy reads from a file-based xDS source).
  public static func document(for entries: EntrySet, service: String?, options: EnvoyOptions)
    -> Result<String, EnvoyFailure>
  {
    renderDocument(entries, service: service, options: options).map(\.text)
  }

  /// ``document(for:service:options:)`` with the notes of ``render(_:service:options:)``.
  public static func renderDocument(_ entries: EntrySet, service: String?, options: EnvoyOptions)
    -> Result<(text: String, notes: [String]), EnvoyFailure>
  {
    switch render(entries, service: service, options: options) {
    case .failure(let failure): return .failure(failure)
    case .success(let output):
      guard let text = YAMLWriter.write(.mapping([("resources", .sequence(output.resources))])) else {
        return .failure(EnvoyFailure("the YAML writer failed"))
      }
      return .success((text, output.notes))
    }
  }
}
