// The four entries of each service: service-defaults, service-resolver, service-router and
// service-splitter. Every reference resolves inside the mesh and every value passes every
// check, so a clean corpus lints without a single diagnostic.

/// One generated entry, ready to be written as a file or as a bootstrap element.
struct GeneratedEntry {
  var service: String
  /// `defaults`, `resolver`, `router` or `splitter` (the file name's middle part).
  var role: String
  var fields: [TreeField]
  var style: KeyStyle
  /// Written as a `.json` file (bootstrap files are HCL, so there it is written as HCL).
  var json: Bool
  /// HCL object values as blocks (`Key { … }`) rather than assignments (`Key = { … }`).
  var blocks: Bool
  var commentStyle: Int
  /// What was broken on purpose (`nil` in a clean corpus), for the mistakes summary.
  var mistake: Mistake?

  var fileName: String { "\(service).\(role).\(json ? "json" : "hcl")" }

  /// The text of the entry's own file.
  func fileText() -> String {
    let text =
      json
      ? JSONWriter(style: style).file(fields)
      : HCLWriter(style: style, blocks: blocks, commentStyle: commentStyle).file(fields)
    return mistake == .syntax ? Mistake.breakSyntax(text) : text
  }

  /// The entry as an element of `config_entries { bootstrap = [...] }`.
  func bootstrapElement() -> String {
    let text = HCLWriter(style: style, blocks: blocks, commentStyle: commentStyle).element(fields, indent: "    ")
    return mistake == .syntax ? Mistake.breakSyntax(text) : text
  }
}

/// Builds the entries of one service.
struct MeshEntries {
  var plan: MeshPlan

  /// The four entries of `service`, in a fixed order.
  func entries(of service: ServicePlan) -> [GeneratedEntry] {
    // Streams 4·index … 4·index+3 of the seed: 4·index is the plan's own, the rest are the
    // entries'; each entry's shape therefore never depends on how another entry was drawn.
    var random = Random(seed: plan.seed, stream: UInt64(service.index) &* 4 &+ 1)
    var entries: [GeneratedEntry] = []
    for role in ["defaults", "resolver", "router", "splitter"] {
      let fields: [TreeField]
      switch role {
      case "defaults": fields = serviceDefaults(service, &random)
      case "resolver": fields = resolver(service, &random)
      case "router": fields = router(service, &random)
      default: fields = splitter(service, &random)
      }
      entries.append(
        GeneratedEntry(
          service: service.name, role: role, fields: fields, style: service.style, json: random.chance(10),
          blocks: random.chance(60), commentStyle: random.below(3), mistake: nil))
    }
    return entries
  }

  private func header(_ kind: String, _ service: ServicePlan, comment: String) -> [TreeField] {
    [field("Kind", string(kind), comment: comment), field("Name", string(service.name))]
  }

  func serviceDefaults(_ service: ServicePlan, _ random: inout Random) -> [TreeField] {
    let team = "team-\(service.index % 97)"
    var fields = header("service-defaults", service, comment: "Defaults for \(service.name), owned by \(team).")
    fields.append(field("Protocol", string(service.proto)))
    fields.append(
      field(
        "MeshGateway", alias: "mesh_gateway",
        .object([field("Mode", string(random.pick(["local", "remote", "none"])))])))
    if random.chance(30) {
      fields.append(
        field(
          "TransparentProxy", alias: "transparent_proxy",
          .object([
            field("OutboundListenerPort", alias: "outbound_listener_port", number(15001)),
            field("DialedDirectly", alias: "dialed_directly", .bool(random.chance(20))),
          ])))
    }
    fields.append(
      field("MaxInboundConnections", alias: "max_inbound_connections", number(random.pick([256, 512, 1024, 4096]))))
    fields.append(
      field("LocalConnectTimeoutMs", alias: "local_connect_timeout_ms", number(random.pick([1000, 2000, 5000]))))
    fields.append(
      field("LocalRequestTimeoutMs", alias: "local_request_timeout_ms", number(random.pick([15000, 30000, 60000]))))
    let port = 8000 + random.below(1000)
    fields.append(
      field(
        "Expose",
        .object([
          field("Checks", .bool(true)),
          field(
            "Paths",
            .list([
              .object([
                field("Path", string("/health")),
                field("LocalPathPort", alias: "local_path_port", number(port)),
                field("ListenerPort", alias: "listener_port", number(21500 + random.below(500))),
                field("Protocol", string(service.proto == "http" ? "http" : "http2")),
              ])
            ])),
        ]), comment: "Health checks reach the app through the proxy."))
    var upstream: [TreeField] = [
      field("ConnectTimeoutMs", alias: "connect_timeout_ms", number(random.pick([2000, 5000, 10000]))),
      field(
        "Limits",
        .object([
          field("MaxConnections", alias: "max_connections", number(random.pick([512, 1024, 2048]))),
          field("MaxPendingRequests", alias: "max_pending_requests", number(random.pick([256, 512]))),
          field("MaxConcurrentRequests", alias: "max_concurrent_requests", number(random.pick([256, 512, 1024]))),
        ])),
    ]
    if random.chance(40) {
      upstream.append(
        field(
          "PassiveHealthCheck", alias: "passive_health_check",
          .object([
            field("Interval", string("\(random.pick([5, 10, 30]))s")),
            field("MaxFailures", alias: "max_failures", number(random.within(3...10))),
            field("EnforcingConsecutive5xx", alias: "enforcing_consecutive_5xx", number(random.pick([50, 100]))),
          ])))
    }
    fields.append(field("UpstreamConfig", alias: "upstream_config", .object([field("Defaults", .object(upstream))])))
    var meta: [TreeField] = [
      data("owner", string(team)),
      data("cost-center", string("cc-\(100 + random.below(900))")),
      data("tier", string(random.pick(["frontend", "backend", "data", "platform"]))),
    ]
    if random.chance(25) {
      meta.append(
        data(
          "runbook",
          .heredoc(
            "Page \(team) first. Dashboards: grafana/d/\(service.name).\nRollbacks go through the deploy pipeline.\n",
            indented: random.chance(50))))
    }
    fields.append(field("Meta", .object(meta)))
    return fields
  }

  func resolver(_ service: ServicePlan, _ random: inout Random) -> [TreeField] {
    var fields = header("service-resolver", service, comment: "Subsets of \(service.name) by deployed version.")
    fields.append(field("DefaultSubset", alias: "default_subset", string(service.subsets[0])))
    fields.append(field("ConnectTimeout", alias: "connect_timeout", string("\(random.pick([1, 2, 5, 10]))s")))
    var subsets: [TreeField] = []
    for subset in service.subsets {
      let filter: String
      switch random.below(3) {
      case 0: filter = "Service.Meta.version == \"\(subset)\""
      case 1: filter = "\"\(subset)\" in Service.Tags"
      default: filter = "Service.Meta.track == \"\(subset)\" and Service.Meta.env != \"dev\""
      }
      var body: [TreeField] = [
        field("Filter", random.chance(20) ? .heredoc(filter + "\n", indented: random.chance(50)) : string(filter))
      ]
      if random.chance(60) { body.append(field("OnlyPassing", alias: "only_passing", .bool(true))) }
      subsets.append(data(subset, .object(body), comment: random.chance(30) ? "instances tagged \(subset)" : nil))
    }
    fields.append(field("Subsets", .object(subsets)))
    if random.chance(50) {
      let datacenters = random.shuffled(["dc2", "dc3", "dc4"]).prefix(random.within(1...2)).map { string($0) }
      fields.append(field("Failover", .object([data("*", .object([field("Datacenters", .list(datacenters))]))])))
    }
    switch random.below(10) {
    case 0, 1:
      fields.append(
        field(
          "LoadBalancer", alias: "load_balancer",
          .object([
            field("Policy", string("least_request")),
            field(
              "LeastRequestConfig", alias: "least_request_config",
              .object([field("ChoiceCount", alias: "choice_count", number(random.within(2...5)))])),
          ])))
    case 2:
      fields.append(
        field(
          "LoadBalancer", alias: "load_balancer",
          .object([
            field("Policy", string("ring_hash")),
            field(
              "RingHashConfig", alias: "ring_hash_config",
              .object([
                field("MinimumRingSize", alias: "minimum_ring_size", number(1024)),
                field("MaximumRingSize", alias: "maximum_ring_size", number(8192)),
              ])),
            field(
              "HashPolicies", alias: "hash_policies",
              .list([
                .object([
                  field("Field", string("header")), field("FieldValue", alias: "field_value", string("x-user-id")),
                ]),
                .object([field("SourceIP", alias: "source_ip", .bool(true))]),
              ])),
          ])))
    default:
      break
    }
    return fields
  }

  func router(_ service: ServicePlan, _ random: inout Random) -> [TreeField] {
    var fields = header("service-router", service, comment: "HTTP routes of \(service.name).")
    let peers = plan.byProtocol[service.proto] ?? [service.index]
    var routes: [TreeValue] = []
    for route in 0..<random.within(3...20) {
      let base = "/\(service.name)/r\(route)"
      var http: [TreeField] = []
      var prefix = false
      switch route == 0 ? 0 : random.below(5) {
      case 0:
        http.append(field("PathPrefix", alias: "path_prefix", string(base + "/")))
        prefix = true
      case 1:
        http.append(field("PathExact", alias: "path_exact", string(base)))
        http.append(
          field("Methods", .list(random.shuffled(["GET", "POST", "PUT", "DELETE"]).prefix(2).map { string($0) })))
      case 2:
        http.append(field("PathPrefix", alias: "path_prefix", string(base + "/")))
        http.append(
          field("Header", .list([.object([field("Name", string("x-version")), field("Exact", string("\(route)"))])])))
        prefix = true
      case 3:
        http.append(field("PathRegex", alias: "path_regex", string(base + "/items/[0-9]+")))
      default:
        http.append(field("PathPrefix", alias: "path_prefix", string(base + "/")))
        http.append(
          field(
            "QueryParam", alias: "query_param",
            .list([.object([field("Name", string("debug")), field("Present", .bool(true))])])))
        prefix = true
      }
      let target = plan.services[random.chance(10) ? service.index : random.pick(peers)]
      var destination: [TreeField] = [field("Service", string(target.name))]
      if random.chance(50) {
        destination.append(field("ServiceSubset", alias: "service_subset", string(random.pick(target.subsets))))
      }
      if prefix, random.chance(25) { destination.append(field("PrefixRewrite", alias: "prefix_rewrite", string("/"))) }
      if random.chance(40) {
        destination.append(field("RequestTimeout", alias: "request_timeout", string("\(random.within(1...30))s")))
      }
      if random.chance(30) {
        destination.append(field("NumRetries", alias: "num_retries", number(random.within(1...5))))
        if random.chance(50) {
          destination.append(
            field("RetryOnStatusCodes", alias: "retry_on_status_codes", .list([number(503), number(504)])))
        } else {
          destination.append(field("RetryOn", alias: "retry_on", .list([string("connect-failure"), string("reset")])))
        }
      }
      if random.chance(10) {
        destination.append(
          field(
            "RequestHeaders", alias: "request_headers",
            .object([field("Set", .object([data("x-route", string("\(service.name)-r\(route)"))]))])))
      }
      routes.append(
        .object([
          field(
            "Match", .object([field("HTTP", .object(http))]),
            comment: random.chance(25) ? "route \(route) to \(target.name)" : nil),
          field("Destination", .object(destination)),
        ]))
    }
    fields.append(field("Routes", .list(routes)))
    return fields
  }

  func splitter(_ service: ServicePlan, _ random: inout Random) -> [TreeField] {
    var fields = header("service-splitter", service, comment: "Traffic shares of \(service.name) by subset.")
    // Weights in hundredths that add up to exactly 100, every split at least 1 %.
    let count = service.subsets.count
    let decimals = random.chance(20)
    let unit = decimals ? 1 : 100
    var remaining = 10_000 / unit
    var weights: [Int] = []
    for position in 0..<count {
      let left = count - position - 1
      if left == 0 {
        weights.append(remaining)
      } else {
        let most = remaining - left * (100 / unit)
        let weight = random.within((100 / unit)...min(most, most / 2 + 100 / unit))
        weights.append(weight)
        remaining -= weight
      }
    }
    var splits: [TreeValue] = []
    for (subset, weight) in zip(service.subsets, weights) {
      var split: [TreeField] = [
        field("Weight", .number(decimals ? Self.hundredths(weight) : String(weight))),
        field("ServiceSubset", alias: "service_subset", string(subset)),
      ]
      if random.chance(30) {
        split.append(
          field(
            "ResponseHeaders", alias: "response_headers",
            .object([field("Set", .object([data("x-subset", string(subset))]))])))
      }
      splits.append(.object(split))
    }
    fields.append(field("Splits", .list(splits)))
    return fields
  }

  /// `3333` → `33.33`, `5000` → `50`, `1250` → `12.5`.
  static func hundredths(_ units: Int) -> String {
    let cents = units % 100
    if cents == 0 { return String(units / 100) }
    let fraction = cents % 10 == 0 ? String(cents / 10) : (cents < 10 ? "0\(cents)" : String(cents))
    return "\(units / 100).\(fraction)"
  }
}
