import CentryCore

/// A model type with a description: one ``Field`` per property, in the order the decoder reads
/// them (Consul's api struct order, except where ``JSONRule/after`` says otherwise).
public protocol Described {
  init()
  static var schema: StructSchema<Self> { get }
}

/// The description of one Consul struct: its fields, each one line, built once (a `static let`).
///
/// The decoder, the JSON body encoder, the unknown-field help, `centry schema` and the
/// ``SchemaObject`` walker all read it, so a field's facts are written in one place.
public struct StructSchema<Model: Described>: Sendable {
  /// The non-generic half, shared with nested field types and the walker.
  public let info: StructInfo
  let fields: [Field<Model>]
  /// Each field's decoding step alone: iterating these copies one closure per field, where
  /// iterating ``fields`` would copy (retain and release) every fact of each.
  private let decoders: [@Sendable (inout Model, inout ObjectReader) -> Void]

  /// - Parameters:
  ///   - goName: the api struct's Go name (`ServiceRouteHTTPMatch`).
  ///   - kind: set for a config entry; the JSON body then writes `Kind` before the fields.
  ///   - summary: one line on what the struct is.
  public init(_ goName: String, kind: EntryKind? = nil, summary: String, _ fields: [Field<Model>]) {
    self.fields = fields
    self.decoders = fields.map(\.decode)
    self.info = StructInfo(goName: goName, kind: kind, summary: summary, fields: fields.map(\.info))
  }

  /// Decodes the object `reader` is open on into a model; every field asks for its own key.
  func decode(_ reader: inout ObjectReader) -> Model {
    var model = Model()
    for decode in decoders { decode(&model, &reader) }
    return model
  }

  /// `model`'s fields in description order, with their located values.
  public func walk(_ model: Model) -> SchemaObject {
    SchemaObject(info: info, fields: fields.map { WalkedField(info: $0.info, value: $0.read(model)) })
  }
}

/// One field of a ``StructSchema``: its facts (``FieldInfo``) and how to reach it in a model.
public struct Field<Model>: Sendable {
  public let info: FieldInfo
  let decode: @Sendable (inout Model, inout ObjectReader) -> Void
  let read: @Sendable (Model) -> Located<SchemaValue>?

  /// One field, one line.
  ///
  /// - Parameters:
  ///   - name: the Go field name, which the JSON body and Consul's error paths use.
  ///   - keyPath: the model property.
  ///   - codec: the value's type (``ValueCodec``): `.string`, `.list(.object)`, `.map(.string)` …
  ///   - alias: the snake_case spelling Consul's CLI accepts at this level, if it lists one.
  ///   - json: how Go's `encoding/json` writes it in the JSON body (``JSONRule``).
  ///   - crd: the consul-k8s resource key when not the lowerCamelCase of `name`.
  ///   - defaultValue: Consul's documented default.
  ///   - summary: one line, after Consul's documentation.
  // Inlined into each description so that `access` captures a key path literal, which the
  // optimizer folds into a plain property access (it propagates a literal key path only when the
  // closure is its single use). A key path applied at run time costs a metadata lookup and a
  // projection on every decoded field.
  @inline(__always)
  public init<Value>(
    _ name: String, _ keyPath: WritableKeyPath<Model, Located<Value>?>, _ codec: ValueCodec<Value>,
    alias: String? = nil, json: JSONRule = .omitEmpty, crd: CRDKey? = nil, default defaultValue: String? = nil,
    enterprise: EnterpriseOnly = .no, _ summary: String
  ) {
    let info = FieldInfo(
      name: name, aliases: alias.map { [$0] } ?? [], type: codec.type, json: json, crd: crd,
      defaultValue: defaultValue, enterprise: enterprise, summary: summary)
    self.info = info
    /// Writes `value` when `write`, else reads the field.
    let access: @Sendable (inout Model, Located<Value>?, Bool) -> Located<Value>? = { model, value, write in
      if write {
        model[keyPath: keyPath] = value
        return nil
      }
      return model[keyPath: keyPath]
    }
    let walk = codec.walk
    read = { model in
      var copy = model
      return access(&copy, nil, false).map { $0.map(walk) }
    }
    // A new model has every field `nil`: only a decoded value is written (most fields of most
    // objects are absent).
    switch enterprise {
    case .no, .yes:
      decode = { model, reader in
        if let value = reader.decode(info, codec) { _ = access(&model, value, true) }
      }
    case .rejectedByCE:
      decode = { model, reader in
        guard let value = reader.decode(info, codec) else { return }
        reader.context.reportEnterpriseOnly(info.name, at: value.keyOrValueRange)
        _ = access(&model, value, true)
      }
    }
  }
}

/// The non-generic facts of a described struct.
public final class StructInfo: Sendable {
  /// The api struct's Go name.
  public let goName: String
  /// The entry kind, for a config entry's top-level struct.
  public let kind: EntryKind?
  public let summary: String
  public let fields: [FieldInfo]
  /// The order of the JSON body's members.
  public let jsonOrder: [JSONSlot]
  /// "`A`, `B`": the unknown-field help's list, built once.
  let fieldList: String
  /// Suggests among every spelling (names and aliases) for a misspelt key.
  let suggester: FieldSuggester

  init(goName: String, kind: EntryKind?, summary: String, fields: [FieldInfo]) {
    self.goName = goName
    self.kind = kind
    self.summary = summary
    self.fields = fields
    self.jsonOrder = StructInfo.jsonOrder(fields, kind: kind)
    self.fieldList = fields.isEmpty ? "none" : fields.map { "`\($0.name)`" }.joined(separator: ", ")
    self.suggester = FieldSuggester(fields.flatMap { [$0.name] + $0.aliases })
  }

  /// The field called `name` (exactly).
  public func field(named name: String) -> FieldInfo? {
    fields.first { $0.name == name }
  }

  /// Go's order: `MarshalJSON`'s string durations first, then `Kind`, then the fields in
  /// description order, each ``JSONRule/after`` field moved behind the one it names.
  static func jsonOrder(_ fields: [FieldInfo], kind: EntryKind?) -> [JSONSlot] {
    var order: [JSONSlot] = fields.indices.filter { fields[$0].json.marshalledAsString }.map { .field($0) }
    if let kind { order.append(.kind(kind)) }
    func place(_ index: Int) {
      order.append(.field(index))
      for follower in fields.indices where fields[follower].json.after == fields[index].name { place(follower) }
    }
    for index in fields.indices where !fields[index].json.marshalledAsString && fields[index].json.after == nil {
      place(index)
    }
    return order
  }
}

/// One member of a JSON body, in order.
public enum JSONSlot: Sendable, Hashable {
  /// `"Kind": "<kind>"`, which every entry's api struct declares first.
  case kind(EntryKind)
  /// The field at this index of ``StructInfo/fields``.
  case field(Int)
}
