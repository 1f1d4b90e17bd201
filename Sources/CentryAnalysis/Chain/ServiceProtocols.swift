import CentryCore
import CentryModel

/// The protocol every service-defaults entry and the global proxy-defaults set, read once per
/// entry set for all its chains.
///
/// Every target a chain resolves (or replays) looks its service's protocol up: through the entry
/// set that is a lower-casing, a hash of the name and a copy of the whole entry (tens of
/// reference-counted fields, shared by the threads compiling chains), for one string and range.
struct ServiceProtocols: Sendable {
  /// What a service-defaults entry says about the protocol.
  struct Written: Sendable {
    /// `Protocol` lower-cased; empty when not written.
    var value: String
    /// `Protocol`'s value, else the entry's place.
    var range: SourceRange
  }

  /// By lower-cased name: the entry ``EntrySet/entry(kind:name:)`` returns (the last written).
  private var byName: [String: Written] = [:]
  /// The global proxy-defaults' `Config.protocol` (``EntrySet/proxyDefaults``).
  let proxyProtocol: Located<String>?

  init(_ entries: EntrySet) {
    for entry in entries.entries(of: .serviceDefaults) {
      let key = EntrySet.Key(kind: .serviceDefaults, name: entry.entry.effectiveName).name
      // A later entry of the same name replaces the earlier one, as in the entry set.
      byName[key] = entry.serviceDefaults.map { defaults in
        Written(
          value: defaults.protocol?.value.lowercasedCheaply ?? "", range: defaults.protocol?.valueRange ?? entry.place)
      }
    }
    proxyProtocol = entries.proxyDefaults?.configProtocol
  }

  /// What the service-defaults entry of `service` (any case) says; `nil` without one.
  func written(for service: String) -> Written? {
    byName[service.lowercasedCheaply]
  }
}
