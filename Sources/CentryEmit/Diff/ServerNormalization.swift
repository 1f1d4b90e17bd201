import CentryCore
import CentryModel

/// What Consul's server does to an entry on write before it stores it, applied to an api body
/// (``APIBodyEncoder``): the kinds' `Normalize()` (spec core-entries §1.5, §3.3, §4.2, §5.3,
/// §6.3). The api body is sent as written, so `Protocol = "HTTP"` goes out as `"HTTP"` and comes
/// back as `"http"`; comparing bodies after this step makes a diff right after a write empty.
///
/// - service-defaults: `Protocol` lower-cased, and in `UpstreamConfig.Defaults` and each
///   `UpstreamConfig.Overrides` element `Protocol` lower-cased and a negative `ConnectTimeoutMs`
///   set to 0;
/// - proxy-defaults: `Name` is `global`;
/// - service-router: the `Methods` of every route with `Match.HTTP` upper-cased;
/// - service-splitter: every `Weight` rounded to 0.01 as Consul stores it (``SplitWeight``);
/// - service-resolver: nothing (Normalize only sets `Kind`, which the body always has).
///
/// Consul CE is modelled: Enterprise's namespace and partition defaults are not filled in. Bodies of
/// other kinds are returned unchanged.
enum ServerNormalization {
  /// `body` as Consul would store it.
  static func apply(_ body: JSONValue) -> JSONValue {
    guard case .object(var members) = body, case .string(let kind)? = members.first(where: { $0.key == "Kind" })?.value
    else { return body }
    switch EntryKind(rawValue: kind) {
    case .serviceDefaults?:
      members = update(members, "Protocol", lowercased)
      members = update(members, "UpstreamConfig") { config in
        guard case .object(var fields) = config else { return config }
        fields = update(fields, "Defaults", upstream)
        fields = update(fields, "Overrides") { overrides in
          guard case .array(let list) = overrides else { return overrides }
          return .array(list.map(upstream))
        }
        return .object(fields)
      }
    case .proxyDefaults?:
      if let index = members.firstIndex(where: { $0.key == "Name" }) {
        members[index].value = .string("global")
      } else {
        let kindIndex = members.firstIndex { $0.key == "Kind" } ?? -1
        members.insert((key: "Name", value: .string("global")), at: kindIndex + 1)
      }
    case .serviceRouter?:
      members = update(members, "Routes") { routes in
        elements(routes) { route in
          update(route, "Match") { match in
            update(match, "HTTP") { http in
              update(http, "Methods") { methods in elements(methods, uppercased) }
            }
          }
        }
      }
    case .serviceSplitter?:
      members = update(members, "Splits") { splits in elements(splits) { update($0, "Weight", weight) } }
    case .serviceResolver?, .ingressGateway?, .terminatingGateway?, .serviceIntentions?, .mesh?, .exportedServices?,
      .samenessGroup?, .apiGateway?, .tcpRoute?, .fileSystemCertificate?, .inlineCertificate?, .httpRoute?,
      .controlPlaneRequestLimit?, .jwtProvider?, nil:
      break
    }
    return .object(members)
  }

  /// An `UpstreamConfig` of service-defaults (`Defaults` or one of `Overrides`).
  private static func upstream(_ value: JSONValue) -> JSONValue {
    let protocolLowered = update(value, "Protocol", lowercased)
    return update(protocolLowered, "ConnectTimeoutMs") { timeout in
      switch timeout {
      case .int(let number) where number < 0: .int(0)
      case .double(let number) where number < 0: .int(0)
      case .number(let literal) where literal.hasPrefix("-"): .int(0)
      case .null, .bool, .int, .double, .number, .string, .array, .object: timeout
      }
    }
  }

  /// A split weight as Consul stores it (`33.333` → `33.33`), written as Go writes a `float32`.
  private static func weight(_ value: JSONValue) -> JSONValue {
    let number: Double
    switch value {
    case .int(let integer): number = Double(integer)
    case .double(let double): number = double
    case .number(let literal):
      guard let parsed = Double(literal) else { return value }
      number = parsed
    case .null, .bool, .string, .array, .object: return value
    }
    return .number(GoNumberFormat.float32(SplitWeight.normalize(number)))
  }

  private static func lowercased(_ value: JSONValue) -> JSONValue {
    guard case .string(let text) = value else { return value }
    return .string(text.lowercased())
  }

  private static func uppercased(_ value: JSONValue) -> JSONValue {
    guard case .string(let text) = value else { return value }
    return .string(text.uppercased())
  }

  /// `transform` applied to each element of an array.
  private static func elements(_ value: JSONValue, _ transform: (JSONValue) -> JSONValue) -> JSONValue {
    guard case .array(let list) = value else { return value }
    return .array(list.map(transform))
  }

  /// `transform` applied to the member `key` of an object (if present).
  private static func update(_ value: JSONValue, _ key: String, _ transform: (JSONValue) -> JSONValue) -> JSONValue {
    guard case .object(let members) = value else { return value }
    return .object(update(members, key, transform))
  }

  private static func update(
    _ members: [(key: String, value: JSONValue)], _ key: String, _ transform: (JSONValue) -> JSONValue
  ) -> [(key: String, value: JSONValue)] {
    members.map { $0.key == key ? (key: key, value: transform($0.value)) : $0 }
  }
}
