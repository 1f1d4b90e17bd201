import CentryCore
import CentryModel
import CentrySyntax
import Foundation

/// An indented, deterministic dump of a decoded model for golden files: absent fields are left
/// out, located values show `@line:col` of their value.
func dumpModel(_ value: Any, source: SourceFile?) -> String {
  var out = ""
  dump(value, name: nil, indent: 0, source: source, into: &out)
  return out
}

private func position(_ range: SourceRange, _ source: SourceFile?) -> String {
  guard let source else { return "" }
  let start = source.position(at: range.start)
  return " @\(start.line):\(start.column)"
}

private func dump(_ value: Any, name: String?, indent: Int, source: SourceFile?, into out: inout String) {
  let pad = String(repeating: "  ", count: indent)
  let label = name.map { "\($0): " } ?? ""
  let mirror = Mirror(reflecting: value)
  if mirror.displayStyle == .optional {
    if let child = mirror.children.first { dump(child.value, name: name, indent: indent, source: source, into: &out) }
    return
  }
  let typeName = String(describing: type(of: value))
  if typeName.hasPrefix("Located<") {
    let inner = mirror.children.first { $0.label == "value" }?.value
    let range = mirror.children.first { $0.label == "valueRange" }?.value as? SourceRange
    let at = range.map { position($0, source) } ?? ""
    if let inner, isLeaf(inner) {
      out += "\(pad)\(label)\(leaf(inner))\(at)\n"
    } else if let inner {
      out += "\(pad)\(label)\(shortType(inner))\(at)\n"
      dumpChildren(inner, indent: indent + 1, source: source, into: &out)
    }
    return
  }
  if isLeaf(value) {
    out += "\(pad)\(label)\(leaf(value))\n"
    return
  }
  out += "\(pad)\(label)\(shortType(value))\n"
  dumpChildren(value, indent: indent + 1, source: source, into: &out)
}

private func dumpChildren(_ value: Any, indent: Int, source: SourceFile?, into out: inout String) {
  if let entries = value as? any OrderedMapDumpable {
    for (key, entryValue) in entries.dumpEntries {
      dump(entryValue, name: "[\(key)]", indent: indent, source: source, into: &out)
    }
    return
  }
  let mirror = Mirror(reflecting: value)
  switch mirror.displayStyle {
  case .collection:
    for (index, child) in mirror.children.enumerated() {
      dump(child.value, name: "[\(index)]", indent: indent, source: source, into: &out)
    }
  case .enum:
    for child in mirror.children { dump(child.value, name: child.label, indent: indent, source: source, into: &out) }
  default:
    for child in mirror.children {
      let childMirror = Mirror(reflecting: child.value)
      if childMirror.displayStyle == .optional, childMirror.children.isEmpty { continue }
      dump(child.value, name: child.label, indent: indent, source: source, into: &out)
    }
  }
}

private func isLeaf(_ value: Any) -> Bool {
  value is String || value is Bool || value is Int || value is UInt32 || value is UInt64 || value is Double
    || value is GoDuration || value is Int64 || value is EntryKind
}

private func leaf(_ value: Any) -> String {
  switch value {
  case let string as String: return "\"\(string)\""
  case let duration as GoDuration:
    return "\(duration.nanoseconds)ns (\(duration.isBareNumber ? "bare " : "")\"\(duration.text)\")"
  case let kind as EntryKind: return kind.rawValue
  default: return "\(value)"
  }
}

private func shortType(_ value: Any) -> String {
  let name = String(describing: type(of: value))
  if let mirror = Optional(Mirror(reflecting: value)), mirror.displayStyle == .enum {
    return "\(name).\(String(describing: value).prefix { $0 != "(" })"
  }
  return ["CentryCore.", "CentrySyntax.", "CentryModel."].reduce(name) { $0.replacingOccurrences(of: $1, with: "") }
}

protocol OrderedMapDumpable {
  var dumpEntries: [(String, Any)] { get }
}

extension OrderedMap: OrderedMapDumpable {
  var dumpEntries: [(String, Any)] { entries.map { ($0.key, $0.value as Any) } }
}
