import CentryCore

/// Everything known about one field of a Consul struct, apart from how to reach it in a model
/// value: the non-generic half of a ``Field``, which the decoder's help, `centry schema` and the
/// walker's consumers read.
public struct FieldInfo: Sendable {
  /// The Go field name, as the JSON body and Consul's error paths spell it (`PathPrefix`).
  public let name: String
  /// The snake_case spellings Consul's CLI accepts at this level (its `alias` struct tag; spec
  /// decoding-and-api §1.5). Empty for most fields.
  public let aliases: [String]
  public let type: FieldType
  /// How the JSON body (`consul config write`) writes the field.
  public let json: JSONRule
  /// Where the field lives in a consul-k8s custom resource.
  public let crd: CRDKey
  /// Consul's default when the field is absent, as its documentation states it (`nil`: none, or
  /// the zero value).
  public let defaultValue: String?
  public let enterprise: EnterpriseOnly
  /// One line, after Consul's documentation of the field.
  public let summary: String

  public init(
    name: String, aliases: [String], type: FieldType, json: JSONRule, crd: CRDKey?, defaultValue: String?,
    enterprise: EnterpriseOnly, summary: String
  ) {
    self.name = name
    self.aliases = aliases
    self.type = type
    self.json = json
    self.crd = crd ?? .key(FieldInfo.lowerCamel(name))
    self.defaultValue = defaultValue
    self.enterprise = enterprise
    self.summary = summary
  }

  /// The snake_case alias, when Consul lists one.
  public var alias: String? { aliases.first }

  /// The key this field is written under in `style`, or `nil` when that style has no key for it
  /// (a CRD omits the field). Snake case falls back to the CamelCase name where Consul lists no
  /// alias, since no other spelling would decode.
  public func key(in style: KeyStyle) -> String? {
    switch style {
    case .camel: name
    case .snake: alias ?? name
    case .crd:
      switch crd {
      case .key(let key): key
      case .metadata, .omitted: nil
      }
    }
  }

  /// consul-k8s' json tag for a Go name: the leading capitals lower-cased, except the last one
  /// when a lower-case letter follows (`JSONFormat` → `jsonFormat`, `HTTP` → `http`, `SourceIP` →
  /// `sourceIP`).
  static func lowerCamel(_ name: String) -> String {
    let characters = Array(name)
    var leading = 0
    while leading < characters.count, characters[leading].isUppercase { leading += 1 }
    if leading > 1, leading < characters.count, characters[leading].isLowercase { leading -= 1 }
    return String(characters[..<leading]).lowercased() + String(characters[leading...])
  }
}

/// The key spellings a walker's consumer may write (`fmt --keys`, CRD output).
public enum KeyStyle: String, Sendable, CaseIterable {
  /// The Go field name (`PathPrefix`), what the JSON body and `consul config read` use.
  case camel
  /// Consul's snake_case alias where it lists one (`path_prefix`).
  case snake
  /// The consul-k8s custom-resource key (`pathPrefix`).
  case crd
}

/// A field's type as `centry schema` shows it.
public indirect enum FieldType: Sendable {
  case string
  case bool
  /// Go `int` (64-bit).
  case int
  case uint32
  case uint64
  /// Go `float32`.
  case float32
  /// Go `time.Duration`: a duration string (`"1m30s"`) or a number of nanoseconds.
  case duration
  /// A Go slice.
  case list(FieldType)
  /// A Go `map[string]T`; the keys are data (verbatim, case-sensitive).
  case map(FieldType)
  /// A nested struct.
  case object(StructInfo)
  /// Go `interface{}`: a free-form value (proxy `Config`, extension `Arguments`).
  case any

  /// Go-like spelling: `string`, `[]string`, `map[string]object`, `map[string]any`.
  public var name: String {
    switch self {
    case .string: "string"
    case .bool: "bool"
    case .int: "int"
    case .uint32: "uint32"
    case .uint64: "uint64"
    case .float32: "float32"
    case .duration: "duration"
    case .list(let element): "[]" + element.name
    case .map(let value): "map[string]" + value.name
    case .object: "object"
    case .any: "any"
    }
  }

  /// The struct a value of this type holds (directly, or as list element or map value).
  public var structInfo: StructInfo? {
    switch self {
    case .object(let info): info
    case .list(let element), .map(let element): element.structInfo
    case .string, .bool, .int, .uint32, .uint64, .float32, .duration, .any: nil
    }
  }
}

/// How Go's `encoding/json` writes a field of Consul's **api** struct (spec decoding-and-api §4.1).
public struct JSONRule: Sendable, Hashable {
  /// `omitempty`: a zero scalar or an empty list or map is left out. A struct value never is
  /// (Go ignores `omitempty` on structs), and an absent struct value is written as its zero.
  public var omitEmpty: Bool
  /// A Go pointer (`*T`): an absent field is `nil` (left out with `omitempty`, else `null`), and
  /// a written zero is kept.
  public var pointer: Bool
  /// A duration written as a Go duration string (`"1m30s"`) by the api type's `MarshalJSON`,
  /// which also puts it before the struct's own fields; other durations are integer nanoseconds.
  public var marshalledAsString: Bool
  /// The Go field this one follows in Consul's struct when the description lists it elsewhere
  /// (the description keeps the decoder's order, which fixes the "fields here" help).
  public var after: String?

  public init(omitEmpty: Bool = true, pointer: Bool = false, marshalledAsString: Bool = false, after: String? = nil) {
    self.omitEmpty = omitEmpty
    self.pointer = pointer
    self.marshalledAsString = marshalledAsString
    self.after = after
  }

  /// `json:",omitempty"` on a value: left out when zero or empty.
  public static let omitEmpty = JSONRule()
  /// No `omitempty`: always written, the zero value when absent (`null` for a list or map).
  public static let always = JSONRule(omitEmpty: false)
  /// `*T` with `omitempty`: written exactly when present, a zero included.
  public static let pointer = JSONRule(pointer: true)
  /// `*T` without `omitempty`: the value when present, else `null`.
  public static let nullable = JSONRule(omitEmpty: false, pointer: true)
  /// A duration that `MarshalJSON` writes first, as a string, left out when 0.
  public static let durationString = JSONRule(marshalledAsString: true)

  /// The same rule for a field that Consul declares right after `name`.
  public func after(_ name: String) -> JSONRule {
    var rule = self
    rule.after = name
    return rule
  }
}

/// Where a field lives in a consul-k8s custom resource (spec decoding-and-api §6.1).
public enum CRDKey: Sendable, Hashable {
  /// This key in the resource's object at the same level (`spec` for an entry's own fields).
  case key(String)
  /// This key of `metadata` (`name`, `namespace`).
  case metadata(String)
  /// The resource has no field for it (consul-k8s sets it itself, or does not support it).
  case omitted
}

/// Whether a field is a Consul Enterprise feature.
public enum EnterpriseOnly: Sendable, Hashable {
  case no
  /// Enterprise: Consul CE decodes it but ignores or refuses it in validation (rules report it).
  case yes
  /// Enterprise metadata that CE's server structs lack: a CE server rejects the key while
  /// decoding, so the decoder reports it as `enterprise-only` (spec core-entries §1.4).
  case rejectedByCE
}
