import CentryCore
import CentryModel

/// Compiles discovery chains from an entry set as Consul's `discoverychain.Compile` does
/// (spec core-entries §7.3–7.6, envoy §1).
///
/// "The set is the world": an entry missing from the set is treated as absent, as Consul would if
/// only the set were written; notes then say which entry was looked for.
public enum ChainCompiler {
  /// The chain of `service`.
  public static func compile(
    service: String, entries: EntrySet, options: ChainOptions = ChainOptions()
  ) -> ChainCompilation {
    compile(service: service, entries: entries, options: options, interner: nil)
  }

  /// The chain of `service`, its target strings shared through `interner` with the other chains
  /// of the same entry set.
  static func compile(
    service: String, entries: EntrySet, options: ChainOptions, interner: ChainInterner?,
    fragments: ChainFragments? = nil, protocols: ServiceProtocols? = nil
  ) -> ChainCompilation {
    var builder = ChainBuilder(
      service: service, entries: entries, options: options, interner: interner, fragments: fragments,
      protocols: protocols)
    return builder.build()
  }

  /// The services whose chains lint compiles: every service named by a service-defaults, router,
  /// splitter or resolver entry, sorted.
  public static func services(in entries: EntrySet) -> [String] {
    entries.serviceNames
  }

  /// Compiles the chain of every service of ``services(in:)``; keyed by service name as first
  /// written.
  public static func compileAll(
    entries: EntrySet, options: ChainOptions = ChainOptions()
  ) -> [String: ChainCompilation] {
    // Each chain is compiled from the entry set alone, so the services are spread over the cores.
    let services = services(in: entries)
    let interner = ChainInterner()
    // Every chain that reaches a service resolves the same splitter and targets: each is resolved
    // once for the run and replayed into the chains (``ChainFragment``). Overrides (a proxy's
    // view of one chain) mark chains as customized while they resolve; those are compiled alone.
    let fragments = options.overrides == ChainOverrides() ? ChainFragments() : nil
    let protocols = ServiceProtocols(entries)
    let compiled = Parallel.map(services) {
      compile(
        service: $0, entries: entries, options: options, interner: interner, fragments: fragments,
        protocols: protocols)
    }
    return Dictionary(uniqueKeysWithValues: zip(services, compiled))
  }
}

/// A target under construction (spec core-entries §7.5).
struct TargetSpec: Hashable, Sendable {
  var service: String
  var subset: String?
  var namespace: String
  var partition: String
  var datacenter: String
  var peer: String?

  var id: String {
    ChainTarget.id(
      service: service, subset: subset, namespace: namespace, partition: partition, datacenter: datacenter,
      peer: peer)
  }

  /// Consul's `rewriteTarget`: a different service clears the subset; set fields replace.
  func rewritten(
    service newService: String?, subset newSubset: String?, namespace newNamespace: String?,
    partition newPartition: String?, datacenter newDatacenter: String?, peer newPeer: String?
  ) -> TargetSpec {
    var result = self
    if let newService, !newService.isEmpty, newService != service {
      result.service = newService
      result.subset = nil
    }
    if let newSubset, !newSubset.isEmpty { result.subset = newSubset }
    if let newPartition, !newPartition.isEmpty { result.partition = newPartition }
    if let newDatacenter, !newDatacenter.isEmpty { result.datacenter = newDatacenter }
    let peer = newPeer.flatMap { $0.isEmpty ? nil : $0 }
    if let newNamespace, !newNamespace.isEmpty {
      result.namespace = newNamespace
    } else if peer != nil {
      result.namespace = "default"
    }
    result.peer = peer
    return result
  }
}

/// A splitter leg before flattening.
struct RawSplit: Sendable {
  var weight: Float
  var next: String
  var requestHeaders: HTTPHeaderModifiers?
  var responseHeaders: HTTPHeaderModifiers?
  var ranges: [SourceRange]
  /// The split's `Service` value (else the element): where a loop through it is reported.
  var reference: SourceRange
}

/// A node under construction. Boxed (`indirect`, and a resolver as its boxed ``ChainNode``): the
/// builder's node table is rewritten for every target resolved, and a resolver node, several times
/// the size of the others, is kept as is in the compiled chain and shared by every chain that
/// reaches it through a ``ChainFragment``.
enum RawNode: Sendable {
  indirect case router(RouterNode)
  indirect case splitter(
    key: String, service: String, splits: [RawSplit], loadBalancer: LoadBalancer?, range: SourceRange)
  /// Always a ``ChainNode/resolver(_:)``.
  case resolver(ChainNode)

  /// The resolver node, for a resolver.
  var resolverNode: ResolverNode? {
    guard case .resolver(let node) = self, case .resolver(let resolver) = node else { return nil }
    return resolver
  }
}

struct ChainBuilder {
  let service: String
  let entries: EntrySet
  let options: ChainOptions

  var chainProtocol: String?
  var protocolSource: ProtocolSource = .fallback
  var firstProtocolService: String?
  var mismatchReported: Set<String> = []
  var nodes: [String: RawNode] = [:]
  var order: [String] = []
  /// The splitter node keys of ``order``, in its order (a chain's nodes are mostly resolvers).
  var splitterOrder: [String] = []
  var targets: [String: ChainTarget] = [:]
  var errors: [ChainError] = []
  /// The errors already in ``errors``.
  var reported: Set<ReportedError> = []
  /// Target IDs whose subset is undefined, with the subset note, so later references are reported too.
  var undefinedSubsets: [String: ChainError] = [:]
  var builtSplitter = false
  /// Which overrides changed the chain (spec envoy §2.3, `<hash>~` cluster names).
  var customizedBy = CustomizationMarkers()
  /// Shares the target strings with the other chains of the entry set (``compileAll``).
  let interner: ChainInterner?
  /// The splitters and targets resolved once for every chain of the entry set (``compileAll``).
  let fragments: ChainFragments?
  /// The services' protocols, read once for every chain of the entry set (``compileAll``).
  let protocols: ServiceProtocols?
  /// Set while this builder records a ``ChainFragment`` instead of compiling a chain.
  var recording: FragmentRecording?

  init(
    service: String, entries: EntrySet, options: ChainOptions, interner: ChainInterner? = nil,
    fragments: ChainFragments? = nil, protocols: ServiceProtocols? = nil
  ) {
    self.service = service
    self.entries = entries
    self.options = options
    self.interner = interner
    self.fragments = fragments
    self.protocols = protocols
  }

  /// The shared copy of `string` when chains are compiled together, else `string`.
  func intern(_ string: String) -> String {
    interner?.string(string) ?? string
  }

  /// Records an error once (the same cause met again through another path is not repeated).
  mutating func report(_ error: ChainError) {
    recording?.calls.append(.report(error))
    // A set, not a scan of `errors`: a chain through many routes can collect hundreds of errors.
    guard reported.insert(ReportedError(problem: error.problem, range: error.range)).inserted else { return }
    errors.append(error)
  }

  /// What makes two errors the same for ``report(_:)`` (whether validation reports it too is not).
  struct ReportedError: Hashable {
    var problem: ChainProblem
    var range: SourceRange
  }

  // MARK: entry lookups

  func decoded(_ kind: EntryKind, _ name: String) -> DecodedEntry? {
    entries.entry(kind: kind, name: name)
  }

  func place(_ kind: EntryKind, _ name: String) -> SourceRange? {
    decoded(kind, name)?.place
  }

  func localTarget(_ service: String, subset: String?, namespace: String? = nil, partition: String? = nil)
    -> TargetSpec
  {
    TargetSpec(
      service: service, subset: subset.flatMap { $0.isEmpty ? nil : $0 },
      namespace: namespace.flatMap { $0.isEmpty ? nil : $0 } ?? options.namespace,
      partition: partition.flatMap { $0.isEmpty ? nil : $0 } ?? options.partition,
      datacenter: options.datacenter, peer: nil)
  }

  // MARK: protocol

  /// The protocol of `service` as the compiler sees it (spec core-entries §7.3).
  func protocolOf(_ service: String) -> (String, ProtocolSource) {
    if let protocols {
      if let written = protocols.written(for: service) {
        return (
          written.value.isEmpty ? "tcp" : written.value,
          .serviceDefaults(service: service, range: written.range, written: !written.value.isEmpty)
        )
      }
      if let located = protocols.proxyProtocol, !located.value.isEmpty {
        return (located.value.lowercasedCheaply, .proxyDefaults(range: located.valueRange))
      }
      return ("tcp", .fallback)
    }
    if let entry = decoded(.serviceDefaults, service), let defaults = entry.serviceDefaults {
      let written = defaults.protocol?.value.lowercasedCheaply ?? ""
      let range = defaults.protocol?.valueRange ?? entry.place
      return (
        written.isEmpty ? "tcp" : written,
        .serviceDefaults(service: service, range: range, written: !written.isEmpty)
      )
    }
    if let located = entries.proxyDefaults?.configProtocol, !located.value.isEmpty {
      return (located.value.lowercasedCheaply, .proxyDefaults(range: located.valueRange))
    }
    return ("tcp", .fallback)
  }

  /// The protocol of `service` and where it comes from, for errors.
  func serviceProtocol(_ service: String) -> ServiceProtocol {
    let (value, source) = protocolOf(service)
    var result = ServiceProtocol(service: service, value: value, source: source)
    if case .fallback = source {
      // A proxy-defaults not named `global` sets nothing (Consul rejects it); say so where one exists.
      result.ignoredProxyDefaults =
        entries.entries(of: .proxyDefaults)
        .last(where: { $0.entry.effectiveName != "global" })?.proxyDefaults?.configProtocol?.valueRange
    }
    return result
  }

  mutating func recordProtocol(_ target: String, reference: SourceRange?) {
    if let recording {
      // The chain protocol is the replaying chain's own.
      recording.calls.append(.recordProtocol(service: target, reference: reference))
      return
    }
    let (value, source) = protocolOf(target)
    guard let chainProtocol, let first = firstProtocolService else {
      chainProtocol = value
      protocolSource = source
      firstProtocolService = target
      return
    }
    guard value != chainProtocol, mismatchReported.insert(target.lowercasedCheaply).inserted else { return }
    let range: SourceRange
    switch source {
    case .serviceDefaults(_, let protocolRange, true): range = protocolRange
    case .serviceDefaults, .proxyDefaults, .fallback:
      range = reference ?? place(.serviceDefaults, target) ?? chainPlace
    }
    // `first` has the chain protocol: it was recorded first.
    report(
      ChainError(
        .protocolMismatch(
          chain: service, first: serviceProtocol(first),
          target: ServiceProtocol(service: target, value: value, source: source), reference: reference),
        at: range))
  }

  /// Somewhere to point when nothing better exists: the first entry of the chain's service.
  var chainPlace: SourceRange {
    // The chain's own entries: a recorded fragment that needs them belongs to one chain only.
    recording?.replayable = false
    for kind in [EntryKind.serviceRouter, .serviceSplitter, .serviceResolver, .serviceDefaults] {
      if let range = place(kind, service) { return range }
    }
    return entries.all.first?.place ?? SourceRange(file: FileID(0), start: 0, end: 0)
  }

  // MARK: assembly

  mutating func build() -> ChainCompilation {
    let start: String
    if let routerEntry = decoded(.serviceRouter, service), let router = routerEntry.serviceRouter,
      !dropsAdvancedRouting()
    {
      let routerRange = routerEntry.place
      recordProtocol(service, reference: routerRange)
      let key = "router:\(service).\(options.namespace).\(options.partition)"
      order.append(key)
      var routes: [ChainRoute] = []
      let written = router.routes.orEmpty()
      // A route reaches a splitter and its legs' targets, each with its failover targets: sized
      // up front, the tables are not rehashed (every key a long string) as they grow.
      let expected = min(1024, 8 * (written.count + 1))
      nodes.reserveCapacity(expected)
      targets.reserveCapacity(expected)
      for (index, located) in written.enumerated() {
        let route = located.value
        let destination = route.destination?.value
        let target = destination?.service?.value ?? ""
        let targetService = target.isEmpty ? service : target
        let next: String
        if let subset = destination?.serviceSubset, !subset.value.isEmpty {
          next = resolveShared(
            localTarget(
              targetService, subset: subset.value, namespace: destination?.namespace?.value,
              partition: destination?.partition?.value),
            reference: subset.valueRange)
        } else {
          next = splitterOrResolver(
            targetService, namespace: destination?.namespace?.value, partition: destination?.partition?.value,
            reference: destination?.service?.valueRange ?? located.valueRange)
        }
        routes.append(
          ChainRoute(
            index: index, isDefault: false, match: route.match?.value.http?.value, destination: destination,
            nextNode: next, range: located.valueRange))
      }
      let defaultNext = splitterOrResolver(service, namespace: nil, partition: nil, reference: routerRange)
      routes.append(
        ChainRoute(
          index: written.count, isDefault: true, match: nil, destination: nil, nextNode: defaultNext, range: nil))
      nodes[key] = .router(RouterNode(key: key, service: service, routes: routes, range: routerRange))
      start = key
    } else {
      start = splitterOrResolver(service, namespace: nil, partition: nil, reference: nil)
    }
    detectSplitLoops(from: start)
    let flattened = flatten()
    checkAdvancedRouting()
    return ChainCompilation(chain: finish(start: start, flattened: flattened), errors: errors)
  }

  mutating func splitterOrResolver(
    _ target: String, namespace: String?, partition: String?, reference: SourceRange?
  ) -> String {
    if let key = splitterNode(target) { return key }
    return resolveShared(
      localTarget(target, subset: nil, namespace: namespace, partition: partition), reference: reference)
  }

  /// The splitter node of `name`, built on first use; `nil` when `name` has no splitter.
  mutating func splitterNode(_ name: String) -> String? {
    guard let entry = decoded(.serviceSplitter, name), let splitter = entry.serviceSplitter, !dropsAdvancedRouting()
    else { return nil }
    let key = "splitter:\(name).\(options.namespace).\(options.partition)"
    if nodes[key] != nil { return key }
    builtSplitter = true
    let range = entry.place
    // Recorded before the legs so a leg that comes back here finds it (the loop is reported later).
    nodes[key] = .splitter(key: key, service: name, splits: [], loadBalancer: nil, range: range)
    order.append(key)
    splitterOrder.append(key)
    var splits: [RawSplit] = []
    var loadBalancer: LoadBalancer?
    for located in splitter.splits.orEmpty() {
      let split = located.value
      let written = split.service?.value ?? ""
      let targetService = written.isEmpty ? name : written
      let subset = split.serviceSubset?.value ?? ""
      let next: String
      if targetService.lowercasedCheaply != name.lowercasedCheaply, subset.isEmpty,
        let nested = splitterNode(targetService)
      {
        next = nested
      } else {
        next = resolveShared(
          localTarget(
            targetService, subset: subset, namespace: split.namespace?.value, partition: split.partition?.value),
          reference: split.serviceSubset?.valueRange ?? split.service?.valueRange ?? located.valueRange)
        if loadBalancer == nil, let node = nodes[next]?.resolverNode, let balancer = node.loadBalancer,
          let policy = balancer.policy?.value, policy == "ring_hash" || policy == "maglev"
        {
          loadBalancer = balancer
        }
      }
      splits.append(
        RawSplit(
          weight: SplitWeight.normalize(split.weight?.value ?? 0), next: next,
          requestHeaders: split.requestHeaders?.value, responseHeaders: split.responseHeaders?.value,
          ranges: [located.valueRange], reference: split.service?.valueRange ?? located.valueRange))
    }
    nodes[key] = .splitter(key: key, service: name, splits: splits, loadBalancer: loadBalancer, range: range)
    return key
  }

  // MARK: resolver nodes

  /// Resolves a target to a resolver node (spec core-entries §7.5); returns the node key.
  mutating func resolve(_ initial: TargetSpec, reference initialReference: SourceRange?, forFailover: Bool) -> String {
    var target = initial
    var reference = initialReference
    var history: [String] = []
    var redirectRanges: [SourceRange] = []
    // A fragment's own walk (the target it is recorded for) is kept step by step (``FragmentHop``).
    let ownWalk = forFailover ? nil : recording
    while true {
      let id = target.id
      let key = "resolver:\(id)"
      if nodes[key] != nil {
        if let earlier = undefinedSubsets[id], let reference {
          // Whether to report again depends on where the replaying chain refers from.
          if let recording, recording.involvesPlaceholder(reference, earlier.range) { recording.replayable = false }
        }
        // Never while recording a fragment's own walk (nothing is resolved yet): not a step to keep.
        ownWalk?.hopsComplete = false
        reportUndefinedSubsetAgain(id, reference: reference)
        return key
      }
      ownWalk?.hops.append(
        FragmentHop(key: key, id: id, protocolService: target.peer == nil ? target.service : nil, reference: reference))
      if target.peer == nil { recordProtocol(target.service, reference: reference) }
      // Consul looks the resolver up by the target's service name alone (`target.ServiceID()`,
      // which has no peer): a peer target gets the local resolver of the same name, so a redirect
      // to a peer keeps that resolver's timeouts, load balancer and failover.
      let resolverEntry = decoded(.serviceResolver, target.service)
      let resolver = resolverEntry?.serviceResolver
      if history.contains(id) {
        ownWalk?.hopsComplete = false
        report(
          ChainError(
            .redirectLoop(path: history + [id], redirects: redirectRanges),
            at: redirectRanges.last ?? reference ?? chainPlace))
        return makeNode(
          target, resolverEntry: resolverEntry, reference: reference, forFailover: true, followRedirect: false)
      }
      history.append(id)
      if let redirect = resolver?.redirect, (redirect.value.samenessGroup?.value ?? "").isEmpty {
        let value = redirect.value
        let next = target.rewritten(
          service: value.service?.value, subset: value.serviceSubset?.value, namespace: value.namespace?.value,
          partition: value.partition?.value, datacenter: value.datacenter?.value, peer: value.peer?.value)
        if next.id != id {
          target = next
          reference = value.serviceSubset?.valueRange ?? value.service?.valueRange ?? redirect.keyOrValueRange
          redirectRanges.append(redirect.keyOrValueRange)
          continue
        }
      }
      if target.subset == nil, let defaultSubset = resolver?.defaultSubset, !defaultSubset.value.isEmpty {
        target.subset = defaultSubset.value
        reference = defaultSubset.valueRange
        continue
      }
      ownWalk?.hopsComplete = true
      return makeNode(
        target, resolverEntry: resolverEntry, reference: reference, forFailover: forFailover, followRedirect: true)
    }
  }

  /// Reports the undefined subset of target `id` (already resolved) again when `reference` is
  /// another place than the first report's.
  mutating func reportUndefinedSubsetAgain(_ id: String, reference: SourceRange?) {
    guard let earlier = undefinedSubsets[id], let reference, reference != earlier.range else { return }
    var again = earlier
    again.range = reference
    again.reportedByValidation = false
    report(again)
  }

  /// Steps 7–11 of the resolver algorithm for a final target.
  mutating func makeNode(
    _ spec: TargetSpec, resolverEntry: DecodedEntry?, reference: SourceRange?, forFailover: Bool, followRedirect: Bool
  ) -> String {
    let id = intern(spec.id)
    let key = intern("resolver:\(id)")
    let resolver = resolverEntry?.serviceResolver
    var target = ChainTarget(
      service: spec.service, subset: spec.subset, namespace: spec.namespace, partition: spec.partition,
      datacenter: spec.datacenter, peer: spec.peer, trustDomain: options.trustDomain,
      peering: spec.peer.map { options.peers[$0] ?? PeerInfo(name: $0) })
    // The same strings as the target's own (equal values), kept once across chains.
    target.id = id
    target.name = intern(target.name)
    if let subset = spec.subset {
      if let definition = resolver?.subsets?.value[subset] {
        target.subsetFilter = definition.value.filter?.value
        target.onlyPassing = definition.value.onlyPassing?.value ?? false
      } else {
        reportUndefinedSubset(spec, resolverEntry: resolverEntry, reference: reference)
      }
    }
    let defaultsEntry = decoded(.serviceDefaults, spec.service)
    let defaults = defaultsEntry?.serviceDefaults
    if let sni = defaults?.externalSNI, !sni.value.isEmpty, let resolver {
      target.externalSNI = sni.value
      let sniRange = sni.keyOrValueRange
      if let redirect = resolver.redirect {
        report(
          ChainError(.externalSNIRedirect(service: spec.service, externalSNI: sniRange), at: redirect.keyOrValueRange))
      } else if let subsets = resolver.subsets, !subsets.value.isEmpty {
        report(
          ChainError(.externalSNISubsets(service: spec.service, externalSNI: sniRange), at: subsets.keyOrValueRange))
      } else if let failover = resolver.failover, !failover.value.isEmpty {
        report(
          ChainError(.externalSNIFailover(service: spec.service, externalSNI: sniRange), at: failover.keyOrValueRange))
      }
    } else if let sni = defaults?.externalSNI, !sni.value.isEmpty {
      target.externalSNI = sni.value
    }
    target.meshGatewayMode =
      defaults?.meshGateway?.value.mode?.value ?? entries.proxyDefaults?.meshGateway?.value.mode?.value ?? ""
    if target.externalSNI != nil {
      // Consul bypasses mesh gateways for external services (and ignores the override there).
      target.meshGatewayMode = ""
    } else if let mode = options.overrides.meshGatewayMode, !mode.isEmpty, mode != target.meshGatewayMode {
      target.meshGatewayMode = mode
      customizedBy.meshGateway = true
    }
    let connect = resolver?.connectTimeout?.value.nanoseconds ?? 0
    var connectTimeout = connect > 0 ? connect : 5_000_000_000
    if let override = options.overrides.connectTimeout, override > 0, override != connectTimeout {
      connectTimeout = override
      customizedBy.connectTimeout = true
    }
    let request = resolver?.requestTimeout?.value.nanoseconds ?? 0
    var node = ResolverNode(
      key: key, targetID: id, isDefaultResolver: ChainBuilder.isEmpty(resolver),
      connectTimeout: connectTimeout, requestTimeout: request,
      loadBalancer: resolver?.loadBalancer?.value, failover: nil,
      range: resolverEntry?.place)
    // One shared box per distinct target across the chains (and the fragments they replay).
    targets[id] = interner?.target(target) ?? target
    nodes[key] = .resolver(.resolver(node))
    order.append(key)
    if !forFailover, let failover = failoverSection(resolver, subset: spec.subset) {
      node.failover = resolveFailover(spec, section: failover)
      nodes[key] = .resolver(.resolver(node))
    }
    return key
  }

  mutating func reportUndefinedSubset(_ spec: TargetSpec, resolverEntry: DecodedEntry?, reference: SourceRange?) {
    guard let subset = spec.subset else { return }
    let owner: SubsetOwner
    if let resolverEntry, let resolver = resolverEntry.serviceResolver {
      let names = resolver.subsets.orEmpty().map(\.key)
      if let subsets = resolver.subsets, !names.isEmpty {
        owner = .defines(names, at: subsets.keyOrValueRange)
      } else {
        owner = .definesNone(at: resolverEntry.place)
      }
    } else {
      owner = .absent
    }
    let error = ChainError(
      .subsetUndefined(service: spec.service, subset: subset, resolver: owner), at: reference ?? chainPlace)
    var recorded = error
    if let recording, let reference, recording.involvesPlaceholder(reference) {
      // Whether validation reports it depends on where the replaying chain refers from.
      recording.replayable = false
    }
    if let resolverEntry, let reference, ChainBuilder.contains(resolverEntry.range, reference) {
      // DefaultSubset, Redirect or Failover of the service's own resolver: Validate rejects it.
      recorded.reportedByValidation = true
    }
    report(recorded)
    undefinedSubsets[spec.id] = error
  }

  func failoverSection(_ resolver: ServiceResolver?, subset: String?)
    -> Located<ServiceResolverFailover>?
  {
    guard let failover = resolver?.failover?.value else { return nil }
    return failover[subset ?? ""] ?? failover["*"]
  }

  mutating func resolveFailover(_ primary: TargetSpec, section: Located<ServiceResolverFailover>) -> ChainFailover {
    let value = section.value
    var specs: [(TargetSpec, SourceRange)] = []
    let datacenters = value.datacenters.orEmpty()
    let listed = value.targets.orEmpty()
    if !datacenters.isEmpty {
      for dc in datacenters {
        specs.append(
          (
            primary.rewritten(
              service: value.service?.value, subset: value.serviceSubset?.value, namespace: value.namespace?.value,
              partition: nil, datacenter: dc.value, peer: nil), dc.valueRange
          ))
      }
    } else if !listed.isEmpty {
      for item in listed {
        let t = item.value
        specs.append(
          (
            primary.rewritten(
              service: t.service?.value, subset: t.serviceSubset?.value, namespace: t.namespace?.value,
              partition: t.partition?.value, datacenter: t.datacenter?.value, peer: t.peer?.value),
            t.serviceSubset?.valueRange ?? t.service?.valueRange ?? item.valueRange
          ))
      }
    } else if (value.samenessGroup?.value ?? "").isEmpty {
      specs.append(
        (
          primary.rewritten(
            service: value.service?.value, subset: value.serviceSubset?.value, namespace: value.namespace?.value,
            partition: nil, datacenter: nil, peer: nil),
          value.serviceSubset?.valueRange ?? value.service?.valueRange ?? section.keyOrValueRange
        ))
    }
    var ids: [String] = []
    var dropped: [SourceRange] = []
    for (spec, range) in specs {
      guard spec.id != primary.id else {
        dropped.append(range)
        continue
      }
      let key = resolve(spec, reference: range, forFailover: true)
      if let node = nodes[key]?.resolverNode, !ids.contains(node.targetID) { ids.append(node.targetID) }
    }
    let policy = value.policy?.value ?? entries.proxyDefaults?.failoverPolicy?.value
    var failover = ChainFailover(targets: ids, policy: policy, range: section.keyOrValueRange)
    failover.droppedRanges = dropped
    return failover
  }

  static func contains(_ outer: SourceRange, _ inner: SourceRange) -> Bool {
    outer.file == inner.file && outer.start <= inner.start && inner.end <= outer.end
  }

  /// A resolver entry that sets nothing that matters (spec envoy §1.4).
  static func isEmpty(_ resolver: ServiceResolver?) -> Bool {
    guard let resolver else { return true }
    return (resolver.defaultSubset?.value ?? "").isEmpty && resolver.subsets.orEmpty().isEmpty
      && resolver.redirect == nil && resolver.failover.orEmpty().isEmpty
      && (resolver.connectTimeout?.value.nanoseconds ?? 0) == 0
      && (resolver.requestTimeout?.value.nanoseconds ?? 0) == 0 && resolver.loadBalancer == nil
      && resolver.prioritizeByLocality == nil
  }

  // MARK: after assembly

  /// Depth-first walk over router and splitter edges (spec core-entries §7.6 step 1).
  mutating func detectSplitLoops(from start: String) {
    var path: [String] = []
    var done: Set<String> = []
    var reported = false
    walk(start, path: &path, done: &done, reported: &reported)
  }

  mutating func walk(_ key: String, path: inout [String], done: inout Set<String>, reported: inout Bool) {
    if reported { return }
    // A resolver (or missing) node has no edges to walk and is never on the path (it is taken off
    // again at once): walking it changes nothing, and most of a chain's nodes are resolvers.
    guard let node = nodes[key] else { return }
    if case .resolver = node { return }
    if path.contains(key) {
      reported = true
      let cycle = path + [key]
      var splitters: [LoopSplitter] = []
      var primary: SourceRange?
      // Point at the split that closes the loop, and note the splitters on it.
      if let last = path.last, case .splitter(_, _, let splits, _, _) = nodes[last],
        let split = splits.first(where: { $0.next == key })
      {
        primary = split.reference
      }
      for member in cycle.dropLast() where member != path.last {
        if case .splitter(_, let name, _, _, let range) = nodes[member] {
          splitters.append(LoopSplitter(service: name, range: range))
        }
      }
      report(ChainError(.splitLoop(cycle: cycle, splitters: splitters), at: primary ?? chainPlace))
      return
    }
    if done.contains(key) { return }
    path.append(key)
    switch node {
    case .router(let router):
      for route in router.routes { walk(route.nextNode, path: &path, done: &done, reported: &reported) }
    case .splitter(_, _, let splits, _, _):
      for split in splits { walk(split.next, path: &path, done: &done, reported: &reported) }
    case .resolver:
      break
    }
    path.removeLast()
    done.insert(key)
  }

  /// Splitter nodes with nested splitters multiplied out (spec core-entries §7.6 step 2).
  func flatten() -> [String: [ChainSplit]] {
    var memo: [String: [ChainSplit]] = [:]
    for key in splitterOrder {
      guard case .splitter = nodes[key] else { continue }
      _ = flattened(key, visiting: [], memo: &memo)
    }
    return memo
  }

  /// More legs than any real chain has: nested splitters that fan out on every level grow
  /// exponentially, so hostile input stops here instead of exhausting memory.
  static let maximumLegs = 10_000

  /// The legs of one splitter, each ending at a resolver; memoized per splitter, so shared nested
  /// splitters are flattened once. A leg back into a splitter on the current path (a loop,
  /// reported already) is left out.
  func flattened(_ key: String, visiting: Set<String>, memo: inout [String: [ChainSplit]]) -> [ChainSplit] {
    if let done = memo[key] { return done }
    guard case .splitter(_, _, let splits, _, _) = nodes[key] else { return [] }
    let inside = visiting.union([key])
    var output: [ChainSplit] = []
    var nested = false
    legs: for split in splits {
      if case .splitter(let innerKey, _, _, _, _) = nodes[split.next] {
        nested = true
        guard !inside.contains(innerKey) else { continue }
        for leg in flattened(innerKey, visiting: inside, memo: &memo) {
          guard output.count < ChainBuilder.maximumLegs else { break legs }
          output.append(
            ChainSplit(
              weight: SplitWeight.nested(outer: split.weight, inner: leg.weight), nextNode: leg.nextNode,
              requestHeaders: HeaderMerge.merge(base: split.requestHeaders, override: leg.requestHeaders),
              responseHeaders: HeaderMerge.merge(base: leg.responseHeaders, override: split.responseHeaders),
              ranges: split.ranges + leg.ranges))
        }
      } else {
        guard output.count < ChainBuilder.maximumLegs else { break legs }
        output.append(
          ChainSplit(
            weight: split.weight, nextNode: split.next, requestHeaders: split.requestHeaders,
            responseHeaders: split.responseHeaders, ranges: split.ranges))
      }
    }
    if !nested, let fragments {
      // Legs straight to resolvers depend on the splitter entry alone: one copy for every chain.
      output = fragments.sharedLegs(of: key, output)
    }
    memo[key] = output
    return output
  }

  /// True when a non-L7 protocol override makes Consul compile without routers and splitters
  /// (`disableAdvancedRoutingFeatures`); each entry so dropped marks the chain customized.
  mutating func dropsAdvancedRouting() -> Bool {
    guard let override = options.overrides.protocol, !override.isEmpty, !ChainBuilder.isHTTPLike(override)
    else { return false }
    customizedBy.protocol = true
    return true
  }

  static func isHTTPLike(_ value: String) -> Bool { ["http", "http2", "grpc"].contains(value) }

  mutating func checkAdvancedRouting() {
    let hasRouter = decoded(.serviceRouter, service)?.serviceRouter != nil && !dropsAdvancedRouting()
    guard hasRouter || builtSplitter else { return }
    let value = chainProtocol ?? "tcp"
    guard !["http", "http2", "grpc"].contains(value) else { return }
    let range: SourceRange
    var routing = AdvancedRouting.router
    if let routerPlace = place(.serviceRouter, service) {
      range = routerPlace
    } else if let splitterKey = splitterOrder.first,
      case .splitter(_, let name, _, _, let splitterRange) = nodes[splitterKey]
    {
      range = splitterRange
      routing = .splitter(service: name)
    } else {
      range = chainPlace
    }
    report(
      ChainError(
        .protocolNotL7(
          chain: service, protocol: value, routing: routing, first: firstProtocolService.map(serviceProtocol)),
        at: range))
  }

  func finish(start: String, flattened: [String: [ChainSplit]]) -> CompiledChain {
    // Reachable nodes after flattening.
    var reachable: Set<String> = []
    reachable.reserveCapacity(nodes.count)
    var stack = [start]
    while let key = stack.popLast() {
      guard reachable.insert(key).inserted else { continue }
      switch nodes[key] {
      case .router(let node): stack += node.routes.map(\.nextNode)
      case .splitter(let splitterKey, _, _, _, _): stack += (flattened[splitterKey] ?? []).map(\.nextNode)
      case .resolver, nil: break
      }
    }
    var output: [ChainNode] = []
    var usedTargets: Set<String> = []
    usedTargets.reserveCapacity(targets.count)
    for key in order where reachable.contains(key) {
      switch nodes[key] {
      case .router(let node): output.append(.router(node))
      case .splitter(let splitterKey, let name, _, let balancer, let range):
        output.append(
          .splitter(
            SplitterNode(
              key: splitterKey, service: name, splits: flattened[splitterKey] ?? [], loadBalancer: balancer,
              range: range)))
      case .resolver(let chainNode):
        // The node itself, shared with the fragment (and the other chains) it came from.
        output.append(chainNode)
        guard case .resolver(let node) = chainNode else { break }
        usedTargets.insert(node.targetID)
        usedTargets.formUnion(node.failover?.targets ?? [])
      case nil: break
      }
    }
    let (fallbackProtocol, fallbackSource) = protocolOf(service)
    var chain = CompiledChain(
      serviceName: service, namespace: options.namespace, partition: options.partition,
      datacenter: options.datacenter, trustDomain: options.trustDomain, protocol: chainProtocol ?? fallbackProtocol,
      protocolSource: chainProtocol == nil ? fallbackSource : protocolSource, startNode: start, nodes: output,
      targets: usedTargets.sorted().compactMap { targets[$0] })
    applyOverrides(to: &chain)
    return chain
  }

  /// The protocol override and the customization hash (the end of Consul's `compile`).
  func applyOverrides(to chain: inout CompiledChain) {
    var markers = customizedBy
    let overrides = options.overrides
    if let value = overrides.protocol, !value.isEmpty, value != chain.protocol {
      chain.protocol = value
      markers.protocol = true
    }
    guard !markers.isZero else { return }
    chain.customizationHash = CustomizationHash.hash(
      meshGatewayMode: markers.meshGateway ? overrides.meshGatewayMode ?? "" : "",
      protocol: markers.protocol ? overrides.protocol ?? "" : "",
      connectTimeout: markers.connectTimeout ? overrides.connectTimeout ?? 0 : 0)
  }
}
