/// Where a value sits in an entry, spelt as Consul spells it in `invalid config key "…"`:
/// Go field names joined by `.`, list indexes and map keys in brackets (`Routes[0].Match.HTTP`,
/// `Subsets[v1].Filter`).
struct DecodePath: CustomStringConvertible {
  enum Segment {
    case field(String)
    case index(Int)
    case key(String)
  }

  var segments: [Segment] = []

  func field(_ name: String) -> DecodePath { DecodePath(segments: segments + [.field(name)]) }
  func index(_ index: Int) -> DecodePath { DecodePath(segments: segments + [.index(index)]) }
  func key(_ key: String) -> DecodePath { DecodePath(segments: segments + [.key(key)]) }

  var isRoot: Bool { segments.isEmpty }

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
