import CentryAnalysis
import CentryCore
import CentryEmit
import CentryTestSupport
import Foundation

func chainPosition(_ range: SourceRange, _ sources: SourceMap) -> String {
  let resolved = sources.resolve(range)
  return
    "\(sources[range.file].name):\(resolved.start.line):\(resolved.start.column)-\(resolved.end.line):\(resolved.end.column)"
}

/// One diagnostic with notes and help, positions resolved.
func renderChainDiagnostic(_ diagnostic: Diagnostic, _ sources: SourceMap) -> String {
  var out =
    "\(chainPosition(diagnostic.range, sources)) \(diagnostic.severity.rawValue)[\(diagnostic.rule)]: \(diagnostic.message)\n"
  for note in diagnostic.notes {
    out += "  note: \(note.message)\(note.range.map { " @ \(chainPosition($0, sources))" } ?? "")\n"
  }
  if let help = diagnostic.help { out += "  help: \(help)\n" }
  return out
}

/// A compact dump of a compiled chain: nodes in order, targets, errors.
func dumpChain(_ compilation: ChainCompilation) -> String {
  let chain = compilation.chain
  var out =
    "chain \(chain.serviceName) protocol=\(chain.protocol) start=\(chain.startNode)\(chain.isDefault ? " default" : "")\n"
  for node in chain.nodes {
    switch node {
    case .router(let router):
      out += "  \(router.key)\n"
      for route in router.routes {
        out +=
          "    route \(route.index + 1)\(route.isDefault ? " (default)" : ""): \(ChainExplain.describe(route.match)) -> \(route.nextNode)\n"
      }
    case .splitter(let splitter):
      out += "  \(splitter.key)\(splitter.loadBalancer.map { " lb=\($0.policy?.value ?? "")" } ?? "")\n"
      for split in splitter.splits {
        var headers = ""
        if let request = split.requestHeaders {
          let set = request.set.orEmpty().map { "\($0.key)=\($0.value.value)" }.joined(separator: ",")
          let add = request.add.orEmpty().map { "\($0.key)=\($0.value.value)" }.joined(separator: ",")
          headers = " request(set:\(set) add:\(add))"
        }
        out += "    \(split.weightText)% -> \(split.nextNode)\(headers)\n"
      }
    case .resolver(let resolver):
      var line = "  \(resolver.key) connect=\(GoFormat.duration(resolver.connectTimeout))"
      if resolver.requestTimeout != 0 { line += " request=\(GoFormat.duration(resolver.requestTimeout))" }
      if let policy = resolver.loadBalancer?.policy?.value { line += " lb=\(policy)" }
      if let failover = resolver.failover { line += " failover=[\(failover.targets.joined(separator: ", "))]" }
      out += line + "\n"
    }
  }
  for target in chain.targets {
    out += "  target \(target.id) name=\(target.name)\(target.externalSNI.map { " sni=\($0)" } ?? "")\n"
  }
  for error in compilation.errors {
    out += "  error \(error.kind.ruleID)\(error.reportedByValidation ? " (validation)" : ""): \(error.message)\n"
  }
  return out
}
