// The "realistic mistakes" variant: a few percent of the entries carry one error of the kind
// people make (a typo in a field name, weights that do not add up, a subset or service that does
// not exist, a bad duration …). Everything else is the clean corpus, byte for byte.

/// One deliberate error in an entry.
enum Mistake: String, CaseIterable {
  /// A field name with a letter missing (`unknown-field`).
  case fieldTypo = "field typo"
  /// An unterminated string (`syntax`).
  case syntax = "syntax error"
  /// Split weights adding up to more than 100 (`splitter-weights-sum`).
  case weightsSum = "weights do not sum to 100"
  /// A route or split to a subset the resolver does not define (`chain-subset-undefined`).
  case unknownSubset = "unknown subset"
  /// A route to a misspelled service (`destination-unknown-service`, chain errors).
  case unknownService = "unknown service"
  /// A duration with a space (`invalid-duration`).
  case badDuration = "bad duration"
  /// `Protocol = "htttp"` (`defaults-protocol`).
  case badProtocol = "bad protocol"
  /// A subset filter with `=` for `==` (`filter-syntax`).
  case badFilter = "bad filter"
  /// `DefaultSubset` naming no subset (`resolver-default-subset`).
  case defaultSubset = "unknown default subset"
  /// A service-defaults written under another service's name (`duplicate-entry`).
  case duplicateName = "duplicate name"

  /// Roughly this many entries in a thousand get a mistake.
  static let perMille = 30

  /// The mistakes that make sense for an entry of `role`.
  static func candidates(for role: String) -> [Mistake] {
    switch role {
    case "defaults": [.fieldTypo, .syntax, .badProtocol, .duplicateName]
    case "resolver": [.fieldTypo, .syntax, .badFilter, .defaultSubset, .badDuration]
    case "router": [.fieldTypo, .syntax, .unknownSubset, .unknownService, .badDuration]
    default: [.fieldTypo, .syntax, .weightsSum, .unknownSubset]
    }
  }

  /// Gives `entry` a mistake with probability ``perMille``‰, drawn from `random`.
  static func maybeApply(to entry: inout GeneratedEntry, plan: MeshPlan, random: inout Random) {
    guard random.below(1000) < perMille else { return }
    let mistake = random.pick(candidates(for: entry.role))
    entry.mistake = mistake
    var fields = entry.fields
    switch mistake {
    case .fieldTypo:
      // Any top-level field after Kind and Name.
      let index = 2 + random.below(max(1, fields.count - 2))
      if index < fields.count, case .field(let camel, let alias) = fields[index].key {
        let cut = 1 + random.below(max(1, camel.count - 2))
        fields[index].key = .field(
          dropping(camel, at: cut), alias: alias.map { dropping($0, at: min(cut, $0.count - 1)) })
      }
    case .syntax:
      break  // applied to the text (``breakSyntax(_:)``)
    case .weightsSum:
      modify(&fields, [.key("Splits"), .index(0), .key("Weight")]) { value in
        if case .number(let text) = value {
          let parts = text.split(separator: ".", maxSplits: 1)
          let whole = (Int(parts[0]) ?? 0) + 1
          value = .number(parts.count == 2 ? "\(whole).\(parts[1])" : String(whole))
        }
      }
    case .unknownSubset:
      let path: [TreeStep] =
        entry.role == "router" ? [.key("Routes"), .index(0), .key("Destination")] : [.key("Splits"), .index(0)]
      upsert(&fields, path, field("ServiceSubset", alias: "service_subset", string("v9")))
    case .unknownService:
      modify(&fields, [.key("Routes"), .index(0), .key("Destination"), .key("Service")]) { value in
        if case .string(let name) = value { value = .string(dropping(name, at: 1 + name.count / 2)) }
      }
    case .badDuration:
      if entry.role == "router" {
        upsert(
          &fields, [.key("Routes"), .index(0), .key("Destination")],
          field("RequestTimeout", alias: "request_timeout", string("10 s")))
      } else {
        upsert(&fields, [], field("ConnectTimeout", alias: "connect_timeout", string("5 sec")))
      }
    case .badProtocol:
      upsert(&fields, [], field("Protocol", string("htttp")))
    case .badFilter:
      modify(&fields, [.key("Subsets")]) { value in
        guard case .object(var subsets) = value, let first = subsets.first, case .data(let name) = first.key else {
          return
        }
        subsets[0].value = .object([field("Filter", string("Service.Meta.version = \"\(name)\""))])
        value = .object(subsets)
      }
    case .defaultSubset:
      upsert(&fields, [], field("DefaultSubset", alias: "default_subset", string("v9")))
    case .duplicateName:
      let other = plan.services[(plan.services.firstIndex { $0.name == entry.service } ?? 0) == 0 ? 1 : 0]
      upsert(&fields, [], field("Name", string(other.name)))
    }
    entry.fields = fields
  }

  /// Removes the closing quote of the entry's `Kind` value: an unterminated string in HCL and JSON.
  static func breakSyntax(_ text: String) -> String {
    guard let open = text.range(of: "\"service-"),
      let close = text[open.upperBound...].firstIndex(of: "\"")
    else { return text }
    var broken = text
    broken.remove(at: close)
    return broken
  }

  private static func dropping(_ text: String, at offset: Int) -> String {
    var characters = Array(text)
    guard offset >= 0, offset < characters.count else { return text }
    characters.remove(at: offset)
    return String(characters)
  }
}

/// One step of a path into a tree: a field (by its CamelCase name or data key) or a list element.
enum TreeStep {
  case key(String)
  case index(Int)
}

extension TreeKey {
  /// The CamelCase name of a field, or the data key.
  var name: String {
    switch self {
    case .field(let camel, _): camel
    case .data(let key): key
    }
  }
}

/// Changes the value at `path` below `fields` (nothing when the path does not exist).
func modify(_ fields: inout [TreeField], _ path: [TreeStep], _ change: (inout TreeValue) -> Void) {
  var root = TreeValue.object(fields)
  modify(&root, path[...], change)
  if case .object(let changed) = root { fields = changed }
}

private func modify(_ value: inout TreeValue, _ path: ArraySlice<TreeStep>, _ change: (inout TreeValue) -> Void) {
  guard let step = path.first else {
    change(&value)
    return
  }
  switch (step, value) {
  case (.key(let key), .object(var fields)):
    guard let index = fields.firstIndex(where: { $0.key.name == key }) else { return }
    modify(&fields[index].value, path.dropFirst(), change)
    value = .object(fields)
  case (.index(let index), .list(var items)):
    guard items.indices.contains(index) else { return }
    modify(&items[index], path.dropFirst(), change)
    value = .list(items)
  default:
    return
  }
}

/// Sets `newField` in the object at `path`, replacing a field of the same name or appending it.
func upsert(_ fields: inout [TreeField], _ path: [TreeStep], _ newField: TreeField) {
  modify(&fields, path) { value in
    guard case .object(var items) = value else { return }
    if let index = items.firstIndex(where: { $0.key.name == newField.key.name }) {
      items[index].value = newField.value
    } else {
      items.append(newField)
    }
    value = .object(items)
  }
}
