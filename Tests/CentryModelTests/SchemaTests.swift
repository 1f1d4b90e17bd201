import CentryCore
import CentryTestSupport
import Foundation
import Testing

@testable import CentryModel

/// The descriptions are well formed: every model property described exactly once and reached
/// through its own key path, aliases unique and Consul's, the JSON body in Consul's order.
@Suite struct SchemaTests {
  /// Every described type, listed by hand so that a missing description is noticed.
  static let types: [any Described.Type] = [
    ServiceDefaults.self, UpstreamConfiguration.self, UpstreamConfig.self, UpstreamLimits.self,
    PassiveHealthCheck.self, DestinationConfig.self, RateLimits.self, InstanceLevelRateLimits.self,
    InstanceLevelRouteRateLimits.self, ProxyDefaults.self, AccessLogsConfig.self, ServiceRouter.self,
    ServiceRoute.self, ServiceRouteMatch.self, ServiceRouteHTTPMatch.self, ServiceRouteHTTPMatchHeader.self,
    ServiceRouteHTTPMatchQueryParam.self, ServiceRouteDestination.self, ServiceSplitter.self, ServiceSplit.self,
    ServiceResolver.self, ServiceResolverSubset.self, ServiceResolverRedirect.self, ServiceResolverFailover.self,
    ServiceResolverFailoverTarget.self, LoadBalancer.self, RingHashConfig.self, LeastRequestConfig.self,
    HashPolicy.self, CookieConfig.self, TransparentProxyConfig.self, MeshGatewayConfig.self, ExposeConfig.self,
    ExposePath.self, HTTPHeaderModifiers.self, EnvoyExtension.self, ServiceResolverFailoverPolicy.self,
    ServiceResolverPrioritizeByLocality.self,
  ]

  /// Every struct reachable from the five kinds' descriptions.
  static let reachable: [StructInfo] = {
    var seen: [StructInfo] = []
    func visit(_ info: StructInfo) {
      guard !seen.contains(where: { $0 === info }) else { return }
      seen.append(info)
      for field in info.fields { field.type.structInfo.map(visit) }
    }
    EntryKind.allCases.compactMap(\.schema).forEach(visit)
    return seen
  }()

  @Test func everyModelledKindAndNestedStructIsDescribed() {
    #expect(EntryKind.allCases.filter(\.isModelled).allSatisfy { $0.schema != nil })
    #expect(EntryKind.allCases.filter { !$0.isModelled }.allSatisfy { $0.schema == nil })
    let listed = Set(Self.types.map { info(of: $0).goName })
    let found = Set(Self.reachable.map(\.goName))
    #expect(
      listed == found, "listed but unreachable: \(listed.subtracting(found)), unlisted: \(found.subtracting(listed))")
    #expect(listed.count == Self.types.count, "a Go name is used twice")
  }

  /// Each property of the model (as `Mirror` sees it) has exactly one field, matched by name in
  /// any letter case (`http` ↔ `HTTP`), and no field is left without a property.
  @Test(arguments: types.map { String(describing: $0) })
  func everyPropertyIsDescribedExactlyOnce(_ typeName: String) throws {
    let type = try #require(Self.types.first { String(describing: $0) == typeName })
    let labels = Mirror(reflecting: type.init()).children.compactMap(\.label).map { $0.lowercased() }
    let names = info(of: type).fields.map { $0.name.lowercased() }
    #expect(labels.sorted() == names.sorted(), "\(typeName): properties \(labels), fields \(names)")
    #expect(Set(names).count == names.count, "\(typeName): a field is described twice")
  }

  /// Walking the `full.hcl` fixtures (which set every field) finds each field's value at the
  /// property of the same name: each key path reaches its own property, and the walk and the
  /// model agree on which fields are set.
  @Test(arguments: KindFixtureTests.kinds)
  func everyKeyPathReachesItsOwnProperty(_ kind: String) throws {
    let url = fixturesRoot.appendingPathComponent("kinds/\(kind)/full.hcl")
    let entry = try #require(modelDecodeOne(try String(contentsOf: url, encoding: .utf8)))
    let walked = try #require(entry.walk())
    var checked = 0
    compare(walked, with: payload(of: entry), checked: &checked)
    #expect(checked > 20, "\(kind): only \(checked) fields compared")
  }

  private func compare(_ object: SchemaObject, with model: Any, checked: inout Int) {
    let children = Mirror(reflecting: model).children
    for field in object.fields {
      let child = children.first { $0.label?.lowercased() == field.info.name.lowercased() }?.value
      let located = child.flatMap(unwrapOptional)
      #expect((field.value == nil) == (located == nil), "\(object.info.goName).\(field.info.name): set differs")
      guard let value = field.value, let located else { continue }
      checked += 1
      let range = Mirror(reflecting: located).children.first { $0.label == "valueRange" }?.value as? SourceRange
      #expect(range == value.valueRange, "\(object.info.goName).\(field.info.name) walks another property")
      let inner = Mirror(reflecting: located).children.first { $0.label == "value" }?.value
      compareNested(value.value, inner, checked: &checked)
    }
  }

  private func compareNested(_ value: SchemaValue, _ model: Any?, checked: inout Int) {
    guard let model else { return }
    switch value {
    case .object(let object): compare(object, with: model, checked: &checked)
    case .list(let elements):
      let items = Array(Mirror(reflecting: model).children)
      for (element, item) in zip(elements, items) {
        let inner = Mirror(reflecting: item.value).children.first { $0.label == "value" }?.value
        compareNested(element.value, inner, checked: &checked)
      }
    case .map(let entries):
      let modelEntries = Mirror(reflecting: model).children.first { $0.label == "entries" }?.value
      let items = modelEntries.map { Array(Mirror(reflecting: $0).children) } ?? []
      for (entry, item) in zip(entries, items) {
        let located = Mirror(reflecting: item.value).children.first { $0.label == "value" }?.value
        let inner = located.flatMap { Mirror(reflecting: $0).children.first { $0.label == "value" }?.value }
        compareNested(entry.value.value, inner, checked: &checked)
      }
    case .string, .bool, .int, .uint, .float32, .duration, .any: break
    }
  }

  @Test func aliasesAreUniqueSpellingsOfTheirFieldAtEachLevel() {
    for info in Self.reachable {
      // Consul lists some aliases that only lower-case the name (AccessLogs `enabled`): count a
      // field's spellings once, then none may be another field's.
      let spellings = info.fields.flatMap { Set(([$0.name] + $0.aliases).map { $0.lowercased() }) }
      #expect(Set(spellings).count == spellings.count, "\(info.goName): a spelling is used twice")
      for field in info.fields {
        for alias in field.aliases {
          #expect(alias == alias.lowercased(), "\(info.goName).\(field.name): alias \(alias) is not snake_case")
          #expect(
            alias.replacingOccurrences(of: "_", with: "") == field.name.lowercased(),
            "\(info.goName).\(field.name): alias \(alias) is not a spelling of the field")
        }
      }
    }
  }

  /// spec decoding-and-api §1.5: the aliases Consul lists for these structs, by level.
  @Test func aliasesAreExactlyConsulsTable() {
    let expected: [String: Set<String>] = [
      "ServiceConfigEntry": [
        "transparent_proxy", "mutual_tls_mode", "mesh_gateway", "external_sni", "upstream_config",
        "max_inbound_connections", "local_connect_timeout_ms", "local_request_timeout_ms",
        "balance_inbound_connections", "rate_limits", "envoy_extensions",
      ],
      "ProxyConfigEntry": [
        "transparent_proxy", "mutual_tls_mode", "mesh_gateway", "access_logs", "envoy_extensions", "failover_policy",
        "prioritize_by_locality",
      ],
      "TransparentProxyConfig": ["outbound_listener_port", "dialed_directly"],
      "ExposePath": ["listener_port", "local_path_port"],
      "AccessLogsConfig": ["enabled", "disable_listener_logs", "type", "path", "json_format", "text_format"],
      "UpstreamConfig": [
        "envoy_listener_json", "envoy_cluster_json", "connect_timeout_ms", "passive_health_check", "mesh_gateway",
        "balance_outbound_connections",
      ],
      "PassiveHealthCheck": [
        "max_failures", "enforcing_consecutive_5xx", "max_ejection_percent", "base_ejection_time",
      ],
      "UpstreamLimits": ["max_connections", "max_pending_requests", "max_concurrent_requests"],
      "RateLimits": ["instance_level"],
      "InstanceLevelRateLimits": ["requests_per_second", "requests_max_burst"],
      "InstanceLevelRouteRateLimits": [
        "path_exact", "path_prefix", "path_regex", "requests_per_second", "requests_max_burst",
      ],
      "ServiceRouteHTTPMatch": ["path_exact", "path_prefix", "path_regex", "case_insensitive", "query_param"],
      "ServiceRouteDestination": [
        "service_subset", "prefix_rewrite", "request_timeout", "idle_timeout", "num_retries",
        "retry_on_connect_failure", "retry_on_status_codes", "retry_on", "request_headers", "response_headers",
      ],
      "ServiceSplit": ["service_subset", "request_headers", "response_headers"],
      "ServiceResolverConfigEntry": [
        "default_subset", "connect_timeout", "request_timeout", "prioritize_by_locality", "load_balancer",
      ],
      "ServiceResolverSubset": ["only_passing"],
      "ServiceResolverRedirect": ["service_subset", "sameness_group"],
      "ServiceResolverFailover": ["service_subset", "sameness_group"],
      "ServiceResolverFailoverTarget": ["service_subset"],
      "LoadBalancer": ["ring_hash_config", "least_request_config", "hash_policies"],
      "RingHashConfig": ["minimum_ring_size", "maximum_ring_size"],
      "LeastRequestConfig": ["choice_count"],
      "HashPolicy": ["field_value", "cookie_config", "source_ip"],
    ]
    for info in Self.reachable {
      let aliases = Set(info.fields.flatMap(\.aliases))
      #expect(aliases == expected[info.goName] ?? [], "\(info.goName)")
    }
  }

  /// Opaque maps are read by the reader's own opaque decoding, which takes no alias.
  @Test func freeFormFieldsHaveNoAlias() {
    for info in Self.reachable {
      for field in info.fields {
        if case .map(.any) = field.type { #expect(field.aliases.isEmpty, "\(info.goName).\(field.name)") }
      }
    }
  }

  /// The JSON body follows Consul's api struct order: description order, with `MarshalJSON`'s
  /// string durations first and the fields Consul declares elsewhere moved (as the compile
  /// goldens show).
  @Test func jsonOrderIsConsulsStructOrder() {
    func order(_ info: StructInfo) -> [String] {
      info.jsonOrder.map { slot in
        switch slot {
        case .kind: "Kind"
        case .field(let index): info.fields[index].name
        }
      }
    }
    for info in Self.reachable {
      let names = order(info).filter { $0 != "Kind" }
      #expect(names.sorted() == info.fields.map(\.name).sorted(), "\(info.goName): not a permutation")
      #expect(order(info).filter { $0 == "Kind" }.count == (info.kind == nil ? 0 : 1))
      for field in info.fields {
        if let after = field.json.after { #expect(info.field(named: after) != nil, "\(info.goName).\(field.name)") }
      }
    }
    #expect(
      order(ServiceResolver.schema.info) == [
        "ConnectTimeout", "RequestTimeout", "Kind", "Name", "Partition", "Namespace", "DefaultSubset", "Subsets",
        "Redirect", "Failover", "PrioritizeByLocality", "LoadBalancer", "Meta", "CreateIndex", "ModifyIndex",
      ])
    #expect(
      order(ServiceRouteDestination.schema.info) == [
        "RequestTimeout", "IdleTimeout", "Service", "ServiceSubset", "Namespace", "Partition", "PrefixRewrite",
        "NumRetries", "RetryOnConnectFailure", "RetryOnStatusCodes", "RetryOn", "RequestHeaders", "ResponseHeaders",
      ])
    #expect(
      order(ServiceDefaults.schema.info).suffix(4) == ["Meta", "CreateIndex", "ModifyIndex", "MaxRequestHeadersKB"])
    #expect(
      order(ProxyDefaults.schema.info).prefix(8) == [
        "Kind", "Name", "Partition", "Namespace", "Mode", "TransparentProxy", "MutualTLSMode", "Config",
      ])
  }

  /// The decoder's "fields here" help lists the description's fields in order.
  @Test func unknownFieldHelpListsTheDescription() {
    let decoded = modelDecode("Kind = \"service-splitter\"\nSplits = [{ Wieght = 1 }]\n")
    let diagnostic = decoded.result.diagnostics.first
    let fields = ServiceSplit.schema.info.fields.map { "`\($0.name)`" }.joined(separator: ", ")
    #expect(diagnostic?.help == "fields here: \(fields)")
    #expect(diagnostic?.suggestion?.replacement == "Weight")
  }

  @Test func summariesAreOneSentenceLines() {
    for info in Self.reachable {
      #expect(!info.summary.isEmpty && !info.summary.contains("\n"), "\(info.goName)")
      for field in info.fields {
        #expect(field.summary.hasSuffix(".") || field.summary.hasSuffix("…"), "\(info.goName).\(field.name)")
        #expect(!field.summary.contains("\n") && field.summary.count <= 120, "\(info.goName).\(field.name)")
      }
    }
  }

  /// consul-k8s' json tags (servicedefaults_types.go, servicerouter_types.go, …).
  @Test func crdKeysAreConsulK8sTags() {
    let pairs = [
      ("JSONFormat", "jsonFormat"), ("HTTP", "http"), ("TTL", "ttl"), ("SourceIP", "sourceIP"),
      ("ExternalSNI", "externalSNI"), ("MutualTLSMode", "mutualTLSMode"), ("EnvoyListenerJSON", "envoyListenerJSON"),
      ("EnforcingConsecutive5xx", "enforcingConsecutive5xx"), ("PathPrefix", "pathPrefix"), ("Config", "config"),
    ]
    for (name, key) in pairs { #expect(FieldInfo.lowerCamel(name) == key) }
    #expect(ServiceDefaults.schema.info.field(named: "MaxRequestHeadersKB")?.crd == .omitted)
    #expect(ServiceDefaults.schema.info.field(named: "Name")?.crd == .metadata("name"))
    #expect(ExposePath.schema.info.field(named: "ParsedFromCheck")?.key(in: .crd) == nil)
    #expect(ServiceRouteHTTPMatch.schema.info.field(named: "PathPrefix")?.key(in: .snake) == "path_prefix")
    #expect(ServiceRouteHTTPMatch.schema.info.field(named: "Methods")?.key(in: .snake) == "Methods")
  }
}

private func info(of type: any Described.Type) -> StructInfo {
  func open<T: Described>(_ type: T.Type) -> StructInfo { T.schema.info }
  return open(type)
}

/// The typed entry inside a `ConfigEntry`.
private func payload(of entry: ConfigEntry) -> Any {
  switch entry {
  case .serviceDefaults(let value): value
  case .proxyDefaults(let value): value
  case .serviceRouter(let value): value
  case .serviceSplitter(let value): value
  case .serviceResolver(let value): value
  case .unsupported(let value): value
  }
}

/// The wrapped value of an optional, `nil` when empty; other values as they are.
private func unwrapOptional(_ value: Any) -> Any? {
  let mirror = Mirror(reflecting: value)
  guard mirror.displayStyle == .optional else { return value }
  return mirror.children.first.map(\.value)
}
