/// Where an emitter puts a YAML value it describes piece by piece: ``YAMLDirectWriter`` prints it
/// straight into bytes, ``YAMLTreeBuilder`` builds the ``YAMLNode`` tree.
///
/// A shape written once against this protocol gives both the tree (the API and the libyaml
/// reference tests) and the text without a tree in between (the Envoy document: a cluster's tree
/// was tens of boxed nodes and arrays, built and freed for one write).
///
/// A mapping's body calls ``key(_:)`` before each member's value; a sequence's body calls
/// ``item()`` before each element. Every call but those two writes one value.
protocol YAMLSink {
  /// A mapping (`{}` when the body writes no member).
  mutating func mapping(_ body: (inout Self) -> Void)
  /// A sequence (`[]` when the body writes no element).
  mutating func sequence(_ body: (inout Self) -> Void)
  /// The key of the next member of the enclosing mapping.
  mutating func key(_ key: String)
  /// The start of the next element of the enclosing sequence.
  mutating func item()
  /// A string scalar.
  mutating func string(_ text: String)
  /// A whole subtree (a constant part, or one built elsewhere).
  mutating func value(_ node: YAMLNode)
}

extension YAMLSink {
  /// A member whose value is a string.
  mutating func member(_ key: String, _ text: String) {
    self.key(key)
    string(text)
  }

  /// A member whose value is a subtree.
  mutating func member(_ key: String, node: YAMLNode) {
    self.key(key)
    value(node)
  }

  /// A member whose value is a subtree, only when there is one.
  mutating func member(_ key: String, ifPresent node: YAMLNode?) {
    guard let node else { return }
    member(key, node: node)
  }

  /// A member whose value is a mapping.
  mutating func mapping(at key: String, _ body: (inout Self) -> Void) {
    self.key(key)
    mapping(body)
  }

  /// A member whose value is a sequence.
  mutating func sequence(at key: String, _ body: (inout Self) -> Void) {
    self.key(key)
    sequence(body)
  }
}

/// Builds the ``YAMLNode`` tree of what is written to it (``node``).
struct YAMLTreeBuilder: YAMLSink {
  /// The tree, once the root value is written.
  private(set) var node: YAMLNode?

  /// The open collections, innermost last.
  private var open: [Frame] = []

  private enum Frame {
    case mapping([(key: String, value: YAMLNode)], pendingKey: String)
    case sequence([YAMLNode])
  }

  /// The tree of what `body` writes.
  static func build(_ body: (inout YAMLTreeBuilder) -> Void) -> YAMLNode {
    var builder = YAMLTreeBuilder()
    body(&builder)
    // A body that writes no value describes an empty mapping (callers always write one).
    return builder.node ?? .mapping([])
  }

  mutating func mapping(_ body: (inout YAMLTreeBuilder) -> Void) {
    open.append(.mapping([], pendingKey: ""))
    body(&self)
    guard case .mapping(let members, _)? = open.popLast() else { return }
    add(.mapping(members))
  }

  mutating func sequence(_ body: (inout YAMLTreeBuilder) -> Void) {
    open.append(.sequence([]))
    body(&self)
    guard case .sequence(let elements)? = open.popLast() else { return }
    add(.sequence(elements))
  }

  mutating func key(_ key: String) {
    guard case .mapping(let members, _)? = open.popLast() else { return }
    open.append(.mapping(members, pendingKey: key))
  }

  mutating func item() {
    // An element needs no marker in a tree.
  }

  mutating func string(_ text: String) { add(.string(text)) }

  mutating func value(_ node: YAMLNode) { add(node) }

  private mutating func add(_ value: YAMLNode) {
    switch open.popLast() {
    case .mapping(var members, let key)?:
      members.append((key, value))
      open.append(.mapping(members, pendingKey: key))
    case .sequence(var elements)?:
      elements.append(value)
      open.append(.sequence(elements))
    case nil:
      node = value
    }
  }
}
