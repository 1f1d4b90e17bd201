import CentryKit
import CentryTestSupport
import Foundation

/// The files of a fixture folder, sorted, as source files named `<folder>/<file>`.
///
/// A case folder holding `source.txt` reads its inputs from the `Fixtures/`-relative folder that
/// file names (the seed scenarios are checked in place, as `CompileCase` does, not copied); the
/// files are still named after the case folder, so goldens do not depend on where inputs live.
func chainFixtureFiles(_ folder: URL) throws -> [SourceFile] {
  var inputs = folder
  if let source = try? String(contentsOf: folder.appendingPathComponent("source.txt"), encoding: .utf8) {
    inputs = fixturesRoot.appendingPathComponent(source.trimmingCharacters(in: .whitespacesAndNewlines))
  }
  let names = try FileManager.default.contentsOfDirectory(atPath: inputs.path)
    .filter { $0.hasSuffix(".hcl") || $0.hasSuffix(".json") }.sorted()
  return try names.map { name in
    let text = try String(contentsOf: inputs.appendingPathComponent(name), encoding: .utf8)
    return SourceFile(name: "\(folder.lastPathComponent)/\(name)", text: text)
  }
}

/// Sub-folders of `Fixtures/<area>/`, sorted.
func chainFixtureFolders(_ area: String) -> [URL] {
  let root = fixturesRoot.appendingPathComponent(area)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
  return names.sorted().map { root.appendingPathComponent($0) }.filter {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}

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
