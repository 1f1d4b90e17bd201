import CentryAnalysis
import CentryCore
import CentryModel

/// The output of `centry route`: a simulated request's outcome as text or JSON.
public enum RouteReport {
  /// The outcome as text (`centry route`).
  public static func text(
    _ outcome: RouteOutcome, request: SimulatedRequest, chain: CompiledChain, sources: SourceMap
  ) -> String {
    var lines: [String] = []
    var requestLine = "request: \(request.method) \(request.fullPath)"
    for header in request.headers { requestLine += ", \(header.name): \(header.value)" }
    lines.append(requestLine)
    if !chain.isHTTPLike {
      lines.append(
        "chain \(chain.serviceName) has protocol \(chain.protocol): no HTTP routing, every connection goes to the targets below"
      )
    }
    if let route = outcome.route {
      if route.isDefault {
        lines.append(
          "route: default route \(route.index + 1) of \(outcome.routeCount) (added by Consul): no route of the router matched"
        )
      } else {
        let place = route.range.map { " at \(ChainExplain.location($0, in: sources))" } ?? ""
        lines.append(
          "route: \(route.index + 1) of \(outcome.routeCount)\(place): \(ChainExplain.describe(route.match))")
      }
      let extras = ChainExplain.routeExtras(route.destination)
      if !extras.isEmpty { lines.append("  \(extras.joined(separator: ", "))") }
    } else if outcome.routeCount == 0 {
      lines.append(
        "route: no router for \(chain.serviceName): one catch-all route to \(ChainExplain.title(chain.startNode, in: chain))"
      )
    } else {
      lines.append("route: no route matched (Envoy answers 404)")
    }
    for index in outcome.unevaluated {
      lines.append("  note: route \(index + 1) uses a regex that could not be evaluated; treated as not matching")
    }
    for leg in outcome.legs {
      lines.append("\(SplitWeight.format(leg.weight))% -> \(leg.target.id)")
      lines.append("  cluster: \(leg.target.name)")
      for failover in leg.failover {
        lines.append("  failover: \(failover.id) (cluster \(failover.name))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The outcome as one JSON object.
  public static func json(
    _ outcome: RouteOutcome, request: SimulatedRequest, chain: CompiledChain, sources: SourceMap
  ) -> String {
    var route: JSONValue = .null
    if let matched = outcome.route {
      var members: [(key: String, value: JSONValue)] = [
        ("index", .int(matched.index + 1)), ("default", .bool(matched.isDefault)),
        ("match", .string(ChainExplain.describe(matched.match))),
      ]
      if let range = matched.range, range.file.index < sources.files.count {
        let position = sources.resolve(range).start
        members += [
          ("file", .string(sources[range.file].name)), ("line", .int(position.line)),
          ("column", .int(position.column)),
        ]
      }
      route = .object(members)
    }
    let legs: [JSONValue] = outcome.legs.map { leg in
      .object([
        ("weight", .number(SplitWeight.format(leg.weight))), ("target", .string(leg.target.id)),
        ("cluster", .string(leg.target.name)),
        (
          "failover", .array(leg.failover.map { .object([("target", .string($0.id)), ("cluster", .string($0.name))]) })
        ),
      ])
    }
    let object: JSONValue = .object([
      ("service", .string(chain.serviceName)), ("protocol", .string(chain.protocol)),
      ("request", .object([("method", .string(request.method)), ("path", .string(request.fullPath))])),
      ("route", route), ("routes", .int(outcome.routeCount)), ("splits", .array(legs)),
    ])
    return object.serialized(.pretty)
  }
}
