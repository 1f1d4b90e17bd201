/// What a chain needs to know about a cluster peer to name its targets as Consul does.
///
/// Config entries only *name* a peer (`Redirect { Peer }`, failover `Targets`); the values that go
/// into the Envoy resources of a peer target come from the peering (spec envoy §2.3): Consul names
/// the cluster `<service>.<namespace>.<peer>.external.<peer trust domain>`
/// (`generatePeeredClusterName`), and takes the TLS SNI and the accepted SPIFFE IDs from the
/// `Connect.PeerMeta` the exporting cluster attaches to the imported service
/// (`createDiscoChainHealth`: SNI `<service>.<namespace>.<partition>.<peer>.external.<trust domain>`,
/// SANs the service's SPIFFE ID and the exporting mesh gateway's).
///
/// Every field but ``name`` is optional; what is missing becomes a visible placeholder
/// (``placeholderTrustDomain(_:)``), and ``missingValues`` says which, for the note `compile`
/// prints. `--peer NAME=TRUST_DOMAIN[@DC]` fills ``trustDomain`` and ``datacenter``; a Consul
/// client can fill the rest from `/v1/peering/<name>` (`PeerServerName`, `Remote`) and the
/// imported services' `Connect.PeerMeta` (``services``).
public struct PeerInfo: Sendable, Hashable {
  /// The local name of the peering (what the entries write as `Peer`).
  public var name: String
  /// The peer's trust domain (`<CA cluster id>.consul`).
  public var trustDomain: String?
  /// The peer's datacenter (`Remote.Datacenter` of the peering): the `/dc/` of the SPIFFE IDs.
  public var datacenter: String?
  /// The partition the peer exports from (`Remote.Partition`); `default` in Consul CE.
  public var exportedPartition: String
  /// The name the *peer* gave this cluster: the exporting side writes its own peering name into
  /// the SNI. `nil` assumes the same name on both sides, as Consul's xDS tests do.
  public var remoteName: String?
  /// The exact `Connect.PeerMeta` of imported services, keyed by ``serviceKey(_:namespace:)``;
  /// it wins over the values derived from the fields above.
  public var services: [String: PeerServiceMeta]

  public init(
    name: String, trustDomain: String? = nil, datacenter: String? = nil, exportedPartition: String = "default",
    remoteName: String? = nil, services: [String: PeerServiceMeta] = [:]
  ) {
    self.name = name
    self.trustDomain = trustDomain
    self.datacenter = datacenter
    self.exportedPartition = exportedPartition
    self.remoteName = remoteName
    self.services = services
  }

  /// The key of ``services``: the service name, prefixed with `<namespace>/` outside `default`.
  public static func serviceKey(_ service: String, namespace: String) -> String {
    namespace.isEmpty || namespace == "default" ? service : "\(namespace)/\(service)"
  }

  /// Parses the `--peer` value `NAME=TRUST_DOMAIN[@DC]`; a failure says what is malformed.
  public static func parse(_ text: String) -> Result<PeerInfo, PeerSpecError> {
    guard let equals = text.firstIndex(of: "=") else {
      return .failure(PeerSpecError("`\(text)` is not NAME=TRUST_DOMAIN[@DC]"))
    }
    let name = String(text[..<equals])
    var rest = String(text[text.index(after: equals)...])
    var datacenter: String?
    if let at = rest.lastIndex(of: "@") {
      datacenter = String(rest[rest.index(after: at)...])
      rest = String(rest[..<at])
      if datacenter?.isEmpty ?? true {
        return .failure(PeerSpecError("`\(text)` has an empty datacenter after `@`"))
      }
    }
    guard !name.isEmpty else { return .failure(PeerSpecError("`\(text)` has no peer name before `=`")) }
    guard !rest.isEmpty else { return .failure(PeerSpecError("`\(text)` has no trust domain after `=`")) }
    for (label, value) in [("peer name", name), ("trust domain", rest), ("datacenter", datacenter ?? "")]
    where value.contains(where: { $0 == " " || $0 == "/" || $0 == "=" }) {
      return .failure(PeerSpecError("the \(label) `\(value)` in `\(text)` contains a space, `/` or `=`"))
    }
    return .success(PeerInfo(name: name, trustDomain: rest, datacenter: datacenter))
  }

  /// The stand-in for an unknown trust domain: visible in every name it reaches.
  public static func placeholderTrustDomain(_ peer: String) -> String { "<PEER_TRUST_DOMAIN:\(peer)>" }
  /// The stand-in for an unknown datacenter (SPIFFE IDs only).
  public static func placeholderDatacenter(_ peer: String) -> String { "<PEER_DATACENTER:\(peer)>" }
  /// The peer's root certificates (a runtime secret, like the local roots).
  public static func placeholderRoots(_ peer: String) -> String { "<PEER_ROOT_CA_PEMS:\(peer)>" }

  /// The values of this peer that output uses but nobody supplied (`trust domain`, `datacenter`).
  public var missingValues: [String] {
    var out: [String] = []
    if trustDomain == nil { out.append("trust domain") }
    if datacenter == nil { out.append("datacenter") }
    return out
  }

  /// The TLS identity of `service` (in `namespace`) at this peer: exact ``services`` meta when
  /// known, else derived the way the exporting cluster derives it.
  func identity(service: String, namespace: String) -> PeerIdentity {
    let td = trustDomain ?? PeerInfo.placeholderTrustDomain(name)
    let ns = namespace.isEmpty ? "default" : namespace
    if let meta = services[PeerInfo.serviceKey(service, namespace: ns)] {
      return PeerIdentity(sni: meta.sni, subjectAltNames: meta.spiffeIDs, roots: PeerInfo.placeholderRoots(name))
    }
    let dc = datacenter ?? PeerInfo.placeholderDatacenter(name)
    let partition = exportedPartition.isEmpty ? "default" : exportedPartition
    // connect.PeeredServiceSNI with the exporter's name for this peering.
    let sni = "\(service).\(ns).\(partition).\(remoteName ?? name).external.\(td)"
    // createDiscoChainHealth: the service's SPIFFE ID, then the exporting mesh gateway's (CE form).
    let partitionPath = partition == "default" ? "" : "/ap/\(partition)"
    let sans = [
      "spiffe://\(td)\(partitionPath)/ns/\(ns)/dc/\(dc)/svc/\(service)",
      "spiffe://\(td)/gateway/mesh/dc/\(dc)",
    ]
    return PeerIdentity(sni: sni, subjectAltNames: sans, roots: PeerInfo.placeholderRoots(name))
  }
}

/// `Connect.PeerMeta` of one imported service: the SNI to dial and the SPIFFE IDs to accept.
public struct PeerServiceMeta: Sendable, Hashable {
  public var sni: String
  public var spiffeIDs: [String]

  public init(sni: String, spiffeIDs: [String]) {
    self.sni = sni
    self.spiffeIDs = spiffeIDs
  }
}

/// How a peer target's cluster authenticates the peer: SNI, accepted SANs, the roots to trust.
public struct PeerIdentity: Sendable, Hashable {
  public var sni: String
  public var subjectAltNames: [String]
  /// The peer's trust bundle (a placeholder: runtime data).
  public var roots: String
}

/// A malformed `--peer` value.
public struct PeerSpecError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
