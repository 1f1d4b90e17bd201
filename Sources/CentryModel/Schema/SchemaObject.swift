import CentryCore

/// A model value walked through its description: every field in description order with its
/// facts (names in each ``KeyStyle``, type, JSON rule …) and its located value.
///
/// This is what output formats read instead of spelling out every field again: the JSON body
/// encoder (``APIBodyEncoder``) today; canonical HCL, CRD YAML, `fmt --keys` and editor hover
/// are meant to read it too.
public struct SchemaObject: Sendable {
  public let info: StructInfo
  /// One per ``StructInfo/fields``, in the same order.
  public let fields: [WalkedField]

  public init(info: StructInfo, fields: [WalkedField]) {
    self.info = info
    self.fields = fields
  }

  /// The object with no field set (what Go encodes for an absent struct value).
  public static func empty(_ info: StructInfo) -> SchemaObject {
    SchemaObject(info: info, fields: info.fields.map { WalkedField(info: $0, value: nil) })
  }

  /// The fields that are set.
  public var present: [WalkedField] { fields.filter { $0.value != nil } }
}

/// One field of a walked object.
public struct WalkedField: Sendable {
  public let info: FieldInfo
  /// The value as written, `nil` when the field is absent.
  public let value: Located<SchemaValue>?

  public init(info: FieldInfo, value: Located<SchemaValue>?) {
    self.info = info
    self.value = value
  }
}

/// A field's value, typed as its description says (``FieldType``).
public indirect enum SchemaValue: Sendable {
  case string(String)
  case bool(Bool)
  /// A Go `int`.
  case int(Int64)
  /// A Go `uint32` or `uint64`.
  case uint(UInt64)
  /// A Go `float32`, as the parsed `Double`.
  case float32(Double)
  case duration(GoDuration)
  case list([Located<SchemaValue>])
  /// Map entries in written order (keys are data).
  case map([MapEntry<SchemaValue>])
  case object(SchemaObject)
  /// A free-form value (inside `Config`, `Arguments`).
  case any(OpaqueValue)
}

extension ConfigEntry {
  /// The entry walked through its kind's description; `nil` for a kind centry does not model.
  public func walk() -> SchemaObject? {
    switch self {
    case .serviceDefaults(let value): ServiceDefaults.schema.walk(value)
    case .proxyDefaults(let value): ProxyDefaults.schema.walk(value)
    case .serviceRouter(let value): ServiceRouter.schema.walk(value)
    case .serviceSplitter(let value): ServiceSplitter.schema.walk(value)
    case .serviceResolver(let value): ServiceResolver.schema.walk(value)
    case .unsupported: nil
    }
  }
}

extension EntryKind {
  /// The description of this kind's entries; `nil` for a kind centry does not model.
  public var schema: StructInfo? {
    switch self {
    case .serviceDefaults: ServiceDefaults.schema.info
    case .proxyDefaults: ProxyDefaults.schema.info
    case .serviceRouter: ServiceRouter.schema.info
    case .serviceSplitter: ServiceSplitter.schema.info
    case .serviceResolver: ServiceResolver.schema.info
    case .ingressGateway, .terminatingGateway, .serviceIntentions, .mesh, .exportedServices, .samenessGroup,
      .apiGateway, .tcpRoute, .fileSystemCertificate, .inlineCertificate, .httpRoute, .controlPlaneRequestLimit,
      .jwtProvider:
      nil
    }
  }
}
