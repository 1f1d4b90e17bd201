import CentryCore
import CentryModel
import CentryTestSupport
import Foundation
import Testing

/// `Fixtures/kinds/<kind>/{full.hcl,full.json,snake.hcl}`: every field of each modelled kind,
/// in CamelCase HCL, JSON and snake_case HCL. All three must decode to equal models, with no
/// diagnostic but the expected `enterprise-only` ones, and together cover every model field.
@Suite struct KindFixtureTests {
  static let kinds = ["service-defaults", "service-router", "service-splitter", "service-resolver", "proxy-defaults"]

  @Test(arguments: kinds)
  func spellingsDecodeToEqualModels(_ kind: String) throws {
    let folder = fixturesRoot.appendingPathComponent("kinds/\(kind)")
    var models: [(String, ConfigEntry)] = []
    for file in ["full.hcl", "full.json", "snake.hcl"] {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let decoded = modelDecode(text, name: file)
      #expect(decoded.syntax.isEmpty, "\(kind)/\(file): \(decoded.syntax.map(\.message))")
      let unexpected = decoded.result.diagnostics.filter { $0.rule != .enterpriseOnly }
      #expect(unexpected.isEmpty, "\(kind)/\(file):\n\(renderDecodeDiagnostics(unexpected, decoded.source))")
      guard let entry = decoded.result.entries.first, decoded.result.entries.count == 1 else {
        Issue.record("\(kind)/\(file): expected one entry")
        continue
      }
      #expect(entry.kind.rawValue == kind)
      models.append((file, entry.entry))
      if file == "full.hcl" {
        assertGolden(
          dumpModel(entry.entry, source: decoded.source), matches: folder.appendingPathComponent("full.hcl.txt"))
      }
    }
    for (file, model) in models.dropFirst() {
      #expect(model == models[0].1, "\(kind)/\(file) differs from full.hcl")
      if model != models[0].1 {
        let expected = dumpModel(models[0].1, source: nil)
        let actual = dumpModel(model, source: nil)
        Issue.record("\(lineDiff(expected: expected, actual: actual))")
      }
    }
  }

  @Test(arguments: kinds)
  func fullFixtureSetsEveryField(_ kind: String) throws {
    let url = fixturesRoot.appendingPathComponent("kinds/\(kind)/full.hcl")
    guard let entry = modelDecodeOne(try String(contentsOf: url, encoding: .utf8)) else {
      Issue.record("\(kind): no entry")
      return
    }
    var fields: Set<String> = []
    var setFields: Set<String> = []
    collectFields(entry, fields: &fields, set: &setFields)
    let missing = fields.subtracting(setFields).sorted()
    #expect(missing.isEmpty, "\(kind)/full.hcl never sets: \(missing)")
  }
}

/// Walks a model; records every `Type.field` seen and those that are non-nil somewhere.
private func collectFields(_ value: Any, fields: inout Set<String>, set: inout Set<String>) {
  let mirror = Mirror(reflecting: value)
  let typeName = String(describing: type(of: value))
  switch mirror.displayStyle {
  case .optional:
    if let child = mirror.children.first { collectFields(child.value, fields: &fields, set: &set) }
  case .struct where typeName.hasPrefix("Located<"):
    if let inner = mirror.children.first(where: { $0.label == "value" }) {
      collectFields(inner.value, fields: &fields, set: &set)
    }
  case .struct where typeName.hasPrefix("OrderedMap<"):
    for child in mirror.children where child.label == "entries" {
      for entry in Mirror(reflecting: child.value).children {
        if let located = Mirror(reflecting: entry.value).children.first(where: { $0.label == "value" }) {
          collectFields(located.value, fields: &fields, set: &set)
        }
      }
    }
  case .struct:
    guard !(value is GoDuration), !(value is SourceRange) else { return }
    for child in mirror.children {
      guard let label = child.label else { continue }
      let key = "\(typeName).\(label)"
      fields.insert(key)
      let childMirror = Mirror(reflecting: child.value)
      if childMirror.displayStyle != .optional || !childMirror.children.isEmpty { set.insert(key) }
      collectFields(child.value, fields: &fields, set: &set)
    }
  case .collection:
    for child in mirror.children { collectFields(child.value, fields: &fields, set: &set) }
  case .enum:
    for child in mirror.children { collectFields(child.value, fields: &fields, set: &set) }
  default:
    break
  }
}
