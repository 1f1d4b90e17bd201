import CentryCore
import CentryEngine
import CentryModel

/// A secret (an ACL token, a basic-auth password) that never prints: every description of it is
/// `[redacted]`, so it cannot leak into a message, a log line or a debug dump by accident.
public struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// The secret itself; read it only to put it on the wire.
  public let revealed: String

  public init(_ value: String) { revealed = value }

  public var description: String { "[redacted]" }
  public var debugDescription: String { "[redacted]" }
  public var customMirror: Mirror { Mirror(self, children: []) }
}

/// The connection options as given on the command line; `nil` when a flag was not given.
///
/// The names are the consul CLI's (`command/flags/http.go`): `-http-addr`, `-token`,
/// `-token-file`, `-ca-file`, `-ca-path`, `-client-cert`, `-client-key`, `-tls-server-name`,
/// `-datacenter`, `-namespace`, `-partition`, `-stale`; `timeout` is centry's own.
public struct ConsulFlags: Sendable {
  public var httpAddr: String?
  public var token: String?
  public var tokenFile: String?
  public var caFile: String?
  public var caPath: String?
  public var clientCert: String?
  public var clientKey: String?
  public var tlsServerName: String?
  public var datacenter: String?
  public var namespace: String?
  public var partition: String?
  /// Reads may be answered by any server (`?stale`).
  public var stale: Bool
  /// The bound of one request, as a Go duration (`30s`); `nil` for ``ConsulSettings/defaultTimeout``.
  public var timeout: String?

  public init(
    httpAddr: String? = nil, token: String? = nil, tokenFile: String? = nil, caFile: String? = nil,
    caPath: String? = nil, clientCert: String? = nil, clientKey: String? = nil, tlsServerName: String? = nil,
    datacenter: String? = nil, namespace: String? = nil, partition: String? = nil, stale: Bool = false,
    timeout: String? = nil
  ) {
    self.httpAddr = httpAddr
    self.token = token
    self.tokenFile = tokenFile
    self.caFile = caFile
    self.caPath = caPath
    self.clientCert = clientCert
    self.clientKey = clientKey
    self.tlsServerName = tlsServerName
    self.datacenter = datacenter
    self.namespace = namespace
    self.partition = partition
    self.stale = stale
    self.timeout = timeout
  }
}

/// Where and how to reach Consul, resolved from flags and environment exactly as the consul CLI
/// and its Go api client do (`api.DefaultConfig`, `api.NewClient`, `SetupTLSConfig`).
///
/// Precedence (hashicorp/consul `api/api.go`): a flag overrides its environment variable; a token
/// file (`-token-file`, else `CONSUL_HTTP_TOKEN_FILE`) wins over any token (`-token`, else
/// `CONSUL_HTTP_TOKEN`) as long as it is not empty, because the client reads the file into the
/// token after merging.
public struct ConsulSettings: Sendable {
  /// How the HTTP connection is made.
  public enum Endpoint: Sendable, Equatable {
    /// A TCP host (name, IPv4 or IPv6 without brackets) and port.
    case tcp(host: String, port: Int)
    /// A Unix domain socket (`unix:///path`).
    case unix(path: String)
  }

  /// HTTP basic authentication from `CONSUL_HTTP_AUTH` (`user[:password]`).
  public struct BasicAuth: Sendable, Equatable {
    public var username: String
    public var password: Secret
  }

  public var endpoint: Endpoint
  /// True for `https` (an `https://` address, or `CONSUL_HTTP_SSL=true`).
  public var useTLS: Bool
  /// A reverse-proxy path prefix from `http(s)://host:port/prefix` (`""` when none).
  public var pathPrefix: String
  public var token: Secret?
  public var basicAuth: BasicAuth?
  public var caFile: String?
  public var caPath: String?
  public var clientCert: String?
  public var clientKey: String?
  /// The TLS server name (SNI and certificate name) when it differs from the address's host.
  public var serverName: String?
  /// False with `CONSUL_HTTP_SSL_VERIFY=false`.
  public var verifyTLS: Bool
  public var datacenter: String?
  public var namespace: String?
  public var partition: String?
  public var stale: Bool
  /// Nanoseconds one request may take, connection included.
  public var timeout: Int64
  /// Warnings about ignored settings (an unparseable `CONSUL_HTTP_SSL`), for stderr.
  public var warnings: [String]

  /// 30 s: long enough for a slow leader election, short enough that a dead address fails fast.
  public static let defaultTimeout: Int64 = 30_000_000_000
  public static let defaultAddress = "127.0.0.1:8500"

  /// The address as messages name it: `http://127.0.0.1:8500`, `https://consul:8501/prefix`,
  /// `unix:///run/consul.sock`.
  public var address: String {
    switch endpoint {
    case .tcp(let host, let port):
      let shownHost = host.contains(":") ? "[\(host)]" : host
      return "\(useTLS ? "https" : "http")://\(shownHost):\(port)\(pathPrefix)"
    case .unix(let path):
      return "unix://\(path)"
    }
  }

  /// A setting that cannot be used: the one-line reason (the consul CLI's wording where it has one).
  public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
  }

  /// Resolves `flags` over `environment`; `readFile` reads the token file (injected for tests).
  public static func resolve(
    flags: ConsulFlags, environment: [String: String], readFile: (String) -> Result<String, Invalid>
  ) -> Result<ConsulSettings, Invalid> {
    func env(_ name: String) -> String? {
      guard let value = environment[name], !value.isEmpty else { return nil }
      return value
    }
    var warnings: [String] = []
    var useTLS = false
    if let ssl = env("CONSUL_HTTP_SSL") {
      switch parseBool(ssl) {
      case .some(let enabled): useTLS = enabled
      case .none:
        warnings.append(
          "could not parse CONSUL_HTTP_SSL: strconv.ParseBool: parsing \(GoFormat.quote(ssl)): invalid syntax")
      }
    }
    var verifyTLS = true
    if let verify = env("CONSUL_HTTP_SSL_VERIFY") {
      // Go reads an unparseable value as false, and so turns verification off.
      let parsed = parseBool(verify)
      if parsed == nil {
        warnings.append(
          "could not parse CONSUL_HTTP_SSL_VERIFY: strconv.ParseBool: parsing \(GoFormat.quote(verify)): invalid syntax"
        )
      }
      verifyTLS = parsed ?? false
    }

    let raw = flags.httpAddr ?? env("CONSUL_HTTP_ADDR") ?? defaultAddress
    var endpoint: Endpoint
    var pathPrefix = ""
    var hostPort = raw
    var isUnix = false
    if let separator = raw.range(of: "://") {
      let scheme = String(raw[..<separator.lowerBound])
      let rest = String(raw[separator.upperBound...])
      switch scheme {
      // `http://` never turns TLS off once CONSUL_HTTP_SSL asked for it.
      case "http": break
      case "https": useTLS = true
      case "unix": isUnix = true
      default: return .failure(Invalid(message: "Unknown protocol scheme: \(scheme)"))
      }
      hostPort = rest
      if !isUnix, let slash = rest.firstIndex(of: "/") {
        hostPort = String(rest[..<slash])
        pathPrefix = "/" + rest[rest.index(after: slash)...]
        if pathPrefix == "/" { pathPrefix = "" }
      }
    }
    if isUnix {
      guard !hostPort.isEmpty else { return .failure(Invalid(message: "invalid address `\(raw)`: no socket path")) }
      endpoint = .unix(path: hostPort)
    } else {
      switch splitHostPort(hostPort, defaultPort: useTLS ? 443 : 80) {
      case .success(let (host, port)): endpoint = .tcp(host: host, port: port)
      case .failure(let error): return .failure(Invalid(message: "invalid address `\(raw)`: \(error.message)"))
      }
    }

    var token = (flags.token ?? env("CONSUL_HTTP_TOKEN")).flatMap { $0.isEmpty ? nil : Secret($0) }
    if let tokenFile = flags.tokenFile ?? env("CONSUL_HTTP_TOKEN_FILE"), !tokenFile.isEmpty {
      switch readFile(tokenFile) {
      case .failure(let error): return .failure(Invalid(message: "Error loading token file: \(error.message)"))
      case .success(let text):
        let trimmed = text.trimmingGoSpace()
        if !trimmed.isEmpty { token = Secret(trimmed) }
      }
    }
    var basicAuth: BasicAuth?
    if let auth = env("CONSUL_HTTP_AUTH") {
      let parts = auth.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      basicAuth = BasicAuth(username: String(parts[0]), password: Secret(parts.count > 1 ? String(parts[1]) : ""))
    }

    let clientCert = flags.clientCert ?? env("CONSUL_CLIENT_CERT")
    let clientKey = flags.clientKey ?? env("CONSUL_CLIENT_KEY")
    if (clientCert ?? "").isEmpty != (clientKey ?? "").isEmpty {
      return .failure(Invalid(message: "both client cert and client key must be provided"))
    }
    var serverName = flags.tlsServerName ?? env("CONSUL_TLS_SERVER_NAME")
    if let name = serverName {
      // `host:port` loses its port (a `]` ends an IPv6 literal first).
      if let colon = name.lastIndex(of: ":"), name.lastIndex(of: "]").map({ $0 < colon }) ?? true {
        serverName = String(name[..<colon])
      }
      if serverName?.hasPrefix("[") == true, serverName?.hasSuffix("]") == true {
        serverName = String(serverName?.dropFirst().dropLast() ?? "")
      }
      if serverName?.isEmpty == true { serverName = nil }
    }

    var timeout = defaultTimeout
    if let text = flags.timeout {
      guard let nanoseconds = GoDuration.parse(text), nanoseconds > 0 else {
        return .failure(Invalid(message: "invalid --timeout `\(text)`: give a positive duration such as `10s`"))
      }
      timeout = nanoseconds
    }
    func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
    return .success(
      ConsulSettings(
        endpoint: endpoint, useTLS: useTLS, pathPrefix: pathPrefix, token: token, basicAuth: basicAuth,
        caFile: nonEmpty(flags.caFile ?? env("CONSUL_CACERT")), caPath: nonEmpty(flags.caPath ?? env("CONSUL_CAPATH")),
        clientCert: nonEmpty(clientCert), clientKey: nonEmpty(clientKey), serverName: serverName,
        verifyTLS: verifyTLS, datacenter: nonEmpty(flags.datacenter),
        namespace: nonEmpty(flags.namespace ?? env("CONSUL_NAMESPACE")),
        partition: nonEmpty(flags.partition ?? env("CONSUL_PARTITION")), stale: flags.stale, timeout: timeout,
        warnings: warnings))
  }

  /// Go's `strconv.ParseBool`.
  static func parseBool(_ text: String) -> Bool? {
    switch text {
    case "1", "t", "T", "TRUE", "true", "True": true
    case "0", "f", "F", "FALSE", "false", "False": false
    default: nil
    }
  }

  /// `host:port`, `[v6]:port`, or a host alone (then `defaultPort`, as Go's HTTP client does).
  static func splitHostPort(_ text: String, defaultPort: Int) -> Result<(String, Int), Invalid> {
    var host = text
    var portText: String?
    if text.hasPrefix("[") {
      guard let close = text.firstIndex(of: "]") else { return .failure(Invalid(message: "missing `]` in address")) }
      host = String(text[text.index(after: text.startIndex)..<close])
      let rest = text[text.index(after: close)...]
      if rest.hasPrefix(":") {
        portText = String(rest.dropFirst())
      } else if !rest.isEmpty {
        return .failure(Invalid(message: "unexpected text after `]`"))
      }
    } else if let colon = text.lastIndex(of: ":") {
      host = String(text[..<colon])
      portText = String(text[text.index(after: colon)...])
      if host.contains(":") {
        return .failure(Invalid(message: "too many colons (write an IPv6 host as `[::1]:8500`)"))
      }
    }
    guard !host.isEmpty else { return .failure(Invalid(message: "no host")) }
    guard let portText else { return .success((host, defaultPort)) }
    guard let port = Int(portText), (1...65535).contains(port) else {
      return .failure(Invalid(message: "invalid port `\(portText)`"))
    }
    return .success((host, port))
  }
}

extension String {
  /// Go's `strings.TrimSpace` (ASCII and Unicode white space).
  func trimmingGoSpace() -> String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return String(text)
  }
}
