import CentryConsul
import Testing

@Suite struct ConsulSettingsTests {
  func resolve(
    _ flags: ConsulFlags = ConsulFlags(), _ environment: [String: String] = [:], files: [String: String] = [:]
  )
    -> Result<ConsulSettings, ConsulSettings.Invalid>
  {
    ConsulSettings.resolve(flags: flags, environment: environment) { path in
      files[path].map { .success($0) }
        ?? .failure(ConsulSettings.Invalid(message: "open \(path): no such file or directory"))
    }
  }

  func settings(
    _ flags: ConsulFlags = ConsulFlags(), _ environment: [String: String] = [:], files: [String: String] = [:]
  )
    throws -> ConsulSettings
  {
    try resolve(flags, environment, files: files).get()
  }

  @Test func defaultsToLocalAgent() throws {
    let value = try settings()
    #expect(value.endpoint == .tcp(host: "127.0.0.1", port: 8500))
    #expect(!value.useTLS)
    #expect(value.address == "http://127.0.0.1:8500")
    #expect(value.token == nil)
    #expect(value.timeout == 30_000_000_000)
  }

  @Test func flagOverridesEnvironment() throws {
    let value = try settings(ConsulFlags(httpAddr: "10.0.0.1:1234"), ["CONSUL_HTTP_ADDR": "other:8500"])
    #expect(value.endpoint == .tcp(host: "10.0.0.1", port: 1234))
  }

  @Test func schemes() throws {
    #expect(try settings(ConsulFlags(httpAddr: "https://consul:8501")).address == "https://consul:8501")
    #expect(try settings(ConsulFlags(httpAddr: "unix:///run/consul.sock")).endpoint == .unix(path: "/run/consul.sock"))
    #expect(try settings(ConsulFlags(httpAddr: "consul")).address == "http://consul:80")
    #expect(try settings(ConsulFlags(httpAddr: "[::1]:8500")).endpoint == .tcp(host: "::1", port: 8500))
    let prefixed = try settings(ConsulFlags(httpAddr: "http://proxy:80/consul"))
    #expect(prefixed.pathPrefix == "/consul")
    #expect(throws: ConsulSettings.Invalid.self) { try settings(ConsulFlags(httpAddr: "ftp://x:1")) }
    guard case .failure(let invalid) = resolve(ConsulFlags(httpAddr: "ftp://x:1")) else { return }
    #expect(invalid.message == "Unknown protocol scheme: ftp")
  }

  @Test func sslEnvironment() throws {
    #expect(try settings(ConsulFlags(httpAddr: "consul:8501"), ["CONSUL_HTTP_SSL": "true"]).useTLS)
    // `http://` never turns TLS off once CONSUL_HTTP_SSL asked for it (api.NewClient).
    #expect(try settings(ConsulFlags(httpAddr: "http://consul:8501"), ["CONSUL_HTTP_SSL": "1"]).useTLS)
    let unparsable = try settings(ConsulFlags(), ["CONSUL_HTTP_SSL": "yes"])
    #expect(!unparsable.useTLS)
    #expect(unparsable.warnings.first?.hasPrefix("could not parse CONSUL_HTTP_SSL") == true)
    #expect(!(try settings(ConsulFlags(), ["CONSUL_HTTP_SSL_VERIFY": "false"]).verifyTLS))
    #expect(try settings(ConsulFlags(), ["CONSUL_HTTP_SSL_VERIFY": "true"]).verifyTLS)
  }

  @Test func tokenFileWinsOverToken() throws {
    let files = ["/t": "  file-token \n", "/empty": "\n"]
    #expect(try settings(ConsulFlags(token: "flag"), files: files).token?.revealed == "flag")
    #expect(try settings(ConsulFlags(), ["CONSUL_HTTP_TOKEN": "env"]).token?.revealed == "env")
    #expect(try settings(ConsulFlags(token: "flag"), ["CONSUL_HTTP_TOKEN": "env"]).token?.revealed == "flag")
    #expect(
      try settings(ConsulFlags(token: "flag"), ["CONSUL_HTTP_TOKEN_FILE": "/t"], files: files).token?.revealed
        == "file-token")
    #expect(try settings(ConsulFlags(token: "flag", tokenFile: "/empty"), files: files).token?.revealed == "flag")
    guard case .failure(let invalid) = resolve(ConsulFlags(tokenFile: "/missing")) else {
      Issue.record("a missing token file must fail")
      return
    }
    #expect(invalid.message == "Error loading token file: open /missing: no such file or directory")
  }

  @Test func secretNeverPrints() throws {
    let value = try settings(ConsulFlags(token: "s3cr3t-token"))
    #expect(!"\(value)".contains("s3cr3t"))
    #expect(!String(reflecting: value).contains("s3cr3t"))
    var dumped = ""
    dump(value, to: &dumped)
    #expect(!dumped.contains("s3cr3t"))
  }

  @Test func clientCertificateNeedsKey() throws {
    guard case .failure(let invalid) = resolve(ConsulFlags(clientCert: "/c.pem")) else {
      Issue.record("a certificate without a key must fail")
      return
    }
    #expect(invalid.message == "both client cert and client key must be provided")
  }

  @Test func serverNameLosesPort() throws {
    #expect(try settings(ConsulFlags(tlsServerName: "consul.test:8501")).serverName == "consul.test")
    #expect(try settings(ConsulFlags(), ["CONSUL_TLS_SERVER_NAME": "srv"]).serverName == "srv")
  }

  @Test func tenancyOnlyWhenSet() throws {
    let plain = try settings()
    #expect(plain.namespace == nil && plain.partition == nil && plain.datacenter == nil)
    let set = try settings(ConsulFlags(datacenter: "dc2"), ["CONSUL_NAMESPACE": "team", "CONSUL_PARTITION": "p1"])
    #expect(set.namespace == "team" && set.partition == "p1" && set.datacenter == "dc2")
  }

  @Test func timeoutIsAGoDuration() throws {
    #expect(try settings(ConsulFlags(timeout: "1m30s")).timeout == 90_000_000_000)
    #expect(throws: ConsulSettings.Invalid.self) { try settings(ConsulFlags(timeout: "soon")) }
    #expect(throws: ConsulSettings.Invalid.self) { try settings(ConsulFlags(timeout: "0s")) }
  }
}
