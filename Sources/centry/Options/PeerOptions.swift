import ArgumentParser
import CentryAnalysis
import CentryEmit

extension ConsulVersion: ExpressibleByArgument {
  public init?(argument: String) {
    guard let version = ConsulVersion.parse(argument) else { return nil }
    self = version
  }
}

/// `--peer NAME=TRUST_DOMAIN[@DC]` (repeatable): what the peerings know, for peer targets' names.
struct PeerOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A cluster peer's trust domain and datacenter, for its targets' cluster names, SNIs and SANs (repeatable).",
      valueName: "name=trust-domain[@dc]"))
  var peer: [String] = []

  func validate() throws { _ = try peers() }

  /// The peers by name; the last `--peer` for a name wins.
  func peers() throws -> [String: PeerInfo] {
    var out: [String: PeerInfo] = [:]
    for text in peer {
      switch PeerInfo.parse(text) {
      case .success(let info): out[info.name] = info
      case .failure(let error): throw ValidationError("--peer: \(error.message)")
      }
    }
    return out
  }
}
