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
    guard let start = start(of: chain) else { return nil }
    return YAMLTreeBuilder.build { write(chain, start: start, consul: consul, to: &$0) }
  }

  /// ``routeConfiguration(for:consul:)`` as the text of an item of the document's list, written
  /// without its tree.
  static func routeConfigurationItem(for chain: CompiledChain, consul: ConsulVersion = .newest) -> [UInt8]? {
    guard let start = start(of: chain) else { return nil }
    return YAMLWriter.listItem { write(chain, start: start, consul: consul, to: &$0) }
  }

  /// The chain's first node when Consul sends a RouteConfiguration for it.
  private static func start(of chain: CompiledChain) -> ChainNode? {
    guard chain.isHTTPLike, !chain.isDefault else { return nil }
    return chain.start
  }

  private static func write<Sink: YAMLSink>(
    _ chain: CompiledChain, start: ChainNode, consul: ConsulVersion, to sink: inout Sink
  ) {
    let targets = RouteTargets(chain)
    sink.mapping { resource in
      resource.member("@type", EnvoyType.routeConfiguration)
      resource.member("name", chain.serviceName)
      resource.sequence(at: "virtual_hosts") { hosts in
        hosts.item()
        hosts.mapping { host in
          host.member("name", chain.serviceName)
          host.member("domains", node: anyDomain)
          host.sequence(at: "routes") { routes in
            switch start {
            case .router(let router):
              for route in router.routes {
                routes.item()
                self.route(route, targets: targets, consul: consul, to: &routes)
              }
            case .splitter(let splitter):
              routes.item()
              routes.mapping { entry in
                entry.member("match", node: catchAllMatch)
                entry.mapping(at: "route") { action in
                  action.key("weighted_clusters")
                  weightedClusters(splitter, targets: targets, to: &action)
                  action.member("hash_policy", ifPresent: hashPolicies(splitter.loadBalancer))
                }
              }
            case .resolver(let resolver):
              routes.item()
              routes.mapping { entry in
                entry.member("match", node: catchAllMatch)
                entry.mapping(at: "route") { action in
                  action.member("cluster", RouteTargets.clusterName(resolver, chain: chain))
                  action.member("timeout", ifPresent: timeout(resolver.requestTimeout))
                  action.member("hash_policy", ifPresent: hashPolicies(resolver.loadBalancer))
                }
              }
            }
          }
        }
      }
    }
  }

  private static let catchAllMatch = YAMLMap.of(("prefix", .string("/")))
  private static let anyDomain = YAMLNode.sequence([.string("*")])

  // MARK: - Routes

  private static func route<Sink: YAMLSink>(
    _ route: ChainRoute, targets: RouteTargets, consul: ConsulVersion, to sink: inout Sink
  ) {
    let match = route.match
    let next = targets.node(route.nextNode)
    sink.mapping { entry in
      entry.key("match")
      self.match(match, to: &entry)
      entry.mapping(at: "route") { action in
        var balancer: LoadBalancer?
        switch next?.node {
        case .splitter(let splitter):
          action.key("weighted_clusters")
          weightedClusters(splitter, targets: targets, to: &action)
          balancer = splitter.loadBalancer
        case .resolver(let resolver):
          action.member("cluster", next?.clusterName ?? resolver.targetID)
          balancer = resolver.loadBalancer
        case .router, nil:
          // A route never leads to a router; an unknown key means a broken chain: no cluster.
          break
        }
        if route.isDefault {
          // Consul's catch-all route has a destination (the chain's service) matching prefix "/".
          addRewrite(nil, prefix: "/", caseInsensitive: false, consul: consul, to: &action)
        }
        if let destination = route.destination {
          let prefix = nonEmpty(match?.pathExact) == nil ? nonEmpty(match?.pathPrefix) ?? "" : ""
          addRewrite(
            nonEmpty(destination.prefixRewrite), prefix: prefix,
            caseInsensitive: match?.caseInsensitive?.value == true, consul: consul, to: &action)
          action.member("timeout", ifPresent: timeout(destination.requestTimeout?.value.nanoseconds ?? 0))
          action.member("idle_timeout", ifPresent: timeout(destination.idleTimeout?.value.nanoseconds ?? 0))
          action.member("retry_policy", ifPresent: retryPolicy(destination))
        }
        action.member("hash_policy", ifPresent: hashPolicies(balancer))
      }
      if let destination = route.destination {
        EnvoyRoutes.addHeaderModifiers(
          request: destination.requestHeaders?.value, response: destination.responseHeaders?.value, to: &entry)
      }
    }
  }

  /// `>0` → that duration, `<0` → `0s` (disabled), `0` → none.
  private static func timeout(_ nanoseconds: Int64) -> YAMLNode? {
    if nanoseconds > 0 { return .string(ProtoJSON.duration(nanoseconds: nanoseconds)) }
    if nanoseconds < 0 { return .string("0s") }
    return nil
  }

  // MARK: - Match

  private static func nonEmpty(_ value: Located<String>?) -> String? {
    guard let text = value?.value, !text.isEmpty else { return nil }
    return text
  }

  static func match<Sink: YAMLSink>(_ match: ServiceRouteHTTPMatch?, to sink: inout Sink) {
    sink.mapping { out in
      if let exact = nonEmpty(match?.pathExact) {
        out.member("path", exact)
      } else if let prefix = nonEmpty(match?.pathPrefix) {
        out.member("prefix", prefix)
      } else if let regex = nonEmpty(match?.pathRegex) {
        out.mapping(at: "safe_regex") { $0.member("regex", regex) }
      } else {
        out.member("prefix", "/")
      }
      guard let match else { return }
      if match.caseInsensitive?.value == true { out.member("case_sensitive", node: .bool(false)) }
      // Headers without a matcher are left out (a list of those alone is no `headers` member).
      let headers = match.header.orEmpty().compactMap { header in
        headerMatcher(header.value).map { (header: header.value, matcher: $0) }
      }
      let methods = match.methods.orEmpty().map(\.value)
      if !headers.isEmpty || !methods.isEmpty {
        out.sequence(at: "headers") { list in
          for (header, matcher) in headers {
            list.item()
            list.mapping { entry in
              entry.member("name", header.name?.value ?? "")
              write(matcher, to: &entry)
              if header.invert?.value == true { entry.member("invert_match", node: .bool(true)) }
            }
          }
          if !methods.isEmpty {
            // Consul joins the methods as written (Normalize upper-cases them on the server).
            let regex = methods.map { $0.uppercased() }.joined(separator: "|")
            list.item()
            list.mapping { entry in
              entry.member("name", ":method")
              write(.regex(regex), to: &entry)
            }
          }
        }
      }
      let queries = match.queryParam.orEmpty().compactMap { query in
        queryMatcher(query.value).map { (query: query.value, matcher: $0) }
      }
      if !queries.isEmpty {
        out.sequence(at: "query_parameters") { list in
          for (query, matcher) in queries {
            list.item()
            list.mapping { entry in
              entry.member("name", query.name?.value ?? "")
              write(matcher, to: &entry)
            }
          }
        }
      }
    }
  }

  /// How a header or query parameter is matched, in Consul's order of precedence.
  private enum Matcher {
    case exact(String), regex(String), prefix(String), suffix(String), present
  }

  private static func headerMatcher(_ header: ServiceRouteHTTPMatchHeader) -> Matcher? {
    if let exact = nonEmpty(header.exact) { return .exact(exact) }
    if let regex = nonEmpty(header.regex) { return .regex(regex) }
    if let prefix = nonEmpty(header.prefix) { return .prefix(prefix) }
    if let suffix = nonEmpty(header.suffix) { return .suffix(suffix) }
    return header.present?.value == true ? .present : nil
  }

  private static func queryMatcher(_ query: ServiceRouteHTTPMatchQueryParam) -> Matcher? {
    if let exact = nonEmpty(query.exact) { return .exact(exact) }
    if let regex = nonEmpty(query.regex) { return .regex(regex) }
    return query.present?.value == true ? .present : nil
  }

  /// `string_match: {…}` or `present_match: true`.
  private static func write<Sink: YAMLSink>(_ matcher: Matcher, to entry: inout Sink) {
    switch matcher {
    case .exact(let value): entry.mapping(at: "string_match") { $0.member("exact", value) }
    case .regex(let value):
      entry.mapping(at: "string_match") { match in match.mapping(at: "safe_regex") { $0.member("regex", value) } }
    case .prefix(let value): entry.mapping(at: "string_match") { $0.member("prefix", value) }
    case .suffix(let value): entry.mapping(at: "string_match") { $0.member("suffix", value) }
    case .present: entry.member("present_match", node: .bool(true))
    }
  }

  // MARK: - Action parts

  /// The route's path rewrite (spec envoy §3.4) for Consul `consul`'s ``PrefixRewriteForm``: `nil`
  /// (no `PrefixRewrite`) → nothing, except from 1.22.1 to 1.22.6; `"/"` → `prefix_rewrite: /`
  /// before 1.22.1, else the `regex_rewrite` `^<quoted prefix>(/?)(.*)` → `/\2` (`(?i)` first for a
  /// case-insensitive match; no prefix for `PathExact`); anything else → `prefix_rewrite`.
  private static func addRewrite<Sink: YAMLSink>(
    _ rewrite: String?, prefix: String, caseInsensitive: Bool, consul: ConsulVersion, to action: inout Sink
  ) {
    let form = consul.prefixRewriteForm
    switch (rewrite, form) {
    case (nil, .prefixRewrite), (nil, .regexForSlash): return
    case (let value?, .prefixRewrite): action.member("prefix_rewrite", value)
    case (let value?, _) where value != "/": action.member("prefix_rewrite", value)
    case (_, .regexForSlash), (_, .regexForSlashAndUnset):
      var pattern = "^" + GoRegexp.quoteMeta(prefix) + "(/?)(.*)"
      if caseInsensitive { pattern = "(?i)" + pattern }
      action.member(
        "regex_rewrite",
        node: YAMLMap.of(("pattern", YAMLMap.of(("regex", .string(pattern)))), ("substitution", .string("/\\2"))))
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

  /// `{clusters: [{name, weight, header modifiers}…]}` of the splitter's splits.
  private static func weightedClusters<Sink: YAMLSink>(
    _ splitter: SplitterNode, targets: RouteTargets, to sink: inout Sink
  ) {
    sink.mapping { out in
      out.sequence(at: "clusters") { clusters in
        for split in splitter.splits {
          clusters.item()
          clusters.mapping { entry in
            entry.member("name", targets.clusterName(ofNode: split.nextNode) ?? split.nextNode)
            entry.member("weight", node: .int(split.envoyWeight))
            addHeaderModifiers(request: split.requestHeaders, response: split.responseHeaders, to: &entry)
          }
        }
      }
    }
  }

  /// `request_headers_to_add` (Add pairs sorted by name, then Set pairs with
  /// `OVERWRITE_IF_EXISTS_OR_ADD`), `request_headers_to_remove`, and the same for responses.
  static func addHeaderModifiers<Sink: YAMLSink>(
    request: HTTPHeaderModifiers?, response: HTTPHeaderModifiers?, to map: inout Sink
  ) {
    addHeaderModifiers(request, add: "request_headers_to_add", remove: "request_headers_to_remove", to: &map)
    addHeaderModifiers(response, add: "response_headers_to_add", remove: "response_headers_to_remove", to: &map)
  }

  private static func addHeaderModifiers<Sink: YAMLSink>(
    _ modifiers: HTTPHeaderModifiers?, add addKey: String, remove removeKey: String, to map: inout Sink
  ) {
    guard let modifiers else { return }
    let additions = sorted(modifiers.add.orEmpty())
    let sets = sorted(modifiers.set.orEmpty())
    if !additions.isEmpty || !sets.isEmpty {
      map.sequence(at: addKey) { list in
        for entry in additions {
          list.item()
          list.mapping { $0.member("header", node: header(entry)) }
        }
        for entry in sets {
          list.item()
          list.mapping { option in
            option.member("header", node: header(entry))
            option.member("append_action", "OVERWRITE_IF_EXISTS_OR_ADD")
          }
        }
      }
    }
    let removals = modifiers.remove.orEmpty()
    if !removals.isEmpty {
      map.sequence(at: removeKey) { list in
        for removal in removals {
          list.item()
          list.string(removal.value)
        }
      }
    }
  }

  private static func header(_ entry: MapEntry<String>) -> YAMLNode {
    YAMLMap.of(("key", .string(entry.key)), ("value", .string(entry.value.value)))
  }

  private static func sorted(_ entries: [MapEntry<String>]) -> [MapEntry<String>] {
    entries.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
  }
}
