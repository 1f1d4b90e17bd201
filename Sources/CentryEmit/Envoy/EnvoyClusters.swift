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
    plan(for: chain, upstream: upstream, skip: skip).map { cluster in
      (cluster.name, YAMLTreeBuilder.build { cluster.write(to: &$0) })
    }
  }

  /// The clusters of ``clusters(for:upstream:skip:)`` as (name, text of the resource as an item
  /// of the document's list), written without their trees.
  static func clusterItems(
    for chain: CompiledChain, upstream: ResolvedUpstreamConfig? = nil, skip: (String) -> Bool = { _ in false }
  ) -> [(name: String, item: [UInt8])] {
    plan(for: chain, upstream: upstream, skip: skip).map { cluster in
      (cluster.name, YAMLWriter.listItem { cluster.write(to: &$0) })
    }
  }

  /// The clusters of `chain` before they are written: what each needs, in output order.
  private static func plan(
    for chain: CompiledChain, upstream: ResolvedUpstreamConfig?, skip: (String) -> Bool
  ) -> [Cluster] {
    var out: [Cluster] = []
    for node in chain.nodes {
      guard case .resolver(let resolver) = node, let primary = chain.target(resolver.targetID) else { continue }
      let failoverTargets = (resolver.failover?.targets ?? []).compactMap { chain.target($0) }
      let primaryName = chain.clusterName(primary)
      let settings = Settings(resolver: resolver, chain: chain, upstream: upstream)
      if failoverTargets.isEmpty {
        if !skip(primaryName) {
          out.append(Cluster(name: primaryName, kind: .eds(primary, settings)))
        }
        continue
      }
      let members = [primary] + failoverTargets
      let names = members.indices.map { "failover-target~\($0)~\(primaryName)" }
      if !skip(primaryName) {
        out.append(Cluster(name: primaryName, kind: .aggregate(members: names, resolver: resolver)))
      }
      for (name, target) in zip(names, members) where !skip(name) {
        out.append(Cluster(name: name, kind: .eds(target, settings)))
      }
    }
    return out
  }

  /// One cluster to write.
  private struct Cluster {
    var name: String
    var kind: Kind

    enum Kind {
      /// An EDS cluster of one target.
      case eds(ChainTarget, Settings)
      /// The aggregate cluster of a node with failover, over its members' clusters.
      case aggregate(members: [String], resolver: ResolverNode)
    }

    func write<Sink: YAMLSink>(to sink: inout Sink) {
      switch kind {
      case .eds(let target, let settings):
        EnvoyClusters.cluster(name: name, target: target, settings: settings, to: &sink)
      case .aggregate(let members, let resolver):
        EnvoyClusters.aggregate(name: name, members: members, resolver: resolver, to: &sink)
      }
    }
  }

  /// What every cluster of one resolver node shares (its failover members included).
  private struct Settings {
    var resolver: ResolverNode
    var chain: CompiledChain
    var upstream: ResolvedUpstreamConfig?
  }

  private static func aggregate<Sink: YAMLSink>(
    name: String, members: [String], resolver: ResolverNode, to sink: inout Sink
  ) {
    sink.mapping { out in
      out.member("@type", EnvoyType.cluster)
      out.member("name", name)
      out.member("alt_stat_name", name)
      out.member("connect_timeout", ProtoJSON.duration(nanoseconds: resolver.connectTimeout))
      out.member("lb_policy", "CLUSTER_PROVIDED")
      out.mapping(at: "cluster_type") { clusterType in
        clusterType.member("name", "envoy.clusters.aggregate")
        clusterType.mapping(at: "typed_config") { config in
          config.member("@type", EnvoyType.aggregateClusterConfig)
          config.sequence(at: "clusters") { clusters in
            for member in members {
              clusters.item()
              clusters.string(member)
            }
          }
        }
      }
    }
  }

  private static func cluster<Sink: YAMLSink>(
    name: String, target: ChainTarget, settings: Settings, to sink: inout Sink
  ) {
    let resolver = settings.resolver
    let chain = settings.chain
    sink.mapping { out in
      out.member("@type", EnvoyType.cluster)
      out.member("name", name)
      out.member("alt_stat_name", name)
      out.member("type", "EDS")
      out.member("eds_cluster_config", node: edsClusterConfig)
      out.member("connect_timeout", ProtoJSON.duration(nanoseconds: resolver.connectTimeout))
      // Thresholds and outlier settings come only from the downstream's upstream configuration
      // (`--for`); without one Consul still writes the empty objects.
      out.member("circuit_breakers", node: EnvoyUpstreamLimits.circuitBreakers(settings.upstream?.limits))
      out.member("outlier_detection", node: EnvoyUpstreamLimits.outlierDetection(settings.upstream?.passiveHealthCheck))
      out.member("common_lb_config", node: commonLBConfig)
      addLoadBalancer(resolver.loadBalancer, to: &out)
      if chain.protocol == "http2" || chain.protocol == "grpc" {
        out.member("typed_extension_protocol_options", node: http2ProtocolOptions)
      }
      out.key("transport_socket")
      transportSocket(target, to: &out)
    }
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

  private static func addLoadBalancer<Sink: YAMLSink>(_ balancer: LoadBalancer?, to out: inout Sink) {
    guard let balancer, let policy = balancer.policy?.value else { return }
    switch policy {
    case "round_robin": out.member("lb_policy", "ROUND_ROBIN")
    case "random": out.member("lb_policy", "RANDOM")
    case "least_request":
      out.member("lb_policy", "LEAST_REQUEST")
      if let config = balancer.leastRequestConfig?.value {
        out.member(
          "least_request_lb_config", node: YAMLMap.of(("choice_count", .int(Int(config.choiceCount?.value ?? 0)))))
      }
    case "ring_hash":
      out.member("lb_policy", "RING_HASH")
      if let config = balancer.ringHashConfig?.value {
        out.member(
          "ring_hash_lb_config",
          node:
            YAMLMap.of(
              ("minimum_ring_size", uint64(config.minimumRingSize?.value ?? 0)),
              ("maximum_ring_size", uint64(config.maximumRingSize?.value ?? 0))))
      }
    case "maglev": out.member("lb_policy", "MAGLEV")
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

  private static func transportSocket<Sink: YAMLSink>(_ target: ChainTarget, to sink: inout Sink) {
    sink.mapping { socket in
      socket.member("name", "tls")
      socket.mapping(at: "typed_config") { context in
        context.member("@type", EnvoyType.upstreamTLSContext)
        context.mapping(at: "common_tls_context") { common in
          common.member("tls_params", node: YAMLMap.empty)
          common.member("tls_certificates", node: tlsCertificates)
          common.mapping(at: "validation_context") { validation in
            // A peer target trusts the peer's roots and checks the SANs the peer exported.
            validation.mapping(at: "trusted_ca") { trustedCA in
              trustedCA.member("inline_string", target.peerIdentity?.roots ?? rootCertificates)
            }
            validation.sequence(at: "match_typed_subject_alt_names") { sans in
              for san in target.subjectAltNames {
                sans.item()
                sans.mapping { entry in
                  entry.member("san_type", "URI")
                  entry.mapping(at: "matcher") { $0.member("exact", san) }
                }
              }
            }
          }
        }
        context.member("sni", target.sni)
      }
    }
  }
}
