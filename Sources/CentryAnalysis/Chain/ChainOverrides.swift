import CentryModel

/// The per-upstream overrides a proxy compiles a chain with (Consul's `CompileRequest`
/// `OverrideProtocol`, `OverrideConnectTimeout`, `OverrideMeshGateway`), which come from the
/// downstream's resolved upstream configuration (`protocol`, `connect_timeout_ms`, `mesh_gateway`).
///
/// Empty for `lint` and `explain`: Consul validates and shows chains without them.
public struct ChainOverrides: Sendable, Hashable {
  /// Lower-cased protocol; `nil` or empty: none.
  public var `protocol`: String?
  /// Nanoseconds; `nil` or ≤ 0: none.
  public var connectTimeout: Int64?
  /// Mesh gateway mode (`local`, `remote`, `none`); `nil` or empty: none.
  public var meshGatewayMode: String?

  public init(protocol: String? = nil, connectTimeout: Int64? = nil, meshGatewayMode: String? = nil) {
    self.protocol = `protocol`
    self.connectTimeout = connectTimeout
    self.meshGatewayMode = meshGatewayMode
  }

  public var isEmpty: Bool {
    (`protocol` ?? "").isEmpty && (connectTimeout ?? 0) <= 0 && (meshGatewayMode ?? "").isEmpty
  }
}

/// Which overrides changed how a chain compiled (Consul's `customizationMarkers`).
struct CustomizationMarkers: Hashable {
  var meshGateway = false
  var `protocol` = false
  var connectTimeout = false

  var isZero: Bool { !meshGateway && !`protocol` && !connectTimeout }
}

/// Consul's customization hash (`discoverychain.compile`): the first 8 hex digits of
/// `hashstructure.Hash` (mitchellh/hashstructure v1 at 2bca23e, FNV-1 64) of the anonymous struct
/// `{OverrideMeshGateway MeshGatewayConfig{Mode}, OverrideProtocol string, OverrideConnectTimeout
/// time.Duration}`, each field holding its override only when that override customized the chain.
/// Cluster names of such a chain get the prefix `<hash>~`.
enum CustomizationHash {
  static func hash(meshGatewayMode: String, protocol: String, connectTimeout: Int64) -> String {
    let meshGateway = structHash(name: "MeshGatewayConfig", fields: [("Mode", string(meshGatewayMode))])
    let value = structHash(
      name: "",
      fields: [
        ("OverrideMeshGateway", meshGateway), ("OverrideProtocol", string(`protocol`)),
        ("OverrideConnectTimeout", int64(connectTimeout)),
      ])
    // Go's `fmt.Sprintf("%x", v)[0:8]`: no zero padding before the cut.
    return String(String(value, radix: 16).prefix(8))
  }

  /// hashstructure v1 for a struct: the hash of its type name, XOR-ed with one ordered hash of
  /// (field name hash, field value hash) per exported field.
  private static func structHash(name: String, fields: [(String, UInt64)]) -> UInt64 {
    var result = string(name)
    for (field, value) in fields {
      result ^= ordered(string(field), value)
    }
    return result
  }

  private static func string(_ text: String) -> UInt64 { fnv1(Array(text.utf8)) }

  /// Integers are written little-endian in their sized form (`time.Duration` is an int64).
  private static func int64(_ value: Int64) -> UInt64 { fnv1(littleEndian(UInt64(bitPattern: value))) }

  private static func ordered(_ a: UInt64, _ b: UInt64) -> UInt64 { fnv1(littleEndian(a) + littleEndian(b)) }

  private static func littleEndian(_ value: UInt64) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
  }

  /// FNV-1 (multiply, then XOR) 64-bit, Go's `hash/fnv.New64`.
  static func fnv1(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = hash &* 0x100_0000_01b3
      hash ^= UInt64(byte)
    }
    return hash
  }
}
