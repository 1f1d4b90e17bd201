import CentryAnalysis
import CentryCore
import CentryModel

/// What Consul's server does to an entry before storing it (the kinds' `Normalize()`, spec
/// core-entries §3.3, §4.2, §5.3, §6.3), on the members of a written body, so that reads return
/// what a real server returns. Written against the spec, independently of centry's own
/// `ServerNormalization`, which `diff` uses to predict this.
enum StoreNormalization {
  static func apply(kind: EntryKind, _ members: [(String, CatalogJSON)]) -> [(String, CatalogJSON)] {
    switch kind {
    case .serviceDefaults:
      return members.map { key, value in
        switch key {
        case "Protocol": return (key, lower(value))
        case "UpstreamConfig":
          return (
            key,
            map(value) { name, inner in
              switch name {
              case "Defaults": return upstream(inner)
              case "Overrides":
                guard case .array(let list) = inner else { return inner }
                return .array(list.map(upstream))
              default: return inner
              }
            }
          )
        default: return (key, value)
        }
      }
    case .proxyDefaults:
      return [("Kind", .string(kind.rawValue)), ("Name", .string("global"))]
        + members.filter { $0.0 != "Kind" && $0.0 != "Name" }
    case .serviceRouter:
      return members.map { key, value in
        guard key == "Routes", case .array(let routes) = value else { return (key, value) }
        return (
          key,
          .array(
            routes.map { route in
              map(route) { name, match in
                guard name == "Match" else { return match }
                return map(match) { name, http in
                  guard name == "HTTP" else { return http }
                  return map(http) { name, methods in
                    guard name == "Methods", case .array(let list) = methods else { return methods }
                    return .array(
                      list.map { if case .string(let text) = $0 { .string(text.uppercased()) } else { $0 } })
                  }
                }
              }
            })
        )
      }
    case .serviceSplitter:
      return members.map { key, value in
        guard key == "Splits", case .array(let splits) = value else { return (key, value) }
        return (
          key,
          .array(
            splits.map { split in
              map(split) { name, weight in
                guard name == "Weight", case .number(let number, _) = weight else { return weight }
                // Stored as a float32 of whole hundredths; Go writes a float32 in its shortest form.
                let stored = SplitWeight.normalize(number)
                return .number(Double(stored), GoNumberFormat.float32(stored))
              }
            })
        )
      }
    default:
      return members
    }
  }

  private static func upstream(_ value: CatalogJSON) -> CatalogJSON {
    map(value) { name, inner in
      switch (name, inner) {
      case ("Protocol", _): return lower(inner)
      case ("ConnectTimeoutMs", .number(let number, _)) where number < 0: return .number(0, "0")
      default: return inner
      }
    }
  }

  private static func lower(_ value: CatalogJSON) -> CatalogJSON {
    if case .string(let text) = value { return .string(text.lowercased()) }
    return value
  }

  /// `transform(key, value)` over the members of an object.
  private static func map(_ value: CatalogJSON, _ transform: (String, CatalogJSON) -> CatalogJSON) -> CatalogJSON {
    guard case .object(let members) = value else { return value }
    return .object(members.map { ($0.0, transform($0.0, $0.1)) })
  }
}
