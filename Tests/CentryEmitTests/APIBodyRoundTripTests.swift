import CentryTestSupport
import Foundation
import Testing

@testable import CentryCore
@testable import CentryEmit
@testable import CentryEngine
@testable import CentryModel

/// `compile --to json` output read back by `lint` is the same entry: for every fixture entry, the
/// API body decodes to a model equal to the original (ranges ignored; an absent field equals the
/// zero value Consul's api encoder writes for it), with no rule reporting that did not before
/// (except `duration-bare-number`, see below), and encoding it again gives the same bytes.
@Suite struct APIBodyRoundTripTests {
  /// Every `*.hcl`/`*.json` input under the seed, kinds, compile, chain and lint fixtures.
  static let files: [String] = {
    let prefix = repositoryRoot.path.hasSuffix("/") ? repositoryRoot.path : repositoryRoot.path + "/"
    return ["seed", "kinds", "compile", "chain", "lint"].flatMap { folder in
      modelFixtureFiles(folder).filter { !$0.lastPathComponent.hasPrefix("expected") }
        .map { String($0.path.dropFirst(prefix.count)) }
    }
  }()

  @Test func fixturesAreFound() {
    #expect(Self.files.count >= 30, "\(Self.files)")
  }

  @Test(arguments: files)
  func bodyReadsBackAsTheSameEntry(_ path: String) throws {
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent(path))
    let original = Linter.lint([SourceFile(name: path, bytes: Array(data))])
    // Compared by rule: a message may word the same finding differently (`Port = 0` written vs
    // `Port` absent, which the api encoder cannot tell apart and Consul treats alike).
    let known = Set(original.diagnostics.map(\.rule))
    // Where Consul's decoder fails there is no body to send (and compile refuses): values the
    // decoder dropped would come back as zeros that later checks judge differently.
    let undecodable: Set<RuleID> = [.syntax, .typeMismatch, .invalidDuration, .tooManyBlocks, .duplicateField]
    if original.diagnostics.contains(where: { $0.severity == .error && undecodable.contains($0.rule) }) {
      let compiled = Compiler.compile(
        [SourceFile(name: path, bytes: Array(data))], options: CompileOptions(target: .json))
      #expect(compiled.outcome == .refused, "\(path): an undecodable input must not produce a body")
      return
    }
    #expect(!original.entries.isEmpty, "\(path): no entries")
    // One JSON file per entry (what `consul config write` takes), linted together as one set so
    // that cross-entry checks see the same entries as before.
    var bodies: [(index: Int, entry: DecodedEntry, text: String)] = []
    for (index, entry) in original.entries.all.enumerated() {
      guard let body = APIBodyEncoder.body(for: entry.entry) else {
        #expect(!entry.kind.isModelled)
        continue
      }
      bodies.append((index, entry, body.serialized(.goIndented) + "\n"))
    }
    let reread = Linter.lint(bodies.map { SourceFile(name: "\(path)#\($0.index).json", text: $0.text) })
    #expect(reread.entries.count == bodies.count, "\(path): \(reread.entries.count) entries read back")
    for (body, readBack) in zip(bodies, reread.entries.all) {
      let same = apiEqual(body.entry.entry, readBack.entry)
      #expect(same, "\(path)#\(body.index): model differs after the round trip\n\(body.text)")
      let again = APIBodyEncoder.body(for: readBack.entry).map { $0.serialized(.goIndented) + "\n" }
      let stable = again == body.text
      #expect(stable, "\(path)#\(body.index): encoding the read-back entry differs:\n\(again ?? "nil")")
    }
    // `duration-bare-number` warns people who write `Interval = 10000000000` by hand; the API body
    // encodes those durations as integer nanoseconds because that is what Consul sends.
    let added = reread.diagnostics.filter { !known.contains($0.rule) && $0.rule != .durationBareNumber }
      .map { "\($0.rule): \($0.message)" }
    let noneAdded = added.isEmpty
    #expect(noneAdded, "\(path): new diagnostics \(added)")
  }

  /// The comparison can fail (so the test above means something).
  @Test func apiEqualSeesDifferences() {
    var a = ServiceRouter()
    var b = ServiceRouter()
    let range = SourceRange(file: FileID(0), start: 0, end: 0)
    a.name = Located("web", valueRange: range)
    b.name = Located("web", valueRange: range)
    #expect(apiEqual(ConfigEntry.serviceRouter(a), ConfigEntry.serviceRouter(b)))
    b.createIndex = Located(0, valueRange: range)
    #expect(apiEqual(ConfigEntry.serviceRouter(a), ConfigEntry.serviceRouter(b)), "0 equals absent")
    b.createIndex = Located(3, valueRange: range)
    #expect(!apiEqual(ConfigEntry.serviceRouter(a), ConfigEntry.serviceRouter(b)))
    b.createIndex = nil
    b.name = Located("api", valueRange: range)
    #expect(!apiEqual(ConfigEntry.serviceRouter(a), ConfigEntry.serviceRouter(b)))
  }
}

/// Equality of two models as Consul's api structs see them: ranges ignored, maps compared by key,
/// an absent optional equal to a present zero value (`""`, `0`, `false`, empty list/map, an object
/// of zeros), float32 weights compared as float32.
func apiEqual(_ a: Any, _ b: Any) -> Bool {
  let left = unwrap(a)
  let right = unwrap(b)
  guard let left, let right else {
    return (left.map(isZero) ?? true) && (right.map(isZero) ?? true)
  }
  if let equatable = left as? any Equatable, isEqual(equatable, right) { return true }
  if let x = left as? Double, let y = right as? Double { return Float(x) == Float(y) }
  let typeName = String(describing: type(of: left))
  let leftMirror = Mirror(reflecting: left)
  let rightMirror = Mirror(reflecting: right)
  if typeName.hasPrefix("Located<") {
    return apiEqual(child(leftMirror, "value") as Any, child(rightMirror, "value") as Any)
  }
  if typeName.hasPrefix("OrderedMap<") {
    let leftEntries = mapEntries(left)
    let rightEntries = mapEntries(right)
    guard leftEntries.map(\.key).sorted() == rightEntries.map(\.key).sorted() else { return false }
    return leftEntries.allSatisfy { entry in
      rightEntries.first { $0.key == entry.key }.map { apiEqual(entry.value, $0.value) } ?? false
    }
  }
  guard String(describing: type(of: right)) == typeName else { return false }
  switch leftMirror.displayStyle {
  case .struct?, .enum?:
    let leftChildren = Array(leftMirror.children)
    let rightChildren = Array(rightMirror.children)
    guard leftChildren.count == rightChildren.count else { return false }
    if leftMirror.displayStyle == .enum, leftChildren.isEmpty { return false }
    return zip(leftChildren, rightChildren).allSatisfy { l, r in
      l.label == r.label && (ignoredLabels.contains(l.label ?? "") || apiEqual(l.value, r.value))
    }
  case .collection?:
    let leftChildren = Array(leftMirror.children)
    let rightChildren = Array(rightMirror.children)
    return leftChildren.count == rightChildren.count
      && zip(leftChildren, rightChildren).allSatisfy { apiEqual($0.value, $1.value) }
  default:
    return false
  }
}

private let ignoredLabels: Set<String> = ["keyRange", "valueRange", "range", "duplicateKeys", "text", "isBareNumber"]

private func isEqual<T: Equatable>(_ a: T, _ b: Any) -> Bool {
  guard let b = b as? T else { return false }
  return a == b
}

/// The wrapped value of an optional (nil when `.none`), or the value itself.
private func unwrap(_ value: Any) -> Any? {
  let mirror = Mirror(reflecting: value)
  guard mirror.displayStyle == .optional else { return value }
  guard let first = mirror.children.first else { return nil }
  return unwrap(first.value)
}

private func child(_ mirror: Mirror, _ label: String) -> Any? {
  mirror.children.first { $0.label == label }.map(\.value)
}

private func mapEntries(_ map: Any) -> [(key: String, value: Any)] {
  guard let entries = child(Mirror(reflecting: map), "entries") else { return [] }
  return Mirror(reflecting: entries).children.compactMap { element in
    let mirror = Mirror(reflecting: element.value)
    guard let key = child(mirror, "key") as? String, let value = child(mirror, "value") else { return nil }
    return (key, value)
  }
}

private func isZero(_ value: Any) -> Bool {
  guard let value = unwrap(value) else { return true }
  switch value {
  case let string as String: return string.isEmpty
  case let bool as Bool: return !bool
  case let int as any BinaryInteger: return isZeroInteger(int)
  case let double as Double: return double == 0
  case let duration as GoDuration: return duration.nanoseconds == 0
  default: break
  }
  let typeName = String(describing: type(of: value))
  let mirror = Mirror(reflecting: value)
  if typeName.hasPrefix("Located<") { return child(mirror, "value").map(isZero) ?? true }
  if typeName.hasPrefix("OrderedMap<") { return mapEntries(value).isEmpty }
  switch mirror.displayStyle {
  case .collection?: return mirror.children.isEmpty
  case .struct?:
    return mirror.children.allSatisfy { ignoredLabels.contains($0.label ?? "") || isZero($0.value) }
  default: return false
  }
}

private func isZeroInteger<T: BinaryInteger>(_ value: T) -> Bool { value == 0 }
