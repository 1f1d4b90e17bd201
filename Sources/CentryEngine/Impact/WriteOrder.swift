import CentryCore
import CentryEmit
import CentryModel

/// The order `centry write` sends entries in, so that Consul's server-side checks never see an
/// entry before what it depends on: proxy-defaults (a protocol), service-defaults (protocols),
/// resolvers (subsets, redirects), splitters (which need subsets and an L7 protocol), routers
/// (which need all of them). Within a kind the input order is kept.
enum WriteOrder {
  /// The position of `kind` in the write order; kinds outside the discovery chain come last.
  static func rank(_ kind: EntryKind) -> Int {
    switch kind {
    case .proxyDefaults: 0
    case .serviceDefaults: 1
    case .serviceResolver: 2
    case .serviceSplitter: 3
    case .serviceRouter: 4
    case .ingressGateway, .terminatingGateway, .serviceIntentions, .mesh, .exportedServices, .samenessGroup,
      .apiGateway, .tcpRoute, .fileSystemCertificate, .inlineCertificate, .httpRoute, .controlPlaneRequestLimit,
      .jwtProvider:
      5
    }
  }

  /// `entries` in write order (stable within a kind).
  static func sorted(_ entries: [DecodedEntry]) -> [DecodedEntry] {
    entries.enumerated().sorted { a, b in
      let (ra, rb) = (rank(a.element.kind), rank(b.element.kind))
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)
  }
}

/// One input entry as `centry write` sends it.
public struct PlannedWrite: Sendable {
  public var entry: DecodedEntry
  /// The api body (`compile --to json`).
  public var body: JSONValue

  public var kind: EntryKind { entry.kind }
  /// The name Consul stores it under; proxy-defaults is always `global` (the api's `GetName`).
  public var name: String { entry.kind == .proxyDefaults ? "global" : entry.entry.effectiveName }
  /// `service-router/web`, as `consul config write` prints it.
  public var label: String { "\(kind.rawValue)/\(name)" }

  /// The request body: Go's `json.Encoder` output (compact, HTML-escaped, final newline).
  public var requestBody: String {
    body.serialized(
      JSONWriteOptions(layout: .compact, escapeHTML: true, escapeLineSeparators: true, trailingNewline: true))
  }

  /// What writing this entry would do to the live version.
  public func status(against live: LiveEntry?) -> Status {
    guard let live else { return .new }
    return BodyDiff.differs(live: live.body, input: body) ? .changed : .unchanged
  }

  public enum Status: String, Sendable {
    case new, changed, unchanged
  }

  /// The warning `consul config write` prints (as `WARNING: …`) after writing this entry, from
  /// the consul CLI's `KindSpecificWriteWarning`: a permissive `MutualTLSMode` in service-defaults
  /// or proxy-defaults. As in consul, only the exact value `permissive` counts (the entry is
  /// parsed, so an absent field and its zero value cannot be told apart: zero values never warn).
  public var warning: String? {
    switch entry.entry {
    case .serviceDefaults(let defaults) where defaults.mutualTLSMode?.value == "permissive":
      return PlannedWrite.permissiveServiceDefaults
    case .proxyDefaults(let defaults) where defaults.mutualTLSMode?.value == "permissive":
      return PlannedWrite.permissiveProxyDefaults
    case .serviceDefaults, .proxyDefaults, .serviceRouter, .serviceSplitter, .serviceResolver, .unsupported:
      return nil
    }
  }

  /// The consul CLI's `WarningServiceDefaultsPermissiveMTLS`.
  static let permissiveServiceDefaults =
    "MutualTLSMode=permissive is insecure. Set to `strict` when your service no longer needs to accept non-mTLS "
    + "traffic. Check `tcp.permissive_public_listener` metrics in Envoy for non-mTLS traffic. Refer to Consul "
    + "documentation for more information."

  /// The consul CLI's `WarningProxyDefaultsPermissiveMTLS`.
  static let permissiveProxyDefaults =
    "MutualTLSMode=permissive is insecure. To keep your services secure, set MutualTLSMode to `strict` whenever "
    + "possible and override with service-defaults only if necessary. To check which service-defaults are "
    + "currently in permissive mode, run `consul config list -kind service-defaults -filter "
    + "'MutualTLSMode = \"permissive\"'`."

  /// Every entry of `entries` in ``WriteOrder``; the kinds that cannot be encoded (centry does not
  /// model them) as the failure.
  static func plan(_ entries: EntrySet) -> Result<[PlannedWrite], WritePlan.Failure> {
    var planned: [PlannedWrite] = []
    var unsupported: [EntryKind] = []
    for entry in WriteOrder.sorted(entries.all) {
      guard let body = APIBodyEncoder.body(for: entry.entry) else {
        if !unsupported.contains(entry.kind) { unsupported.append(entry.kind) }
        continue
      }
      planned.append(PlannedWrite(entry: entry, body: body))
    }
    return unsupported.isEmpty ? .success(planned) : .failure(.unsupported(unsupported.sorted()))
  }
}
