import CentryAnalysis
import CentryModel

/// The Clusters Consul's xDS server sends for an upstream's chain (spec envoy §4): one EDS
/// cluster per resolver node, or for a node with failover an aggregate cluster under the primary
/// name plus one `failover-target~<i>~<primary>` cluster per target.
enum EnvoyClusters {
  /// Certificate placeholders: the real leaf and roots are runtime secrets.
  static let leafCertificate = "<LEAF_CERT_PEM>"
  static let leafKey = "<LEAF_KEY_PEM>"
  static let rootCertificates = "<ROOT_CA_PEMS>"

  /// Every cluster of `chain` as (name, resource), in node order; `upstream` is the downstream's
  /// configuration for this upstream (`--for`), `nil` for none. Clusters whose name `skip` accepts
  /// are left out: a caller that keeps only the first cluster of each name need not build the
  /// copies another chain's clusters already supplied.
  static func clusters(
    for chain: CompiledChain, upstream: ResolvedUpstreamConfig? = nil, skip: (String) -> Bool = { _ in false }
  ) -> [(name: String, node: YAMLNode)] {
    var out: [(name: String, node: YAMLNode)] = []
    for node in chain.nodes {
      guard case .resolver(let resolver) = node, let primary = chain.target(resolver.targetID) else { continue }
      let failoverTargets = (resolver.failover?.targets ?? []).compactMap { chain.target($0) }
      let primaryName = chain.clusterName(primary)
      let settings = Settings(resolver: resolver, chain: chain, upstream: upstream)
      if failoverTargets.isEmpty {
        if !skip(primaryName) {
          out.append((primaryName, cluster(name: primaryName, target: primary, settings: settings)))
        }
        continue
      }
      let members = [primary] + failoverTargets
      let names = members.indices.map { "failover-target~\($0)~\(primaryName)" }
      if !skip(primaryName) {
        out.append((primaryName, aggregate(name: primaryName, members: names, resolver: resolver)))
      }
      for (name, target) in zip(names, members) where !skip(name) {
        out.append((name, cluster(name: name, target: target, settings: settings)))
      }
    }
    return out
  }

  /// What every cluster of one resolver node shares (its failover members included).
  private struct Settings {
    var resolver: ResolverNode
    var chain: CompiledChain
    var upstream: ResolvedUpstreamConfig?
  }

  private static func aggregate(name: String, members: [String], resolver: ResolverNode) -> YAMLNode {
    var config = YAMLMap()
    config.add("@type", EnvoyType.aggregateClusterConfig)
    config.add("clusters", .sequence(members.map(YAMLNode.string)))
    var out = YAMLMap()
    out.add("@type", EnvoyType.cluster)
    out.add("name", name)
    out.add("alt_stat_name", name)
    out.add("connect_timeout", ProtoJSON.duration(nanoseconds: resolver.connectTimeout))
    out.add("lb_policy", "CLUSTER_PROVIDED")
    out.add("cluster_type", YAMLMap.of(("name", .string("envoy.clusters.aggregate")), ("typed_config", config.node)))
    return out.node
  }

  private static func cluster(name: String, target: ChainTarget, settings: Settings) -> YAMLNode {
    let resolver = settings.resolver
    let chain = settings.chain
    var out = YAMLMap(capacity: 13)
    out.add("@type", EnvoyType.cluster)
    out.add("name", name)
    out.add("alt_stat_name", name)
    out.add("type", "EDS")
    out.add("eds_cluster_config", edsClusterConfig)
    out.add("connect_timeout", ProtoJSON.duration(nanoseconds: resolver.connectTimeout))
    // Thresholds and outlier settings come only from the downstream's upstream configuration
    // (`--for`); without one Consul still writes the empty objects.
    out.add("circuit_breakers", EnvoyUpstreamLimits.circuitBreakers(settings.upstream?.limits))
    out.add("outlier_detection", EnvoyUpstreamLimits.outlierDetection(settings.upstream?.passiveHealthCheck))
    out.add("common_lb_config", commonLBConfig)
    addLoadBalancer(resolver.loadBalancer, to: &out)
    if chain.protocol == "http2" || chain.protocol == "grpc" {
      out.add("typed_extension_protocol_options", http2ProtocolOptions)
    }
    out.add("transport_socket", transportSocket(target))
    return out.node
  }

  // The parts every cluster has alike, built once (a mesh has tens of thousands of clusters).
  private static let edsClusterConfig = YAMLMap.of(
    ("eds_config", YAMLMap.of(("ads", YAMLMap.empty), ("resource_api_version", .string("V3")))))
  private static let commonLBConfig = YAMLMap.of(("healthy_panic_threshold", YAMLMap.empty))
  private static let http2ProtocolOptions = YAMLMap.of(
    (
      "envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
      YAMLMap.of(
        ("@type", .string(EnvoyType.httpProtocolOptions)),
        ("explicit_http_config", YAMLMap.of(("http2_protocol_options", YAMLMap.empty))))
    ))
  private static let tlsCertificates = YAMLNode.sequence([
    YAMLMap.of(
      ("certificate_chain", YAMLMap.of(("inline_string", .string(leafCertificate)))),
      ("private_key", YAMLMap.of(("inline_string", .string(leafKey)))))
  ])
  private static let localTrustedCA = YAMLMap.of(("inline_string", .string(rootCertificates)))

  private static func addLoadBalancer(_ balancer: LoadBalancer?, to out: inout YAMLMap) {
    guard let balancer, let policy = balancer.policy?.value else { return }
    switch policy {
    case "round_robin": out.add("lb_policy", "ROUND_ROBIN")
    case "random": out.add("lb_policy", "RANDOM")
    case "least_request":
      out.add("lb_policy", "LEAST_REQUEST")
      if let config = balancer.leastRequestConfig?.value {
        out.add(
          "least_request_lb_config", YAMLMap.of(("choice_count", .int(Int(config.choiceCount?.value ?? 0)))))
      }
    case "ring_hash":
      out.add("lb_policy", "RING_HASH")
      if let config = balancer.ringHashConfig?.value {
        out.add(
          "ring_hash_lb_config",
          YAMLMap.of(
            ("minimum_ring_size", uint64(config.minimumRingSize?.value ?? 0)),
            ("maximum_ring_size", uint64(config.maximumRingSize?.value ?? 0))))
      }
    case "maglev": out.add("lb_policy", "MAGLEV")
    default:
      // `""` is Envoy's default (round robin); anything else was rejected by validation.
      break
    }
  }

  /// A uint64 as protobuf JSON: a number when it fits, else its decimal string.
  private static func uint64(_ value: UInt64) -> YAMLNode {
    if let small = Int(exactly: value) { return .int(small) }
    return .string(String(value))
  }

  private static func transportSocket(_ target: ChainTarget) -> YAMLNode {
    var common = YAMLMap(capacity: 3)
    common.add("tls_params", YAMLMap.empty)
    common.add("tls_certificates", tlsCertificates)
    // A peer target trusts the peer's roots and checks the SANs the peer exported.
    let trustedCA = target.peerIdentity.map { YAMLMap.of(("inline_string", .string($0.roots))) } ?? localTrustedCA
    let sans = target.subjectAltNames.map {
      YAMLMap.of(("san_type", .string("URI")), ("matcher", YAMLMap.of(("exact", .string($0)))))
    }
    common.add(
      "validation_context",
      YAMLMap.of(
        ("trusted_ca", trustedCA),
        ("match_typed_subject_alt_names", .sequence(sans))))
    var context = YAMLMap(capacity: 3)
    context.add("@type", EnvoyType.upstreamTLSContext)
    context.add("common_tls_context", common.node)
    context.add("sni", target.sni)
    return YAMLMap.of(("name", .string("tls")), ("typed_config", context.node))
  }
}
