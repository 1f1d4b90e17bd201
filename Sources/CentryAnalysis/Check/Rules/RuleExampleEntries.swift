import CentryCore
import CentryModel

/// Example files and fields that several rules' examples share word for word.
///
/// The chain rules are shown on a few recurring services: `web` speaking HTTP, `ext` outside the
/// mesh, `web` sending a tenth of its traffic to `web-next`, a resolver with subsets `v1` and
/// `v2`. Each is written here once; what a rule is about (its marked field) stays in the rule.
enum RuleExampleEntries {
  /// One file of a multi-file example: its name and text.
  typealias File = (name: String, text: String)

  /// A service-defaults that sets only `service`'s `Protocol`, its `=` aligned.
  static func protocolDefaults(
    _ fileName: String = "defaults.hcl", service: String, protocol protocolName: String
  ) -> File {
    (
      fileName,
      """
      Kind     = "service-defaults"
      Name     = "\(service)"
      Protocol = "\(protocolName)"
      """
    )
  }

  /// A proxy-defaults that makes every service speak HTTP, written on one line.
  static func httpProxyDefaults(_ fileName: String) -> File {
    Example.file(fileName, .proxyDefaults, "global", "Config { protocol = \"http\" }")
  }

  /// `ext`, a service outside the mesh: its service-defaults sets `ExternalSNI`.
  static let externalService: File = (
    "defaults.hcl",
    """
    Kind        = "service-defaults"
    Name        = "ext"
    ExternalSNI = "ext.example.com"
    """
  )

  /// `web` sends 10 % of its traffic to `web-next`.
  static let webCanarySplitter = Example.file(
    "splitter.hcl", .serviceSplitter, "web",
    """
    Splits = [
      { Weight = 90 },
      { Weight = 10, Service = "web-next" },
    ]
    """
  )

  /// A resolver's `Subsets` `v1` and `v2`, chosen by the instances' `version` meta.
  static let versionSubsets = """
    Subsets = {
      v1 = { Filter = "Service.Meta.version == v1" }
      v2 = { Filter = "Service.Meta.version == v2" }
    }
    """

  /// A router's `Routes`: `/admin/…` goes to the `admin` service, rewritten to `/…`.
  static let adminPrefixRewrite = """
    Routes = [{
      Match { HTTP { PathPrefix = "/admin/" } }
      Destination { Service = "admin", PrefixRewrite = "/" }
    }]
    """
}
