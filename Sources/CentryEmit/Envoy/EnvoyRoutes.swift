import CentryAnalysis
import CentryModel

/// The RouteConfiguration Consul's xDS server sends for an upstream's chain (spec envoy §3),
/// newest Consul line: no `validate_clusters` (needs a mesh entry), `string_match` header
/// matchers, `safe_regex` without `google_re2`, no `total_weight`, `append_action` for `Set`, and
/// `PrefixRewrite = "/"` as a `regex_rewrite`.
enum EnvoyRoutes {
  /// The resource, or `nil` when Consul sends none: a `tcp` (or other non-HTTP) chain, or a
  /// default chain (spec envoy §1.4).
  static func routeConfiguration(for chain: CompiledChain, consul: ConsulVersion = .newest) -> YAMLNode? {
    guard chain.isHTTPLike, !chain.isDefault, let start = chain.start else { return nil }
    var routes: [YAMLNode] = []
    switch start {
    case .router(let router):
      for route in router.routes {
        routes.append(self.route(route, chain: chain, consul: consul))
      }
    case .splitter(let splitter):
      var action = YAMLMap()
      action.add("weighted_clusters", weightedClusters(splitter, chain: chain))
      action.add("hash_policy", ifPresent: hashPolicies(splitter.loadBalancer))
      routes.append(YAMLMap.of(("match", catchAllMatch), ("route", action.node)))
    case .resolver(let resolver):
      var action = YAMLMap()
      action.add("cluster", clusterName(resolver, chain: chain))
      action.add("timeout", ifPresent: timeout(resolver.requestTimeout))
      action.add("hash_policy", ifPresent: hashPolicies(resolver.loadBalancer))
      routes.append(YAMLMap.of(("match", catchAllMatch), ("route", action.node)))
    }
    var virtualHost = YAMLMap()
    virtualHost.add("name", chain.serviceName)
    virtualHost.add("domains", .sequence([.string("*")]))
    virtualHost.add("routes", .sequence(routes))
    var resource = YAMLMap()
    resource.add("@type", EnvoyType.routeConfiguration)
    resource.add("name", chain.serviceName)
    resource.add("virtual_hosts", .sequence([virtualHost.node]))
    return resource.node
  }

  private static let catchAllMatch = YAMLMap.of(("prefix", .string("/")))

  // MARK: - Routes

  private static func route(_ route: ChainRoute, chain: CompiledChain, consul: ConsulVersion) -> YAMLNode {
    let match = route.match
    var action = YAMLMap()
    var balancer: LoadBalancer?
    switch chain.node(route.nextNode) {
    case .splitter(let splitter):
      action.add("weighted_clusters", weightedClusters(splitter, chain: chain))
      balancer = splitter.loadBalancer
    case .resolver(let resolver):
      action.add("cluster", clusterName(resolver, chain: chain))
      balancer = resolver.loadBalancer
    case .router, nil:
      // A route never leads to a router; an unknown key means a broken chain: no cluster.
      break
    }
    var entry = YAMLMap()
    entry.add("match", self.match(match))
    if route.isDefault {
      // Consul's catch-all route has a destination (the chain's service) matching prefix "/".
      addRewrite(nil, prefix: "/", caseInsensitive: false, consul: consul, to: &action)
    }
    if let destination = route.destination {
      let prefix = nonEmpty(match?.pathExact) == nil ? nonEmpty(match?.pathPrefix) ?? "" : ""
      addRewrite(
        nonEmpty(destination.prefixRewrite), prefix: prefix, caseInsensitive: match?.caseInsensitive?.value == true,
        consul: consul, to: &action)
      action.add("timeout", ifPresent: timeout(destination.requestTimeout?.value.nanoseconds ?? 0))
      action.add("idle_timeout", ifPresent: timeout(destination.idleTimeout?.value.nanoseconds ?? 0))
      action.add("retry_policy", ifPresent: retryPolicy(destination))
    }
    action.add("hash_policy", ifPresent: hashPolicies(balancer))
    entry.add("route", action.node)
    if let destination = route.destination {
      EnvoyRoutes.addHeaderModifiers(
        request: destination.requestHeaders?.value, response: destination.responseHeaders?.value, to: &entry)
    }
    return entry.node
  }

  /// `>0` → that duration, `<0` → `0s` (disabled), `0` → none.
  private static func timeout(_ nanoseconds: Int64) -> YAMLNode? {
    if nanoseconds > 0 { return .string(ProtoJSON.duration(nanoseconds: nanoseconds)) }
    if nanoseconds < 0 { return .string("0s") }
    return nil
  }

  private static func clusterName(_ resolver: ResolverNode, chain: CompiledChain) -> String {
    chain.target(resolver.targetID).map(chain.clusterName) ?? resolver.targetID
  }

  // MARK: - Match

  private static func nonEmpty(_ value: Located<String>?) -> String? {
    guard let text = value?.value, !text.isEmpty else { return nil }
    return text
  }

  static func match(_ match: ServiceRouteHTTPMatch?) -> YAMLNode {
    var out = YAMLMap()
    if let exact = nonEmpty(match?.pathExact) {
      out.add("path", exact)
    } else if let prefix = nonEmpty(match?.pathPrefix) {
      out.add("prefix", prefix)
    } else if let regex = nonEmpty(match?.pathRegex) {
      out.add("safe_regex", YAMLMap.of(("regex", .string(regex))))
    } else {
      out.add("prefix", "/")
    }
    guard let match else { return out.node }
    if match.caseInsensitive?.value == true { out.add("case_sensitive", .bool(false)) }
    var headers: [YAMLNode] = []
    for header in match.header.orEmpty().map(\.value) {
      var entry = YAMLMap()
      entry.add("name", header.name?.value ?? "")
      if let exact = nonEmpty(header.exact) {
        entry.add("string_match", YAMLMap.of(("exact", .string(exact))))
      } else if let regex = nonEmpty(header.regex) {
        entry.add("string_match", YAMLMap.of(("safe_regex", YAMLMap.of(("regex", .string(regex))))))
      } else if let prefix = nonEmpty(header.prefix) {
        entry.add("string_match", YAMLMap.of(("prefix", .string(prefix))))
      } else if let suffix = nonEmpty(header.suffix) {
        entry.add("string_match", YAMLMap.of(("suffix", .string(suffix))))
      } else if header.present?.value == true {
        entry.add("present_match", .bool(true))
      } else {
        continue
      }
      if header.invert?.value == true { entry.add("invert_match", .bool(true)) }
      headers.append(entry.node)
    }
    let methods = match.methods.orEmpty().map(\.value)
    if !methods.isEmpty {
      // Consul joins the methods as written (Normalize upper-cases them on the server).
      let regex = methods.map { $0.uppercased() }.joined(separator: "|")
      headers.append(
        YAMLMap.of(
          ("name", .string(":method")),
          ("string_match", YAMLMap.of(("safe_regex", YAMLMap.of(("regex", .string(regex)))))))
      )
    }
    if !headers.isEmpty { out.add("headers", .sequence(headers)) }
    var queries: [YAMLNode] = []
    for query in match.queryParam.orEmpty().map(\.value) {
      var entry = YAMLMap()
      entry.add("name", query.name?.value ?? "")
      if let exact = nonEmpty(query.exact) {
        entry.add("string_match", YAMLMap.of(("exact", .string(exact))))
      } else if let regex = nonEmpty(query.regex) {
        entry.add("string_match", YAMLMap.of(("safe_regex", YAMLMap.of(("regex", .string(regex))))))
      } else if query.present?.value == true {
        entry.add("present_match", .bool(true))
      } else {
        continue
      }
      queries.append(entry.node)
    }
    if !queries.isEmpty { out.add("query_parameters", .sequence(queries)) }
    return out.node
  }

  // MARK: - Action parts

  /// The route's path rewrite (spec envoy §3.4) for Consul `consul`'s ``PrefixRewriteForm``: `nil`
  /// (no `PrefixRewrite`) → nothing, except from 1.22.1 to 1.22.6; `"/"` → `prefix_rewrite: /`
  /// before 1.22.1, else the `regex_rewrite` `^<quoted prefix>(/?)(.*)` → `/\2` (`(?i)` first for a
  /// case-insensitive match; no prefix for `PathExact`); anything else → `prefix_rewrite`.
  private static func addRewrite(
    _ rewrite: String?, prefix: String, caseInsensitive: Bool, consul: ConsulVersion, to action: inout YAMLMap
  ) {
    let form = consul.prefixRewriteForm
    switch (rewrite, form) {
    case (nil, .prefixRewrite), (nil, .regexForSlash): return
    case (let value?, .prefixRewrite): action.add("prefix_rewrite", value)
    case (let value?, _) where value != "/": action.add("prefix_rewrite", value)
    case (_, .regexForSlash), (_, .regexForSlashAndUnset):
      var pattern = "^" + GoRegexp.quoteMeta(prefix) + "(/?)(.*)"
      if caseInsensitive { pattern = "(?i)" + pattern }
      action.add(
        "regex_rewrite",
        YAMLMap.of(("pattern", YAMLMap.of(("regex", .string(pattern)))), ("substitution", .string("/\\2"))))
    }
  }

  private static func retryPolicy(_ destination: ServiceRouteDestination) -> YAMLNode? {
    let numRetries = destination.numRetries?.value ?? 0
    let connectFailure = destination.retryOnConnectFailure?.value ?? false
    let retryOn = destination.retryOn.orEmpty().map(\.value)
    let codes = destination.retryOnStatusCodes.orEmpty().map(\.value)
    guard numRetries > 0 || connectFailure || !retryOn.isEmpty || !codes.isEmpty else { return nil }
    var conditions = retryOn
    if connectFailure, !conditions.contains("connect-failure") { conditions.append("connect-failure") }
    if !codes.isEmpty { conditions.append("retriable-status-codes") }
    var policy = YAMLMap()
    if !conditions.isEmpty { policy.add("retry_on", conditions.joined(separator: ",")) }
    if numRetries > 0 { policy.add("num_retries", .int(Int(numRetries))) }
    if !codes.isEmpty { policy.add("retriable_status_codes", .sequence(codes.map { .int(Int($0)) })) }
    return policy.node
  }

  /// Route hash policies from a hash-based load balancer (spec envoy §3.6).
  private static func hashPolicies(_ balancer: LoadBalancer?) -> YAMLNode? {
    guard let balancer, let policy = balancer.policy?.value, policy == "ring_hash" || policy == "maglev" else {
      return nil
    }
    var out: [YAMLNode] = []
    for hash in balancer.hashPolicies.orEmpty().map(\.value) {
      var entry = YAMLMap()
      if hash.sourceIP?.value == true {
        entry.add("connection_properties", YAMLMap.of(("source_ip", .bool(true))))
      } else {
        let value = hash.fieldValue?.value ?? ""
        switch hash.field?.value ?? "" {
        case "header":
          entry.add("header", YAMLMap.of(("header_name", .string(value))))
        case "cookie":
          var cookie = YAMLMap()
          cookie.add("name", value)
          if let config = hash.cookieConfig?.value {
            let ttl = config.ttl?.value.nanoseconds ?? 0
            if config.session?.value == true {
              cookie.add("ttl", "0s")
            } else if ttl != 0 {
              cookie.add("ttl", ProtoJSON.duration(nanoseconds: ttl))
            }
            if let path = nonEmpty(config.path) { cookie.add("path", path) }
          }
          entry.add("cookie", cookie.node)
        case "query_parameter":
          entry.add("query_parameter", YAMLMap.of(("name", .string(value))))
        default:
          continue
        }
      }
      if hash.terminal?.value == true { entry.add("terminal", .bool(true)) }
      out.append(entry.node)
    }
    return out.isEmpty ? nil : .sequence(out)
  }

  private static func weightedClusters(_ splitter: SplitterNode, chain: CompiledChain) -> YAMLNode {
    var clusters: [YAMLNode] = []
    for split in splitter.splits {
      var entry = YAMLMap()
      if case .resolver(let resolver) = chain.node(split.nextNode) {
        entry.add("name", clusterName(resolver, chain: chain))
      } else {
        entry.add("name", split.nextNode)
      }
      entry.add("weight", .int(split.envoyWeight))
      addHeaderModifiers(request: split.requestHeaders, response: split.responseHeaders, to: &entry)
      clusters.append(entry.node)
    }
    return YAMLMap.of(("clusters", .sequence(clusters)))
  }

  /// `request_headers_to_add` (Add pairs sorted by name, then Set pairs with
  /// `OVERWRITE_IF_EXISTS_OR_ADD`), `request_headers_to_remove`, and the same for responses.
  static func addHeaderModifiers(request: HTTPHeaderModifiers?, response: HTTPHeaderModifiers?, to map: inout YAMLMap) {
    for (side, modifiers) in [("request", request), ("response", response)] {
      guard let modifiers else { continue }
      var additions: [YAMLNode] = []
      for entry in sorted(modifiers.add.orEmpty()) {
        additions.append(YAMLMap.of(("header", header(entry))))
      }
      for entry in sorted(modifiers.set.orEmpty()) {
        additions.append(
          YAMLMap.of(("header", header(entry)), ("append_action", .string("OVERWRITE_IF_EXISTS_OR_ADD"))))
      }
      if !additions.isEmpty { map.add("\(side)_headers_to_add", .sequence(additions)) }
      let removals = modifiers.remove.orEmpty().map { YAMLNode.string($0.value) }
      if !removals.isEmpty { map.add("\(side)_headers_to_remove", .sequence(removals)) }
    }
  }

  private static func header(_ entry: MapEntry<String>) -> YAMLNode {
    YAMLMap.of(("key", .string(entry.key)), ("value", .string(entry.value.value)))
  }

  private static func sorted(_ entries: [MapEntry<String>]) -> [MapEntry<String>] {
    entries.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
  }
}
