import CentryAnalysis
import CentryCore
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
    render(services: services, entries: entries, options: options, chains: chains) { $0 }
      .map { Output(resources: $0.resources, notes: $0.notes) }
  }

  /// ``render(services:entries:options:chains:)`` with each resource passed through `finish` on
  /// the core that built it (the document writes each resource's text there, so that no tree
  /// outlives its service and the trees are written and freed on every core).
  private static func render<Resource>(
    services: [String], entries: EntrySet, options: EnvoyOptions, chains: ChainSource,
    finish: (YAMLNode) -> Resource
  ) -> Result<(resources: [Resource], notes: [String]), EnvoyFailure> {
    if services.isEmpty {
      return .failure(
        EnvoyFailure("no service-defaults, service-router, service-splitter or service-resolver entry to compile"))
    }
    var routes: [Resource] = []
    var clusters: [String: Resource] = [:]
    var notes = EnvoyNotes(options: options, entries: entries)
    // Each service's resources depend on its chain alone: a batch of services is built on every
    // core, then joined in service order (the first failure, notes and shared clusters as one pass
    // would). Batches, not the whole set at once: a cluster shared by many chains is built once
    // per chain and only the first kept, so the copies must not pile up.
    var start = 0
    while start < services.count {
      let batch = Array(services[start..<min(services.count, start + renderBatch)])
      start += batch.count
      let rendered = render(
        batch, entries: entries, options: options, chains: chains, kept: clusters, finish: finish)
      for service in rendered {
        let compilation = service.compilation
        if let error = compilation.errors.first {
          return .failure(EnvoyFailure("discovery chain `\(service.name)` does not compile: \(error.message)"))
        }
        notes.record(compilation.chain, upstream: service.upstream)
        if let route = service.route { routes.append(route) }
        for cluster in service.clusters where clusters[cluster.name] == nil {
          clusters[cluster.name] = cluster.resource
        }
      }
    }
    let sortedClusters = clusters.keys.sorted(by: utf8Precedes).compactMap { clusters[$0] }
    return .success((routes + sortedClusters, notes.lines))
  }

  /// The services of one batch, on every core. Clusters named in `kept` (those of earlier
  /// batches) are not built: only the first cluster of a name is kept, and a mesh's clusters are
  /// reached by many chains. (A parameter, so that the table is not shared after the batch and
  /// the caller adds to it without copying it.)
  private static func render<Resource>(
    _ batch: [String], entries: EntrySet, options: EnvoyOptions, chains: ChainSource, kept: [String: Resource],
    finish: (YAMLNode) -> Resource
  ) -> [RenderedService<Resource>] {
    Parallel.map(batch) { name in
      let upstream = options.downstream.map {
        ResolvedUpstreamConfig.resolve(downstream: $0, upstream: name, entries: entries)
      }
      let compilation = chains(name, upstream?.chainOverrides ?? ChainOverrides())
      return RenderedService(
        name: name, upstream: upstream, compilation: compilation, options: options, skip: { kept[$0] != nil },
        finish: finish)
    }
  }

  /// Byte order of the names' UTF-8, compared in their contiguous storage (the `UTF8View`'s
  /// generic iteration was a serial 1 % of a 10k run, tens of thousands of cluster names).
  private static func utf8Precedes(_ left: String, _ right: String) -> Bool {
    var left = left
    var right = right
    return left.withUTF8 { left in right.withUTF8 { right in left.lexicographicallyPrecedes(right) } }
  }

  /// Services rendered together on the cores (see ``render(services:entries:options:chains:)``).
  private static let renderBatch = 64

  /// One upstream's chain and the resources made from it (none when the chain has errors).
  private struct RenderedService<Resource> {
    var name: String
    var upstream: ResolvedUpstreamConfig?
    var compilation: ChainCompilation
    var route: Resource?
    var clusters: [(name: String, resource: Resource)] = []

    init(
      name: String, upstream: ResolvedUpstreamConfig?, compilation: ChainCompilation, options: EnvoyOptions,
      skip: (String) -> Bool, finish: (YAMLNode) -> Resource
    ) {
      self.name = name
      self.upstream = upstream
      self.compilation = compilation
      guard compilation.errors.isEmpty else { return }
      route = EnvoyRoutes.routeConfiguration(for: compilation.chain, consul: options.consul).map(finish)
      clusters = EnvoyClusters.clusters(for: compilation.chain, upstream: upstream, skip: skip).map {
        ($0.name, finish($0.node))
      }
    }
  }

  /// The YAML document `resources: [...]` (the form Envoy reads from a file-based xDS source) of
  /// ``render(services:entries:options:chains:)``, with its notes.
  public static func renderDocument(
    services: [String], entries: EntrySet, options: EnvoyOptions, chains: ChainSource
  ) -> Result<(text: String, notes: [String]), EnvoyFailure> {
    let rendered = render(services: services, entries: entries, options: options, chains: chains) {
      YAMLWriter.listItem($0)
    }
    switch rendered {
    case .failure(let failure): return .failure(failure)
    case .success(let output):
      guard let text = YAMLWriter.list(output.resources, under: resourcesKey) else {
        return .failure(EnvoyFailure("the YAML writer failed"))
      }
      return .success((text, output.notes))
    }
  }

  /// The document's one key; a plain scalar, as ``YAMLWriter/list(_:under:)`` requires.
  private static let resourcesKey = "resources"
}
