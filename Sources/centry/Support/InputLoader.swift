import CentryCore
import Foundation

/// Turns command-line inputs into source files.
///
/// - A file is read whatever its extension (JSON is detected from content).
/// - A directory contributes every `*.hcl`, `*.json`, `*.yaml`, `*.yml` below it. Entries whose
///   name starts with `.` (`.git`, `.terraform`, editor backups) are skipped, and symbolic links to
///   directories are not followed (no cycles). Files come in the order of a depth-first walk that
///   visits each directory's entries sorted byte-wise (`d/a/x.hcl`, `d/a.hcl`, `d/b.hcl`), so the
///   order never depends on the file system.
/// - `-` is standard input, named `<stdin>`; it may be given once.
enum InputLoader {
  static let extensions: Set<String> = ["hcl", "json", "yaml", "yml"]

  struct Loaded {
    var files: [SourceFile] = []
    /// One message per input that could not be read.
    var failures: [String] = []
    /// Directories given that held no input file.
    var emptyDirectories: [String] = []
  }

  static func load(_ inputs: [String]) -> Loaded {
    var loaded = Loaded()
    var readStdin = false
    for input in inputs {
      if input == "-" {
        if readStdin {
          loaded.failures.append("standard input (`-`) can be given only once")
          continue
        }
        readStdin = true
        do {
          loaded.files.append(try readStandardInput())
        } catch {
          loaded.failures.append("\(error)")
        }
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
        loaded.failures.append("cannot read `\(input)`: no such file or directory")
        continue
      }
      if isDirectory.boolValue {
        let (paths, unreadable) = walk(input)
        loaded.failures += unreadable.map { "cannot read directory `\($0)`" }
        if paths.isEmpty, unreadable.isEmpty { loaded.emptyDirectories.append(input) }
        for path in paths {
          read(path, into: &loaded)
        }
      } else {
        read(input, into: &loaded)
      }
    }
    return loaded
  }

  static func readStandardInput() throws -> SourceFile {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return SourceFile(name: "<stdin>", bytes: Array(data))
  }

  private static func read(_ path: String, into loaded: inout Loaded) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"
      loaded.failures.append("cannot read `\(path)`: \(reason)")
      return
    }
    loaded.files.append(SourceFile(name: path, bytes: Array(data)))
  }

  /// Every input file below `root`, as `root/…` paths, in sorted order, and the directories
  /// that could not be listed.
  static func walk(_ root: String) -> (files: [String], unreadable: [String]) {
    let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    var found: [[String]] = []
    var unreadable: [String] = []
    collect(directory: base, components: [], into: &found, unreadable: &unreadable)
    found.sort { $0.lexicographicallyPrecedes($1) { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }
    return (found.map { ([base] + $0).joined(separator: "/") }, unreadable.sorted())
  }

  private static func collect(
    directory: String, components: [String], into found: inout [[String]], unreadable: inout [String]
  ) {
    let path = ([directory] + components).joined(separator: "/")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      unreadable.append(path)
      return
    }
    for name in names where !name.hasPrefix(".") {
      let child = path + "/" + name
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: child),
        let type = attributes[.type] as? FileAttributeType
      else { continue }
      switch type {
      case .typeDirectory:
        collect(directory: directory, components: components + [name], into: &found, unreadable: &unreadable)
      case .typeRegular, .typeSymbolicLink:
        var isDirectory: ObjCBool = false
        // A link to a file counts; a link to a directory is not followed.
        guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), !isDirectory.boolValue
        else { continue }
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if name.contains("."), extensions.contains(ext) { found.append(components + [name]) }
      default:
        continue
      }
    }
  }
}
