/// A Consul release as `compile --consul` names it: `MAJOR.MINOR` (the newest patch release of
/// that line) or `MAJOR.MINOR.PATCH`, optionally with a leading `v`.
///
/// Only the output forms listed in docs/compile.md depend on it; the older forms of spec envoy §6
/// (`total_weight`, `google_re2`, `validate_clusters: true`, …) are not reproduced.
public struct ConsulVersion: Sendable, Hashable, CustomStringConvertible {
  public var major: Int
  public var minor: Int
  /// `nil`: the newest patch release of the line.
  public var patch: Int?

  public init(major: Int, minor: Int, patch: Int? = nil) {
    self.major = major
    self.minor = minor
    self.patch = patch
  }

  /// The 1.21 line: `PrefixRewrite = "/"` is a plain `prefix_rewrite`.
  public static let v1_21 = ConsulVersion(major: 1, minor: 21)
  /// The newest 1.22 release (1.22.7 and later).
  public static let v1_22 = ConsulVersion(major: 1, minor: 22)
  /// The default: the newest behaviour known (1.22.7 and later, 2.x).
  public static let newest = v1_22

  public var description: String {
    patch.map { "\(major).\(minor).\($0)" } ?? "\(major).\(minor)"
  }

  /// Parses `1.22`, `1.22.3`, `v1.21.5`; `nil` for anything else.
  public static func parse(_ text: String) -> ConsulVersion? {
    let digits = text.hasPrefix("v") ? text.dropFirst() : Substring(text)
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count, numbers[0] >= 1 else { return nil }
    return ConsulVersion(major: numbers[0], minor: numbers[1], patch: numbers.count == 3 ? numbers[2] : nil)
  }

  /// How a route with `PrefixRewrite = "/"` (and, for a while, one with none) is rewritten.
  ///
  /// hashicorp/consul#23035 (merged Nov 2025, backported to release/1.22.x on 2025-11-12 by #23044,
  /// so first released after 1.22.0 of 2025-10-28) replaced `prefix_rewrite: /` by a
  /// `regex_rewrite` to avoid Envoy's `//` (envoyproxy/envoy#26055), and applied it to routes
  /// without a rewrite too; #23390 (backport #23395, 2026-03-30, listed in the 1.22.7 changelog)
  /// limited it to `"/"` again.
  public var prefixRewriteForm: PrefixRewriteForm {
    if (major, minor) < (1, 22) { return .prefixRewrite }
    guard major == 1, minor == 22, let patch else { return .regexForSlash }
    switch patch {
    case 0: return .prefixRewrite
    case 1...6: return .regexForSlashAndUnset
    default: return .regexForSlash
    }
  }
}

/// The rewrite forms of Consul releases (``ConsulVersion/prefixRewriteForm``).
public enum PrefixRewriteForm: Sendable, Hashable {
  /// `prefix_rewrite: <value>` for every non-empty `PrefixRewrite` (1.22.0 and earlier).
  case prefixRewrite
  /// `regex_rewrite` for `"/"`, `prefix_rewrite` otherwise (1.22.7 and later).
  case regexForSlash
  /// Also a `regex_rewrite` for router routes that have a destination but no `PrefixRewrite`
  /// (1.22.1 to 1.22.6).
  case regexForSlashAndUnset
}
