/// Every config entry kind `consul config write` knows (the api package's `MakeConfigEntry`).
///
/// The raw value is the exact, case-sensitive spelling Consul accepts in `Kind`.
public enum EntryKind: String, Sendable, Hashable, CaseIterable, Comparable {
  case serviceDefaults = "service-defaults"
  case proxyDefaults = "proxy-defaults"
  case serviceRouter = "service-router"
  case serviceSplitter = "service-splitter"
  case serviceResolver = "service-resolver"
  case ingressGateway = "ingress-gateway"
  case terminatingGateway = "terminating-gateway"
  case serviceIntentions = "service-intentions"
  case mesh = "mesh"
  case exportedServices = "exported-services"
  case samenessGroup = "sameness-group"
  case apiGateway = "api-gateway"
  case tcpRoute = "tcp-route"
  case fileSystemCertificate = "file-system-certificate"
  case inlineCertificate = "inline-certificate"
  case httpRoute = "http-route"
  case controlPlaneRequestLimit = "control-plane-request-limit"
  case jwtProvider = "jwt-provider"

  /// True for the kinds centry decodes into a typed model; the others are reported as
  /// `unsupported-kind` and kept only as ``UnsupportedEntry``.
  public var isModelled: Bool {
    switch self {
    case .serviceDefaults, .proxyDefaults, .serviceRouter, .serviceSplitter, .serviceResolver: true
    case .ingressGateway, .terminatingGateway, .serviceIntentions, .mesh, .exportedServices,
      .samenessGroup, .apiGateway, .tcpRoute, .fileSystemCertificate, .inlineCertificate, .httpRoute,
      .controlPlaneRequestLimit, .jwtProvider:
      false
    }
  }

  /// Orders by spelling, for stable output.
  public static func < (a: EntryKind, b: EntryKind) -> Bool { a.rawValue < b.rawValue }
}
