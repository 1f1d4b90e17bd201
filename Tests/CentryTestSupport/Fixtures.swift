import CentryCore
import Foundation

/// Every regular file below `folder` of `Fixtures/`, sorted.
public func modelFixtureFiles(_ folder: String, extensions: Set<String> = ["hcl", "json"]) -> [URL] {
  let root = fixturesRoot.appendingPathComponent(folder)
  guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
  return enumerator.compactMap { $0 as? URL }.filter { extensions.contains($0.pathExtension) }
    .sorted { $0.path < $1.path }
}

/// The files of a fixture folder, sorted, as source files named `<folder>/<file>`.
///
/// A case folder holding `source.txt` reads its inputs from the `Fixtures/`-relative folder that
/// file names (the seed scenarios are checked in place, as `CompileCase` does, not copied); the
/// files are still named after the case folder, so goldens do not depend on where inputs live.
public func chainFixtureFiles(_ folder: URL) throws -> [SourceFile] {
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
public func chainFixtureFolders(_ area: String) -> [URL] {
  let root = fixturesRoot.appendingPathComponent(area)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
  return names.sorted().map { root.appendingPathComponent($0) }.filter {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
