/// Where a value sits in an entry, spelt as Consul spells it in `invalid config key "…"`:
/// Go field names joined by `.`, list indexes and map keys in brackets (`Routes[0].Match.HTTP`,
/// `Subsets[v1].Filter`).
struct DecodePath: CustomStringConvertible {
  enum Segment: Sendable {
    case field(String)
    case index(Int)
    case key(String)
  }

  /// The last segment and its parent, shared: a path is made for every field and list element
  /// decoded, and extending a shared chain costs one small allocation where copying an array of
  /// segments cost two.
  private final class Node: Sendable {
    let segment: Segment
    let parent: Node?
    init(_ segment: Segment, parent: Node?) {
      self.segment = segment
      self.parent = parent
    }
  }

  private var last: Node?

  init() {}

  init(segments: [Segment]) {
    for segment in segments { last = Node(segment, parent: last) }
  }

  /// The segments from the root.
  var segments: [Segment] {
    var result: [Segment] = []
    var node = last
    while let current = node {
      result.append(current.segment)
      node = current.parent
    }
    return result.reversed()
  }

  func field(_ name: String) -> DecodePath { appending(.field(name)) }
  func index(_ index: Int) -> DecodePath { appending(.index(index)) }
  func key(_ key: String) -> DecodePath { appending(.key(key)) }

  private func appending(_ segment: Segment) -> DecodePath {
    var path = DecodePath()
    path.last = Node(segment, parent: last)
    return path
  }

  /// The parent path (for "in `Routes[0]`").
  func dropLast() -> DecodePath {
    var path = DecodePath()
    path.last = last?.parent
    return path
  }

  var isRoot: Bool { last == nil }

  var description: String {
    var out = ""
    for segment in segments {
      switch segment {
      case .field(let name): out += out.isEmpty ? name : "." + name
      case .index(let index): out += "[\(index)]"
      case .key(let key): out += "[\(key)]"
      }
    }
    return out
  }

  /// The path of a key `name` below this path (what Consul quotes for an unknown key).
  func keyPath(_ name: String) -> String {
    isRoot ? name : "\(self).\(name)"
  }
}
