/// One field of a ``PackedFields``: an enum with a case per optional field of a model struct.
package protocol PackedField: Hashable, Sendable {
  associatedtype Tag: Comparable
  /// Which field this is, whatever its value (the case without its payload).
  var tag: Tag { get }
}

/// The optional fields of a model struct that are set, and only those, in one array.
///
/// A struct of a dozen optional located fields reserves room for every one of them (a route's
/// `Destination` took 870 bytes, `Match.HTTP` 300), although a route sets two or three. Here each
/// set field is one element of the ``PackedField`` enum, kept sorted by tag so that two values
/// with the same fields set compare and hash alike whatever order they were set in; absent
/// fields take no room. The array is copy-on-write, so copying a struct that holds it stays one
/// reference-count increment, as with ``CopyOnWrite``. Reading a field scans the few set ones.
package struct PackedFields<Field: PackedField>: Hashable, Sendable {
  private var fields: [Field] = []

  package init() {}

  /// The first set field that `extract` accepts (the one of its case).
  package func first<Value>(_ extract: (Field) -> Value?) -> Value? {
    for field in fields {
      if let value = extract(field) { return value }
    }
    return nil
  }

  /// Sets the field `tag` to `field`, or removes it when `field` is `nil`.
  package mutating func set(_ tag: Field.Tag, _ field: Field?) {
    let index = fields.firstIndex { $0.tag >= tag } ?? fields.count
    if index < fields.count, fields[index].tag == tag {
      if let field { fields[index] = field } else { fields.remove(at: index) }
    } else if let field {
      // Grown one element at a time: the array's own doubling left a quarter of these arrays
      // empty on average, and a struct rarely sets more than a handful of fields.
      if fields.count == fields.capacity { fields.reserveCapacity(fields.count + 1) }
      fields.insert(field, at: index)
    }
  }
}
