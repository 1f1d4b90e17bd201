import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// A Consul-compatible HTTP server on SwiftNIO, for end-to-end tests of centry's network commands:
/// on 127.0.0.1 with a free port, on a Unix socket, or over TLS (optionally requiring a client
/// certificate). Its ``store`` holds the state, the recorded requests and the fault switches.
///
/// Start one per test and ``stop()`` it at the end; nothing is shared between servers.
public final class ConsulTestServer: @unchecked Sendable {
  /// How the server listens.
  public enum Listener {
    case tcp
    case unix(path: String)
    /// TLS with the server certificate of `certificates`; with `requireClientCertificate`, only
    /// clients presenting a certificate signed by the test CA get through.
    case tls(TestCertificates, requireClientCertificate: Bool)
  }

  public let store = ConfigStore()
  /// `http://127.0.0.1:PORT`, `https://127.0.0.1:PORT` or `unix:///path`.
  public let address: String
  /// The TCP port (0 for a Unix socket).
  public let port: Int
  private let channel: Channel

  public init(_ listener: Listener = .tcp) throws {
    let store = self.store
    var sslContext: NIOSSLContext?
    if case .tls(let certificates, let requireClient) = listener {
      var configuration = TLSConfiguration.makeServerConfiguration(
        certificateChain: try NIOSSLCertificate.fromPEMFile(certificates.serverCertificate).map { .certificate($0) },
        privateKey: .privateKey(try NIOSSLPrivateKey(file: certificates.serverKey, format: .pem)))
      if requireClient {
        configuration.certificateVerification = .noHostnameVerification
        configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(certificates.caCertificate))
      }
      sslContext = try NIOSSLContext(configuration: configuration)
    }
    let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.backlog, value: 64)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          if let sslContext {
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: sslContext))
          }
          try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
          try channel.pipeline.syncOperations.addHandler(RequestHandler(store: store))
        }
      }
    switch listener {
    case .tcp:
      channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
      port = channel.localAddress?.port ?? 0
      address = "http://127.0.0.1:\(port)"
    case .tls:
      channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
      port = channel.localAddress?.port ?? 0
      address = "https://127.0.0.1:\(port)"
    case .unix(let path):
      channel = try bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).wait()
      port = 0
      address = "unix://\(path)"
    }
  }

  /// `127.0.0.1:PORT` (no scheme), as `CONSUL_HTTP_ADDR` is often written.
  public var hostPort: String { "127.0.0.1:\(port)" }

  /// Closes the listening socket (open connections finish on their own).
  public func stop() {
    try? channel.close().wait()
  }
}

/// Collects one HTTP request, hands it to the store, writes the answer and closes the connection.
private final class RequestHandler: ChannelInboundHandler, @unchecked Sendable {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  let store: ConfigStore
  var head: HTTPRequestHead?
  var body = ByteBuffer()

  init(store: ConfigStore) { self.store = store }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head):
      self.head = head
      body.clear()
    case .body(var chunk):
      body.writeBuffer(&chunk)
    case .end:
      guard let head else { return }
      let (path, query) = RequestHandler.split(head.uri)
      let request = RecordedRequest(
        method: head.method.rawValue, path: path, query: query,
        headers: head.headers.map { ($0.name.lowercased(), $0.value) },
        body: body.getString(at: body.readerIndex, length: body.readableBytes) ?? "")
      let response = store.handle(request)
      let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
      let respond = { [self] in self.write(response, head: head, context: loopBound.value) }
      if response.delay > 0 {
        context.eventLoop.scheduleTask(in: .milliseconds(Int64(response.delay * 1000))) { respond() }
      } else {
        respond()
      }
    }
  }

  private func write(_ response: StoreResponse, head: HTTPRequestHead, context: ChannelHandlerContext) {
    if response.drop {
      context.close(promise: nil)
      return
    }
    var headers = HTTPHeaders(response.headers)
    headers.add(name: "Content-Length", value: String(response.body.utf8.count))
    headers.add(name: "Connection", value: "close")
    let status = HTTPResponseStatus(statusCode: response.status)
    context.write(
      wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
    context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: response.body)))), promise: nil)
    context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
  }

  static func split(_ uri: String) -> (String, [(String, String)]) {
    guard let mark = uri.firstIndex(of: "?") else { return (uri, []) }
    let path = String(uri[..<mark])
    let query = uri[uri.index(after: mark)...].split(separator: "&").map { pair -> (String, String) in
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
      let value = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
      return (name, value)
    }
    return (path, query)
  }
}

/// A CA, a server certificate (for `localhost`, `consul.test` and 127.0.0.1) and a client
/// certificate, made with the system's `openssl` in a fresh temporary directory.
public struct TestCertificates: Sendable {
  public var directory: String
  public var caCertificate: String { directory + "/ca.pem" }
  public var serverCertificate: String { directory + "/server.pem" }
  public var serverKey: String { directory + "/server.key" }
  public var clientCertificate: String { directory + "/client.pem" }
  public var clientKey: String { directory + "/client.key" }
  /// A second CA that signed nothing the server uses (for verification failures).
  public var otherCACertificate: String { directory + "/other-ca.pem" }

  /// Deletes the directory.
  public func remove() {
    try? FileManager.default.removeItem(atPath: directory)
  }

  public static func make() throws -> TestCertificates {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("centry-tls-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let script = """
      set -e
      cd '\(directory)'
      key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out "$1" 2>/dev/null; }
      key ca.key
      openssl req -x509 -new -key ca.key -out ca.pem -days 2 -subj '/CN=centry test CA' 2>/dev/null
      key other-ca.key
      openssl req -x509 -new -key other-ca.key -out other-ca.pem -days 2 -subj '/CN=centry other CA' 2>/dev/null
      printf 'subjectAltName=DNS:localhost,DNS:consul.test,IP:127.0.0.1\\nextendedKeyUsage=serverAuth\\n' > server.ext
      printf 'extendedKeyUsage=clientAuth\\n' > client.ext
      for who in server client; do
        key $who.key
        openssl req -new -key $who.key -out $who.csr -subj "/CN=$who" 2>/dev/null
        openssl x509 -req -in $who.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out $who.pem -days 2 \
          -extfile $who.ext 2>/dev/null
      done
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CertificateError(message: "openssl failed (status \(process.terminationStatus)); is openssl installed?")
    }
    return TestCertificates(directory: directory)
  }

  struct CertificateError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
