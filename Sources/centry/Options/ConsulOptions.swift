import ArgumentParser
import CentryConsul
import CentryEngine
import Foundation

extension NameSpecification {
  /// `--name` and the consul CLI's single-dash `-name`.
  static func consul(_ name: String) -> NameSpecification {
    [.customLong(name), .customLong(name, withSingleDash: true)]
  }
}

/// Consul's connection settings with `-datacenter`: the network commands' options.
struct ConsulOptions: ParsableArguments {
  @OptionGroup var connection: ConsulConnection

  @Option(name: .consul("datacenter"), help: ArgumentHelp("Datacenter to query (?dc=).", valueName: "dc"))
  var datacenter: String?

  func withClient<T>(_ body: (ConsulClient) async throws -> T) async throws -> T {
    try await connection.withClient(datacenter: datacenter, body)
  }
}

/// Consul's connection settings, spelled as the consul CLI spells them (single dash; the double
/// dash works too), with the same environment variables (spec decoding-and-api §2.4). Without
/// `-datacenter`, which `explain` and `route` use for the chain's own datacenter: with `--consul`
/// they ask the agent's datacenter.
struct ConsulConnection: ParsableArguments {
  @Option(
    name: .consul("http-addr"),
    help: ArgumentHelp(
      "Consul's HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).",
      valueName: "address"))
  var httpAddr: String?

  @Option(name: .consul("token"), help: ArgumentHelp("ACL token (env CONSUL_HTTP_TOKEN).", valueName: "token"))
  var token: String?

  @Option(
    name: .consul("token-file"),
    help: ArgumentHelp(
      "File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.", valueName: "path"),
    completion: .file())
  var tokenFile: String?

  @Option(
    name: .consul("ca-file"), help: ArgumentHelp("CA certificate file for TLS (env CONSUL_CACERT).", valueName: "path"),
    completion: .file())
  var caFile: String?

  @Option(
    name: .consul("ca-path"),
    help: ArgumentHelp("Directory of CA certificates for TLS (env CONSUL_CAPATH).", valueName: "path"),
    completion: .directory)
  var caPath: String?

  @Option(
    name: .consul("client-cert"),
    help: ArgumentHelp("Client certificate for TLS (env CONSUL_CLIENT_CERT).", valueName: "path"), completion: .file())
  var clientCert: String?

  @Option(
    name: .consul("client-key"), help: ArgumentHelp("Client key for TLS (env CONSUL_CLIENT_KEY).", valueName: "path"),
    completion: .file())
  var clientKey: String?

  @Option(
    name: .consul("tls-server-name"),
    help: ArgumentHelp("Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).", valueName: "name"))
  var tlsServerName: String?

  @Option(
    name: .consul("namespace"),
    help: ArgumentHelp("Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).", valueName: "ns"))
  var namespace: String?

  @Option(
    name: .consul("partition"),
    help: ArgumentHelp(
      "Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).", valueName: "name"))
  var partition: String?

  @Flag(name: .consul("stale"), help: "Let any server answer reads (?stale).")
  var stale = false

  @Option(help: ArgumentHelp("Bound of each request to Consul (a Go duration).", valueName: "duration"))
  var timeout: String = "30s"

  @Flag(help: "Log each request to Consul on stderr (never the token).")
  var verbose = false

  func flags(datacenter: String?) -> ConsulFlags {
    ConsulFlags(
      httpAddr: httpAddr, token: token, tokenFile: tokenFile, caFile: caFile, caPath: caPath, clientCert: clientCert,
      clientKey: clientKey, tlsServerName: tlsServerName, datacenter: datacenter, namespace: namespace,
      partition: partition, stale: stale, timeout: timeout)
  }

  /// Resolves the settings (printing their warnings), runs `body` with a client and closes it.
  func withClient<T>(datacenter: String? = nil, _ body: (ConsulClient) async throws -> T) async throws -> T {
    let resolved = ConsulSettings.resolve(
      flags: flags(datacenter: datacenter), environment: ProcessInfo.processInfo.environment,
      readFile: ConsulConnection.readTokenFile)
    let settings: ConsulSettings
    switch resolved {
    case .success(let value): settings = value
    case .failure(let invalid): throw ToolFailure("cannot connect to Consul: \(invalid.message)")
    }
    for warning in settings.warnings { Output.stderr("warning: \(warning)\n") }
    var log: (@Sendable (String) -> Void)?
    if verbose { log = { line in Output.stderr("consul: \(line)\n") } }
    let client: ConsulClient
    do {
      client = try ConsulClient(settings: settings, log: log)
    } catch let failure as ConsulFailure {
      throw ToolFailure("cannot connect to Consul: \(failure.message)")
    }
    do {
      let result = try await body(client)
      await client.shutdown()
      return result
    } catch {
      await client.shutdown()
      throw error
    }
  }

  /// Reads a token file; errors in Go's `os.ReadFile` wording (`open PATH: no such file or directory`).
  static func readTokenFile(_ path: String) -> Result<String, ConsulSettings.Invalid> {
    guard FileManager.default.fileExists(atPath: path) else {
      return .failure(ConsulSettings.Invalid(message: "open \(path): no such file or directory"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(ConsulSettings.Invalid(message: "open \(path): permission denied"))
    }
    return .success(String(decoding: data, as: UTF8.self))
  }
}

/// Connection options plus the switch that turns them on, for commands that work offline by
/// default (`lint`, `explain`, `route`).
struct LiveOptions: ParsableArguments {
  @Flag(
    help: ArgumentHelp(
      "Check the inputs against a live Consul: they replace their live versions, every other entry is fetched.",
      discussion: "Without it, nothing is sent anywhere."))
  var consul = false

  @OptionGroup(title: "Consul connection (with --consul)") var connection: ConsulConnection

  /// The live entries the checks read, or `[]` without `--consul`.
  func liveEntries() async throws -> [LiveEntry] {
    guard consul else { return [] }
    return try await connection.withClient { try await $0.chainEntries() }
  }
}
