import ArgumentParser
import CentryConsul
import CentryEngine

/// The kind and name of one entry: positional (`read service-router web`) or, as the consul CLI
/// takes them, `-kind` and `-name`.
struct EntryReference: ParsableArguments {
  @Argument(help: "The entry's kind (service-router, proxy-defaults …).")
  var kind: String?

  @Argument(help: "The entry's name.")
  var name: String?

  @Option(name: [.customLong("kind", withSingleDash: true)], help: .hidden)
  var kindOption: String?

  @Option(name: [.customLong("name", withSingleDash: true)], help: .hidden)
  var nameOption: String?

  mutating func validate() throws {
    if kindOption != nil, kind != nil { throw ValidationError("give the kind once: as an argument or with -kind") }
    if nameOption != nil, name != nil, kindOption != nil { throw ValidationError("give the name once") }
    // `read -kind K -name N` or `read K N`.
    if let option = kindOption {
      if let positional = kind, name == nil, nameOption == nil { name = positional }
      kind = option
    }
    if let option = nameOption { name = option }
  }

  func required(named: Bool) throws -> (kind: String, name: String) {
    guard let kind, !kind.isEmpty else { throw ValidationError("Must specify the -kind parameter") }
    guard named else { return (kind, "") }
    guard let name, !name.isEmpty else { throw ValidationError("Must specify the -name parameter") }
    return (kind, name)
  }
}

/// `centry read KIND NAME`: as `consul config read`.
struct Read: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a config entry from Consul as JSON (as `consul config read`).",
    discussion: "Exit status: 0 printed, 2 the entry does not exist or Consul could not be asked.")

  @OptionGroup var entry: EntryReference
  @OptionGroup(title: "Consul connection") var connection: ConsulOptions

  func run() async throws {
    let (kind, name) = try entry.required(named: true)
    let live = try await connection.withClient { try await $0.read(kind: kind, name: name, missingIsError: true) }
    if let live { Output.stdout(live.readOutput) }
  }
}

/// `centry list KIND`: as `consul config list`.
struct List: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the names of the config entries of a kind in Consul (as `consul config list`).")

  @Argument(help: "The kind to list.")
  var kind: String?

  @Option(name: [.customLong("kind", withSingleDash: true)], help: .hidden)
  var kindOption: String?

  @OptionGroup(title: "Consul connection") var connection: ConsulOptions

  func run() async throws {
    guard let kind = kind ?? kindOption, !kind.isEmpty else {
      throw ValidationError("Must specify the -kind parameter")
    }
    let entries = try await connection.withClient { try await $0.list(kind: kind) }
    Output.stdout(entries.map { $0.name + "\n" }.joined())
  }
}

/// `centry delete KIND NAME [-cas -modify-index N]`: as `consul config delete`.
struct Delete: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Delete a config entry from Consul (as `consul config delete`).",
    discussion: "Exit status: 0 deleted (or already absent), 1 check-and-set refused, 2 Consul could not be asked.")

  @OptionGroup var entry: EntryReference

  @Flag(name: .consul("cas"), help: "Check-and-set: delete only if the entry's ModifyIndex is --modify-index.")
  var cas = false

  @Option(name: .consul("modify-index"), help: ArgumentHelp("The ModifyIndex for -cas.", valueName: "index"))
  var modifyIndex: UInt64 = 0

  @OptionGroup(title: "Consul connection") var connection: ConsulOptions

  func run() async throws {
    let (kind, name) = try entry.required(named: true)
    let deleted = try await connection.withClient {
      try await $0.delete(kind: kind, name: name, cas: cas ? modifyIndex : nil)
    }
    guard deleted else {
      Output.stderr("Config entry not deleted: \(kind)/\(name)\n")
      throw ExitCode(ExitStatus.problemsFound)
    }
    Output.stdout("Config entry deleted: \(kind)/\(name)\n")
  }
}
