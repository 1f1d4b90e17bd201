import CentrySyntax

/// A value kept in one heap box shared by copies until one of them is written (copy-on-write).
///
/// For a struct of many fields that is copied freely and mostly set in full (a chain's
/// `ChainTarget`): each copy is one reference-count increment, and equal copies share one box.
/// Model structs whose fields are mostly absent keep only the set ones instead (``PackedFields``).
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
