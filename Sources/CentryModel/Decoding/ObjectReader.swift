import CentryCore

/// Decodes the keys of one generic map into one struct, as mapstructure does with Consul's hooks.
///
/// A struct's description (``StructSchema``) asks for each field in turn; matching is exact
/// first, then case-insensitive, then through the field's snake_case aliases (spec decoding
/// §1.5). ``finish()`` reports every key no field took as `unknown-field`, with a did-you-mean
/// over the description's spellings and its fields listed.
struct ObjectReader {
  let context: DecodeContext
  let path: DecodePath
  let map: GenericMap
  /// The struct being decoded, for the unknown-field help (`nil`: keys are not checked).
  let fields: StructInfo?
  private var used: [Bool]
  /// Each item's key lower-cased, computed once.
  private let lowerKeys: [String]

  init(_ map: GenericMap, path: DecodePath, context: DecodeContext, fields: StructInfo?) {
    self.map = map
    self.path = path
    self.context = context
    self.fields = fields
    self.used = Array(repeating: false, count: map.items.count)
    self.lowerKeys = map.items.map { $0.key.lowercasedCheaply }
  }

  /// Opens `value` (flattened) as an object, or reports that it is not one.
  static func open(
    _ value: GenericValue, path: DecodePath, context: DecodeContext, field: String, fields: StructInfo
  ) -> ObjectReader? {
    switch value.flattened {
    case .map(let map): return ObjectReader(map, path: path, context: context, fields: fields)
    case .list(let elements, _) where elements.count >= 2:
      let second = elements[1]
      context.report(
        .tooManyBlocks,
        "expected one `\(field)` object in \(context.describe(path.dropLast())), found \(elements.count) blocks",
        at: second.range, notes: [Note("first `\(field)` here", at: elements[0].range)],
        help:
          "`\(field)` is a single object; merge the blocks into one (Consul: `'\(path)' expected a map or struct, got \"slice\"`)"
      )
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
    // No arrays in the common case (one exact match, or none): this runs for every field of every
    // object, and the folded and aliased lists are empty unless a key is misspelt.
    var exact: Int?
    var folded: [Int] = []
    var aliased: [Int] = []
    // Once per lookup, not per key, and only when a key is compared: most keys then differ from
    // `name` in length alone, and most lookups find every key taken.
    var nameIsASCII: Bool?
    // By index, reading only the key: copying each item (its key, ranges and value) for every
    // field looked up was a good part of decoding.
    for index in map.items.indices where !used[index] {
      let key = lowerKeys[index]
      if map.items[index].key == name, exact == nil {
        exact = index
        continue
      }
      let ascii = nameIsASCII ?? Self.isASCII(name)
      nameIsASCII = ascii
      if Self.isLowercased(name, key, nameIsASCII: ascii) {
        folded.append(index)
      } else if aliases.contains(where: { Self.isLowercased($0, key) }) {
        aliased.append(index)
      }
    }
    guard let chosen = exact ?? folded.first ?? aliased.first else { return nil }
    let winner = map.items[chosen]
    used[chosen] = true
    for index in folded + aliased where index != chosen {
      used[index] = true
      let loser = map.items[index]
      context.report(
        .duplicateField,
        "`\(loser.key)` repeats field `\(name)` already set as `\(winner.key)` in \(context.describe(path))",
        at: loser.keyRange, notes: [Note("`\(name)` set here", at: winner.keyRange)],
        help:
          "Consul uses `\(winner.key)` and rejects the other spelling as `invalid config key \"\(path.keyPath(name.lowercased()))\"`; keep one"
      )
    }
    return winner
  }

  /// `name.lowercased() == lowered`, without building the lower-cased string when `name` is
  /// ASCII (field names and aliases always are): this runs for every key of every field lookup.
  static func isLowercased(_ name: String, _ lowered: String) -> Bool {
    isLowercased(name, lowered, nameIsASCII: isASCII(name))
  }

  /// ``isLowercased(_:_:)`` with whether `name` is ASCII known.
  static func isLowercased(_ name: String, _ lowered: String, nameIsASCII: Bool) -> Bool {
    guard nameIsASCII else { return name.lowercased() == lowered }
    guard name.utf8.count == lowered.utf8.count else { return false }
    func folded(_ byte: UInt8, _ other: UInt8) -> Bool {
      (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) == other
    }
    // Over the bytes in place (every native string has them contiguously), else through the views.
    let inPlace = name.utf8.withContiguousStorageIfAvailable { nameBytes in
      lowered.utf8.withContiguousStorageIfAvailable { loweredBytes in zip(nameBytes, loweredBytes).allSatisfy(folded) }
    }
    if let outer = inPlace, let result = outer { return result }
    return zip(name.utf8, lowered.utf8).allSatisfy(folded)
  }

  /// True when every byte of `text` is ASCII.
  static func isASCII(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
      ?? text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// Reports every key no field took.
  mutating func finish() {
    for (index, item) in map.items.enumerated() where !used[index] {
      used[index] = true
      // A key whose value did not parse may be recovery debris; the syntax error covers it.
      if case .invalid = item.value { continue }
      reportUnknown(item)
    }
  }

  private func reportUnknown(_ item: GenericItem) {
    let keyPath = path.keyPath(item.key)
    var notes: [Note] = []
    let lower = item.key.lowercased()
    if lower.hasSuffix("namespace") {
      notes.append(
        Note("Consul reports `invalid config key \"\(keyPath)\", namespaces are a consul enterprise feature`"))
    } else if lower.contains("jwt") {
      notes.append(
        Note(
          "Consul reports `invalid config key \"\(keyPath)\", api-gateway jwt validation is a consul enterprise feature`"
        ))
    }
    var suggestion: Suggestion?
    if let best = fields?.suggester.best(for: item.key) {
      var message = "did you mean `\(best)`?"
      if best.lowercased() == item.key.filter({ $0 != "_" }).lowercased(), item.key.contains("_") {
        message += " (this field has no snake_case alias)"
      }
      suggestion = Suggestion(message, replacement: best)
    }
    context.report(
      .unknownField, "unknown field `\(item.key)` in \(context.describe(path))", at: item.keyRange, notes: notes,
      help: "fields here: \(fields?.fieldList ?? "none")", suggestion: suggestion)
  }
}

/// Picks the closest accepted spelling for a misspelt key (case-insensitive edit distance).
package struct FieldSuggester {
  private let candidates: [(spelling: String, lowered: [UInt8])]
  /// Positions in ``candidates`` by the byte length of the lower-cased spelling: a spelling more
  /// than three bytes longer or shorter than the key is never within reach, so one lookup costs
  /// what the nearby lengths hold, not every candidate (a suggester over thousands of service
  /// names is built once and asked for each unknown one).
  private let byLength: [Int: [Int]]

  package init(_ spellings: [String]) {
    candidates = spellings.map { ($0, Array($0.lowercased().utf8)) }
    var byLength: [Int: [Int]] = [:]
    for (index, candidate) in candidates.enumerated() { byLength[candidate.lowered.count, default: []].append(index) }
    self.byLength = byLength
  }

  package static func best(for key: String, among spellings: [String]) -> String? {
    FieldSuggester(spellings).best(for: key)
  }

  /// The closest spelling within a third of its length (at most 3 edits); the key without its
  /// underscores is tried too, at one extra edit (`max_request_headers_kb` → `MaxRequestHeadersKB`).
  package func best(for key: String) -> String? {
    // UTF-8 bytes: cheap to compare, and field names are ASCII.
    let target = Array(key.lowercased().utf8)
    let compact = target.filter { $0 != UInt8(ascii: "_") }
    var best: (String, Int)?
    // Candidates in their order (ties go to the earlier one), from the lengths within three bytes
    // of the key or of its compact form.
    var lengths = Set((target.count - 3)...(target.count + 3))
    lengths.formUnion((compact.count - 3)...(compact.count + 3))
    let nearby = lengths.flatMap { byLength[$0] ?? [] }.sorted()
    for position in nearby {
      let candidate = candidates[position]
      let threshold = max(1, min(3, candidate.lowered.count / 3))
      var distance = Int.max
      if abs(target.count - candidate.lowered.count) <= threshold {
        distance = Self.editDistance(target, candidate.lowered, limit: threshold)
      }
      if compact.count != target.count, abs(compact.count - candidate.lowered.count) < threshold {
        distance = min(distance, Self.editDistance(compact, candidate.lowered, limit: threshold) + 1)
      }
      guard distance <= threshold else { continue }
      if best == nil || distance < best?.1 ?? Int.max { best = (candidate.spelling, distance) }
    }
    return best?.0
  }

  /// Levenshtein distance with adjacent transposition counted as one edit; stops early (returning
  /// some value above `limit`) once every cell of a row exceeds `limit`. Plain loops: this runs
  /// once per unknown key and candidate, and must stay cheap in debug builds too.
  package static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int = Int.max) -> Int {
    let n = a.count
    let m = b.count
    if n == 0 { return m }
    if m == 0 { return n }
    var previous2 = [Int](repeating: 0, count: m + 1)
    var previous = [Int](repeating: 0, count: m + 1)
    var current = [Int](repeating: 0, count: m + 1)
    var j = 0
    while j <= m {
      previous[j] = j
      j += 1
    }
    var i = 1
    while i <= n {
      current[0] = i
      var rowMinimum = i
      j = 1
      while j <= m {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = previous[j - 1] + cost
        if previous[j] + 1 < value { value = previous[j] + 1 }
        if current[j - 1] + 1 < value { value = current[j - 1] + 1 }
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1], previous2[j - 2] + 1 < value {
          value = previous2[j - 2] + 1
        }
        current[j] = value
        if value < rowMinimum { rowMinimum = value }
        j += 1
      }
      if rowMinimum > limit { return rowMinimum }
      swap(&previous2, &previous)
      swap(&previous, &current)
      i += 1
    }
    return previous[m]
  }
}
