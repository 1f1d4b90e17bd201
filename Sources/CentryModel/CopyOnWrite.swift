import CentrySyntax

/// A value kept in one heap box shared by copies until one of them is written (copy-on-write).
///
/// Some model structs (a route's `Destination`, its `Match.HTTP`) hold a dozen optional located
/// fields: over a kilobyte inline. Rules, the chain compiler and the chains themselves copy them
/// freely; boxing makes each copy one reference-count increment and lets a compiled chain share
/// its routes with the entry instead of duplicating them.
package struct CopyOnWrite<Value: Hashable & Sendable>: Hashable, @unchecked Sendable {
  /// Only ever mutated through ``value`` after a uniqueness check, so sharing it is safe.
  private final class Box {
    var value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box

  package init(_ value: Value) { box = Box(value) }

  package var value: Value {
    _read { yield box.value }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
      yield &box.value
    }
  }

  package static func == (a: CopyOnWrite, b: CopyOnWrite) -> Bool { a.box === b.box || a.box.value == b.box.value }
  package func hash(into hasher: inout Hasher) { hasher.combine(box.value) }
}
