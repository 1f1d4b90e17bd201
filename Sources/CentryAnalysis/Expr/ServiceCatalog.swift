/// Service instances as Consul's `/v1/health/service/:name` returns them, grouped by service name.
///
/// A catalog file is either such a response body (a JSON array of `{Node, Service, Checks}`; the
/// name comes from each `Service.Service`) or an object mapping service names to such arrays.
public struct ServiceCatalog: Sendable, Hashable {
  /// One `{Node, Service, Checks}` entry.
  public struct Instance: Sendable, Hashable {
    public var json: CatalogJSON
    /// `Service.ID` (or `Node.Node/Service.ID`) for messages.
    public var id: String {
      let service = json["Service"]?["ID"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "?"
      let node = json["Node"]?["Node"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "?"
      return "\(node)/\(service)"
    }

    public init(json: CatalogJSON) { self.json = json }
  }

  /// Service name → instances, in file order.
  public var services: [String: [Instance]]

  public init(services: [String: [Instance]] = [:]) { self.services = services }

  /// The instances of `service` (empty when unknown).
  public func instances(of service: String) -> [Instance] { services[service] ?? [] }

  /// Reads a catalog file.
  public static func parse(_ bytes: [UInt8]) -> Result<ServiceCatalog, CatalogJSON.ParseError> {
    switch CatalogJSON.parse(bytes) {
    case .failure(let error): return .failure(error)
    case .success(let root):
      var catalog = ServiceCatalog()
      switch root {
      case .array(let entries):
        for entry in entries {
          guard case .string(let name)? = entry["Service"]?["Service"] else { continue }
          catalog.services[name, default: []].append(Instance(json: entry))
        }
      case .object(let pairs):
        for (name, value) in pairs {
          guard case .array(let entries) = value else {
            return .failure(
              CatalogJSON.ParseError(message: "service `\(name)` must map to an array of instances", offset: 0))
          }
          catalog.services[name, default: []] += entries.map(Instance.init(json:))
        }
      case .null, .bool, .number, .string:
        return .failure(CatalogJSON.ParseError(message: "a catalog is a JSON array or object", offset: 0))
      }
      return .success(catalog)
    }
  }
}
