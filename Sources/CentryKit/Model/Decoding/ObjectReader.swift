/// Decodes the keys of one generic map into one struct, as mapstructure does with Consul's hooks.
///
/// A kind's decoder asks for each field in turn (`string("PathPrefix", alias: "path_prefix")`);
/// matching is exact first, then case-insensitive, then through the field's snake_case aliases
/// (spec decoding §1.5). ``finish()`` reports every key no field took as `unknown-field`, with a
/// did-you-mean over the fields that were asked for.
struct ObjectReader {
  let context: DecodeContext
  let path: DecodePath
  let map: GenericMap
  private var used: [Bool]
  /// Canonical field names asked for, in order (for the help text).
  private var fieldNames: [String] = []
  /// Every accepted spelling (canonical names and aliases), for suggestions.
  private var spellings: [String] = []

  init(_ map: GenericMap, path: DecodePath, context: DecodeContext) {
    self.map = map
    self.path = path
    self.context = context
    self.used = Array(repeating: false, count: map.items.count)
  }

  /// Opens `value` (flattened) as an object, or reports that it is not one.
  static func open(_ value: GenericValue, path: DecodePath, context: DecodeContext, field: String) -> ObjectReader? {
    switch value.flattened {
    case .map(let map): return ObjectReader(map, path: path, context: context)
    case .list(let elements, _) where elements.count >= 2:
      let second = elements[1]
      context.report(
        .tooManyBlocks, "expected one `\(field)` object in \(context.describe(path.dropLast())), found \(elements.count) blocks",
        at: second.range, notes: [Note("first `\(field)` here", at: elements[0].range)],
        help: "`\(field)` is a single object; merge the blocks into one (Consul: `'\(path)' expected a map or struct, got \"slice\"`)")
      return nil
    case .null, .invalid: return nil
    case let other:
      context.typeMismatch(other, expected: "an object", path: path)
      return nil
    }
  }

  /// Marks keys consumed without decoding them (`Kind` at the top level).
  mutating func skip(where predicate: (String) -> Bool) {
    for index in map.items.indices where predicate(map.items[index].key) { used[index] = true }
  }

  /// Finds the item for field `name` and marks it used; flags other spellings of the same field.
  mutating func take(_ name: String, aliases: [String] = []) -> GenericItem? {
    fieldNames.append(name)
    spellings.append(name)
    spellings += aliases
    let lower = name.lowercased()
    let lowerAliases = aliases.map { $0.lowercased() }
    var exact: Int?
    var folded: [Int] = []
    var aliased: [Int] = []
    for (index, item) in map.items.enumerated() where !used[index] {
      let key = item.key.lowercased()
      if item.key == name, exact == nil {
        exact = index
      } else if key == lower {
        folded.append(index)
      } else if lowerAliases.contains(key) {
        aliased.append(index)
      }
    }
    let candidates = (exact.map { [$0] } ?? []) + folded + aliased
    guard let chosen = candidates.first else { return nil }
    let winner = map.items[chosen]
    for index in candidates {
      used[index] = true
      guard index != chosen else { continue }
      let loser = map.items[index]
      context.report(
        .duplicateField,
        "`\(loser.key)` repeats field `\(name)` already set as `\(winner.key)` in \(context.describe(path))",
        at: loser.keyRange, notes: [Note("`\(name)` set here", at: winner.keyRange)],
        help: "Consul uses `\(winner.key)` and rejects the other spelling as `invalid config key \"\(path.keyPath(name.lowercased()))\"`; keep one")
    }
    return winner
  }

  /// Reports every key no field took.
  mutating func finish() {
    for (index, item) in map.items.enumerated() where !used[index] {
      used[index] = true
      reportUnknown(item)
    }
  }

  private func reportUnknown(_ item: GenericItem) {
    let keyPath = path.keyPath(item.key)
    var notes: [Note] = []
    let lower = item.key.lowercased()
    if lower.hasSuffix("namespace") {
      notes.append(Note("Consul reports `invalid config key \"\(keyPath)\", namespaces are a consul enterprise feature`"))
    } else if lower.contains("jwt") {
      notes.append(
        Note("Consul reports `invalid config key \"\(keyPath)\", api-gateway jwt validation is a consul enterprise feature`"))
    }
    var suggestion: Suggestion?
    if let best = FieldSuggester.best(for: item.key, among: spellings) {
      var message = "did you mean `\(best)`?"
      if best.lowercased() == item.key.filter({ $0 != "_" }).lowercased(), item.key.contains("_") {
        message += " (this field has no snake_case alias)"
      }
      suggestion = Suggestion(message, replacement: best)
    }
    let valid = fieldNames.isEmpty ? "none" : fieldNames.map { "`\($0)`" }.joined(separator: ", ")
    context.report(
      .unknownField, "unknown field `\(item.key)` in \(context.describe(path))", at: item.keyRange, notes: notes,
      help: "fields here: \(valid)", suggestion: suggestion)
  }
}

extension DecodePath {
  /// The parent path (for "in `Routes[0]`").
  func dropLast() -> DecodePath { DecodePath(segments: Array(segments.dropLast())) }
}

/// Picks the closest accepted spelling for a misspelt key (case-insensitive edit distance).
enum FieldSuggester {
  static func best(for key: String, among candidates: [String]) -> String? {
    let target = Array(key.lowercased())
    let compact = Array(key.lowercased().filter { $0 != "_" })
    var best: (String, Int)?
    for candidate in candidates {
      let lowered = Array(candidate.lowercased())
      let distance = min(editDistance(target, lowered), editDistance(compact, lowered) + 1)
      let threshold = max(1, min(3, lowered.count / 3))
      guard distance <= threshold else { continue }
      if best == nil || distance < best?.1 ?? Int.max { best = (candidate, distance) }
    }
    return best?.0
  }

  /// Levenshtein distance with adjacent transposition counted as one edit.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      previous2 = previous
      previous = current
    }
    return previous[b.count]
  }
}
