import AsyncHTTPClient
import CentryCore
import CentryEngine
import CentryModel
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// A client of Consul's config-entry endpoints (`/v1/config`), speaking HTTP/1.1 through
/// AsyncHTTPClient over TCP, TLS or a Unix socket, with the consul CLI's connection settings.
///
/// Every request is bounded by ``ConsulSettings/timeout``. Connection attempts are not retried (a
/// refused connection fails at once instead of at the deadline). Failures are ``ConsulFailure``s:
/// one line naming the address and the cause. The token travels in `X-Consul-Token` only and
/// appears in no message and no log line.
public final class ConsulClient: Sendable {
  public let settings: ConsulSettings
  private let http: HTTPClient
  private let log: (@Sendable (String) -> Void)?

  /// The largest response body read (a list of every entry of a big cluster stays far below).
  static let maximumBody = 64 << 20

  /// - Parameter log: receives one line per request and response (`--verbose`), token-free.
  public init(settings: ConsulSettings, log: (@Sendable (String) -> Void)? = nil) throws {
    self.settings = settings
    self.log = log
    var configuration = HTTPClient.Configuration()
    configuration.httpVersion = .http1Only
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.redirectConfiguration = .disallow
    let bound = TimeAmount.nanoseconds(settings.timeout)
    configuration.timeout = HTTPClient.Configuration.Timeout(connect: bound, read: bound)
    if settings.useTLS {
      configuration.tlsConfiguration = try ConsulClient.tlsConfiguration(settings)
      if let serverName = settings.serverName, case .tcp(let host, _) = settings.endpoint, serverName != host {
        // The request names the server name, which sets SNI and the name checked in the
        // certificate; the override connects to the real host.
        configuration.dnsOverride = [serverName: host]
      }
    }
    http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
  }

  /// Closes the connections. Call once when done.
  public func shutdown() async {
    try? await http.shutdown()
  }

  // MARK: - Endpoints

  /// `GET /v1/config/:kind/:name`; `nil` when Consul has no such entry (404), unless
  /// `missingIsError`, when the 404 is a ``ConsulFailure`` with Consul's text.
  public func read(kind: String, name: String, missingIsError: Bool = false) async throws -> LiveEntry? {
    let path = "/v1/config/\(escape(kind))/\(escape(name))"
    let response = try await send(.GET, path: path, read: true, notFound: !missingIsError)
    guard let body = response else { return nil }
    switch LiveEntry.decode(body) {
    case .success(let entry): return entry
    case .failure(let error): throw malformed("GET", "/v1/config/\(kind)/\(name)", error.message)
    }
  }

  /// `GET /v1/config/:kind`: every entry of a kind (those the token may read).
  public func list(kind: String) async throws -> [LiveEntry] {
    let body = try await send(.GET, path: "/v1/config/\(escape(kind))", read: true) ?? []
    switch LiveEntry.decodeList(body) {
    case .success(let entries): return entries
    case .failure(let error): throw malformed("GET", "/v1/config/\(kind)", error.message)
    }
  }

  /// `PUT /v1/config` (with `?cas=N` when given): true when written, false when the check-and-set
  /// index did not match.
  public func write(body: String, cas: UInt64? = nil) async throws -> Bool {
    let query = cas.map { [("cas", String($0))] } ?? []
    let response = try await send(.PUT, path: "/v1/config", query: query, body: Array(body.utf8)) ?? []
    return try boolean(response, "PUT", "/v1/config")
  }

  /// `DELETE /v1/config/:kind/:name` (with `?cas=N` when given): true when deleted (Consul answers
  /// `{}` without `cas`, a boolean with it).
  public func delete(kind: String, name: String, cas: UInt64? = nil) async throws -> Bool {
    let path = "/v1/config/\(escape(kind))/\(escape(name))"
    let query = cas.map { [("cas", String($0))] } ?? []
    let response = try await send(.DELETE, path: path, query: query) ?? []
    guard cas != nil else { return true }
    return try boolean(response, "DELETE", path)
  }

  /// Every entry of the kinds the discovery-chain checks read: proxy-defaults, service-defaults,
  /// routers, splitters and resolvers.
  public func chainEntries() async throws -> [LiveEntry] {
    var entries: [LiveEntry] = []
    for kind in [EntryKind.proxyDefaults, .serviceDefaults, .serviceResolver, .serviceSplitter, .serviceRouter] {
      entries += try await list(kind: kind.rawValue)
    }
    return entries
  }

  // MARK: - HTTP

  /// Sends one request. Returns the body of a 200, `nil` for a 404 when `notFound` is set, and
  /// throws a ``ConsulFailure`` for everything else.
  private func send(
    _ method: HTTPMethod, path: String, query: [(String, String)] = [], body: [UInt8]? = nil, read: Bool = false,
    notFound: Bool = false
  ) async throws -> [UInt8]? {
    var parameters = query
    if let dc = settings.datacenter { parameters.append(("dc", dc)) }
    if let ns = settings.namespace { parameters.append(("ns", ns)) }
    if let partition = settings.partition { parameters.append(("partition", partition)) }
    if read, settings.stale { parameters.append(("stale", "")) }
    let queryText =
      parameters.isEmpty
      ? ""
      : "?" + parameters.map { $0.1.isEmpty ? escape($0.0) : "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    let target = settings.pathPrefix + path + queryText
    var request = HTTPClientRequest(url: url(for: target))
    request.method = method
    if let token = settings.token { request.headers.add(name: "X-Consul-Token", value: token.revealed) }
    if let auth = settings.basicAuth {
      let credentials = Data("\(auth.username):\(auth.password.revealed)".utf8).base64EncodedString()
      request.headers.add(name: "Authorization", value: "Basic \(credentials)")
    }
    if let body {
      request.headers.add(name: "Content-Type", value: "application/json")
      request.body = .bytes(ByteBuffer(bytes: body))
    }
    log?("\(method.rawValue) \(settings.address)\(path)\(queryText)\(settings.token == nil ? "" : " (with token)")")
    let response: HTTPClientResponse
    let bytes: [UInt8]
    do {
      response = try await http.execute(request, timeout: .nanoseconds(settings.timeout))
      var buffer = try await response.body.collect(upTo: ConsulClient.maximumBody)
      bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
    } catch {
      throw transportFailure(error, method.rawValue, path)
    }
    log?("\(response.status.code) \(response.status.reasonPhrase) (\(bytes.count) bytes)")
    switch response.status.code {
    case 200: return bytes
    case 404 where notFound: return nil
    default:
      let text = String(decoding: bytes, as: UTF8.self).trimmingGoSpace()
      let code = Int(response.status.code)
      throw ConsulFailure(
        .status(code, body: text),
        "\(method.rawValue) \(path) at \(settings.address): \(ConsulFailure.unexpected(code, text))")
    }
  }

  private func url(for target: String) -> String {
    switch settings.endpoint {
    case .tcp(let host, let port):
      let name = settings.useTLS ? (settings.serverName ?? host) : host
      let shown = name.contains(":") ? "[\(name)]" : name
      return "\(settings.useTLS ? "https" : "http")://\(shown):\(port)\(target)"
    case .unix(let path):
      let scheme = settings.useTLS ? "https+unix" : "http+unix"
      let host = path.addingPercentEncoding(withAllowedCharacters: .urlHostAllowed) ?? path
      return "\(scheme)://\(host)\(target)"
    }
  }

  private func boolean(_ bytes: [UInt8], _ method: String, _ path: String) throws -> Bool {
    // The Go client only checks whether the body contains `true`; be as lenient, but do not take
    // garbage for an answer.
    let text = String(decoding: bytes, as: UTF8.self).trimmingGoSpace()
    switch text {
    case "true": return true
    case "false": return false
    default: throw malformed(method, path, "expected `true` or `false`, got \(excerpt(text))")
    }
  }

  private func malformed(_ method: String, _ path: String, _ detail: String) -> ConsulFailure {
    ConsulFailure(.malformed, "\(method) \(path) at \(settings.address): malformed response: \(detail)")
  }

  private func excerpt(_ text: String) -> String {
    let line = ConsulRejection.oneLine(text)
    return line.count > 60 ? "`\(line.prefix(60))…`" : "`\(line)`"
  }

  /// Query and path escaping (`url.PathEscape` / `url.QueryEscape` keep these characters).
  private func escape(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }

  // MARK: - Failures

  private func transportFailure(_ error: Error, _ method: String, _ path: String) -> ConsulFailure {
    let (cause, reason) = ConsulClient.describe(error, settings: settings)
    return ConsulFailure(cause, "\(method) \(path) at \(settings.address): \(reason)")
  }

  static func describe(_ error: Error, settings: ConsulSettings) -> (ConsulFailure.Cause, String) {
    let seconds = GoFormat.duration(settings.timeout)
    if let error = error as? HTTPClientError {
      switch error {
      case .connectTimeout: return (.connection, "connection timed out after \(seconds)")
      case .readTimeout, .deadlineExceeded: return (.transport, "no response within \(seconds) (--timeout)")
      case .remoteConnectionClosed: return (.transport, "the server closed the connection without a response")
      case .tlsHandshakeTimeout: return (.connection, "TLS handshake timed out")
      default: return (.transport, "\(error)")
      }
    }
    if let error = error as? NIOConnectionError {
      if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
        return (.connection, "cannot resolve host `\(error.host)`")
      }
      if let first = error.connectionErrors.first { return describe(first.error, settings: settings) }
      return (.connection, "cannot connect to \(error.host):\(error.port)")
    }
    if let error = error as? IOError {
      switch error.errnoCode {
      case ECONNREFUSED: return (.connection, "connection refused")
      case ENOENT: return (.connection, "no such socket")
      case ECONNRESET, EPIPE: return (.transport, "connection reset by the server")
      case EACCES: return (.connection, "permission denied")
      default: return (.connection, String(cString: strerror(error.errnoCode)).lowercased())
      }
    }
    if let error = error as? NIOSSLError {
      switch error {
      case .handshakeFailed(let inner): return (.connection, "TLS handshake failed: \(tlsReason(inner))")
      case .uncleanShutdown: return (.transport, "the server closed the TLS connection without a response")
      default: return (.connection, "TLS failure: \(error)")
      }
    }
    if error is NIOSSLExtraError { return (.connection, "TLS handshake failed: \(error)") }
    if error is SocketAddressError { return (.connection, "cannot resolve host: \(error)") }
    if error is ChannelError, "\(error)".contains("eof") || "\(error)" == "ioOnClosedChannel" {
      return (.transport, "the server closed the connection without a response")
    }
    let text = "\(error)"
    if text.contains("NXDOMAIN") || text.contains("getaddrinfo") || text.contains("unknownHost") {
      return (.connection, "cannot resolve host")
    }
    return (.transport, text)
  }

  private static func tlsReason(_ error: BoringSSLError) -> String {
    let text = "\(error)"
    if text.contains("CERTIFICATE_VERIFY_FAILED") { return "certificate verification failed (\(text))" }
    return text
  }

  // MARK: - TLS

  static func tlsConfiguration(_ settings: ConsulSettings) throws -> TLSConfiguration {
    var configuration = TLSConfiguration.makeClientConfiguration()
    if !settings.verifyTLS { configuration.certificateVerification = .none }
    var roots: [NIOSSLCertificate] = []
    if let file = settings.caFile {
      do {
        roots += try NIOSSLCertificate.fromPEMFile(file)
      } catch {
        throw ConsulFailure(.settings, "cannot load CA file `\(file)`: \(fileReason(file, error))")
      }
    }
    if let directory = settings.caPath {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        throw ConsulFailure(.settings, "cannot read CA path `\(directory)`")
      }
      for name in names.sorted() where !name.hasPrefix(".") {
        let path = directory + "/" + name
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
          continue
        }
        do {
          roots += try NIOSSLCertificate.fromPEMFile(path)
        } catch {
          throw ConsulFailure(.settings, "cannot load CA file `\(path)` (from the CA path): \(fileReason(path, error))")
        }
      }
      if roots.isEmpty { throw ConsulFailure(.settings, "no certificate in CA path `\(directory)`") }
    }
    if !roots.isEmpty { configuration.trustRoots = .certificates(roots) }
    if let cert = settings.clientCert, let key = settings.clientKey {
      do {
        configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(cert).map { .certificate($0) }
      } catch {
        throw ConsulFailure(.settings, "cannot load client certificate `\(cert)`: \(fileReason(cert, error))")
      }
      do {
        configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
      } catch {
        throw ConsulFailure(.settings, "cannot load client key `\(key)`: \(fileReason(key, error))")
      }
    }
    return configuration
  }

  private static func fileReason(_ path: String, _ error: Error) -> String {
    if !FileManager.default.fileExists(atPath: path) { return "no such file" }
    if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
    return "not PEM (\(error))"
  }
}
