// The `ast` fuzz target's input language: the fuzz bytes read as a program of choices that writes
// one to four config entries (HCL or JSON, per entry) from the real vocabulary — kinds, service
// names that chain, the schema's field names in both spellings, and values of every shape. Raw
// bytes (the `lint` target) rarely parse into entries with known fields; these almost always do,
// so the decoder and the rules see deep, well-formed and half-right trees. Deterministic: the same
// bytes give the same files. Exhausted input reads as zeros, which always choose a leaf or an end.

/// Reads choices from the fuzz input, one byte each.
struct ChoiceReader {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The next byte, or 0 once the input is used up.
  mutating func byte() -> Int {
    guard index < bytes.count else { return 0 }
    defer { index += 1 }
    return Int(bytes[index])
  }

  /// A number in `0..<count`.
  mutating func below(_ count: Int) -> Int { byte() % count }

  /// One element of a non-empty table.
  mutating func pick(_ table: [String]) -> String { table[below(table.count)] }
}

/// The tables the program picks from.
enum ASTVocabulary {
  static let kinds = [
    "service-router", "service-splitter", "service-resolver", "service-defaults", "proxy-defaults",
    "service-router", "service-splitter", "service-resolver", "ingress-gateway", "mesh", "Service-Router", "",
  ]
  static let services = ["web", "api", "db", "global", "web", "api-v2", ""]
  /// Field names from Sources/CentryModel/Schema (CamelCase), their snake_case aliases, and a few
  /// keys no schema knows.
  static let keys = [
    "Kind", "Name", "Namespace", "Partition", "Meta", "Routes", "Splits", "Subsets", "Redirect", "Failover",
    "DefaultSubset", "ConnectTimeout", "RequestTimeout", "LoadBalancer", "Match", "Destination", "HTTP",
    "PathExact", "PathPrefix", "PathRegex", "CaseInsensitive", "Header", "QueryParam", "Methods", "Service",
    "ServiceSubset", "PrefixRewrite", "NumRetries", "RetryOn", "RetryOnConnectFailure", "RetryOnStatusCodes",
    "RequestHeaders", "ResponseHeaders", "Add", "Set", "Remove", "Weight", "Filter", "OnlyPassing", "Targets",
    "Datacenter", "Datacenters", "Peer", "SamenessGroup", "Policy", "Mode", "Regions", "Protocol", "Config",
    "MeshGateway", "Expose", "Paths", "Path", "Port", "LocalPathPort", "ListenerPort", "TransparentProxy",
    "OutboundListenerPort", "DialedDirectly", "UpstreamConfig", "Overrides", "Defaults", "Exact", "Prefix",
    "Suffix", "Regex", "Present", "Invert", "Type", "HashPolicies", "Field", "FieldValue", "CookieConfig",
    "TTL", "SourceIP", "Terminal", "RingHashConfig", "MinimumRingSize", "MaximumRingSize",
    "LeastRequestConfig", "ChoiceCount", "PassiveHealthCheck", "Interval", "MaxFailures", "BaseEjectionTime",
    "Limits", "MaxConnections", "MaxPendingRequests", "MaxConcurrentRequests", "RateLimits", "InstanceLevel",
    "RequestsPerSecond", "RequestsMaxBurst", "MutualTLSMode", "EnvoyExtensions", "Arguments", "Required",
    "ExternalSNI", "AccessLogs", "Enabled", "JSONFormat", "TextFormat", "FailoverPolicy", "Checks",
    "IdleTimeout", "Session", "MaxRequestHeadersKB", "BalanceInboundConnections", "CreateIndex", "ModifyIndex",
    "path_prefix", "path_exact", "path_regex", "case_insensitive", "query_param", "service_subset",
    "prefix_rewrite", "num_retries", "retry_on", "retry_on_status_codes", "request_headers", "response_headers",
    "default_subset", "connect_timeout", "request_timeout", "load_balancer", "hash_policies", "only_passing",
    "mesh_gateway", "transparent_proxy", "upstream_config", "passive_health_check", "max_failures",
    "ring_hash_config", "least_request_config", "failover_policy", "sameness_group", "source_ip",
    "field_value", "cookie_config", "envoy_extensions", "local_path_port", "listener_port", "mutual_tls_mode",
    "kind", "name", "Bogus", "routes", "v1", "v2", "*", "",
  ]
  static let strings = [
    // services, subsets, protocols, methods, policies
    "web", "api", "db", "v1", "v2", "", "http", "http2", "grpc", "tcp", "GET", "POST", "random", "ring_hash",
    "least_request", "maglev", "header", "cookie", "query_parameter", "local", "remote", "none", "order-by-locality",
    "5xx", "gateway-error", "reset", "strict", "permissive",
    // durations
    "5s", "1m30s", "0s", "-1s", "10000h", "1.5ms", "100", "5 s", "1d", "9223372036854775807ns",
    // paths and regexes
    "/", "/api", "api", "/api/", "//x", "/api/.*", "^/v[0-9]+/", "(?i)x", "[", "(a|b", "a{1000}", "(?P<n>x)",
    "\\d+", "\\C", "((((((((((a))))))))))",
    // filters
    "Service.Meta.version == v1", "Service.Tags contains \"canary\"", "ServiceMeta[\"x\"] matches \"a.*\"",
    "not (Node.Meta.env == prod)", "Checks.Status != critical and Service.ID is not empty", "(", "==",
    "Service.Weights.Passing > 1",
    // odd text
    "${var.x}", "a\"b\\c", "\u{0}", "é☃", " web ", "WEB",
  ]
  /// The shape a field usually has (the rest are strings); a value takes it three times in four.
  static let objectKeys: Set<String> = [
    "Meta", "Subsets", "Redirect", "Failover", "LoadBalancer", "Match", "Destination", "HTTP", "RequestHeaders",
    "ResponseHeaders", "Add", "Set", "Config", "MeshGateway", "Expose", "TransparentProxy", "UpstreamConfig",
    "Defaults", "CookieConfig", "RingHashConfig", "LeastRequestConfig", "PassiveHealthCheck", "Limits",
    "RateLimits", "InstanceLevel", "Arguments", "AccessLogs", "FailoverPolicy", "request_headers",
    "response_headers", "load_balancer", "mesh_gateway", "transparent_proxy", "upstream_config",
    "passive_health_check", "ring_hash_config", "least_request_config", "failover_policy", "cookie_config",
  ]
  static let objectListKeys: Set<String> = [
    "Routes", "Splits", "Targets", "Header", "QueryParam", "HashPolicies", "Paths", "EnvoyExtensions", "Overrides",
    "Checks", "query_param", "hash_policies", "envoy_extensions",
  ]
  static let stringListKeys: Set<String> = ["Methods", "RetryOn", "Datacenters", "Remove", "Regions", "retry_on"]
  static let numberKeys: Set<String> = [
    "Weight", "NumRetries", "Port", "LocalPathPort", "ListenerPort", "OutboundListenerPort", "MinimumRingSize",
    "MaximumRingSize", "ChoiceCount", "MaxFailures", "MaxEjectionPercent", "MaxConnections", "MaxPendingRequests",
    "MaxConcurrentRequests", "RequestsPerSecond", "RequestsMaxBurst", "MaxRequestHeadersKB", "CreateIndex",
    "ModifyIndex", "num_retries", "local_path_port", "listener_port", "max_failures",
  ]
  static let boolKeys: Set<String> = [
    "CaseInsensitive", "OnlyPassing", "RetryOnConnectFailure", "Present", "Invert", "Terminal", "SourceIP",
    "DialedDirectly", "Enabled", "Required", "case_insensitive", "only_passing", "source_ip",
  ]

  static let numbers = [
    "0", "1", "-1", "2", "3", "50", "100", "100.0", "33.33", "0.01", "65535", "65536", "1e308", "1.5",
    "9223372036854775807", "-9223372036854775808", "0x1F", "5000000000",
  ]
}

/// Writes the entries a `ChoiceReader` program describes.
struct ASTProgram {
  /// One generated file: its name (`.hcl` or `.json`) and text.
  struct File {
    var name: String
    var text: String
  }

  static let maxDepth = 6

  private var reader: ChoiceReader
  private var json = false

  /// The files `bytes` describe (one to four).
  static func files(from bytes: [UInt8]) -> [File] {
    var program = ASTProgram(reader: ChoiceReader(bytes))
    let count = 1 + program.reader.below(4)
    return (0..<count).map { index in program.entry(index) }
  }

  private init(reader: ChoiceReader) { self.reader = reader }

  private mutating func entry(_ index: Int) -> File {
    json = reader.below(4) == 3
    var items: [(String, Node)] = []
    // Kind and Name first most of the time, so that entries decode and chain.
    let header = reader.below(8)
    if header != 7 { items.append(("Kind", .string(reader.pick(ASTVocabulary.kinds)))) }
    if header != 6 { items.append(("Name", .string(reader.pick(ASTVocabulary.services)))) }
    items += body(depth: 0)
    let text = json ? jsonObject(items, indent: "") + "\n" : hclItems(items, indent: "")
    return File(name: "entry\(index).\(json ? "json" : "hcl")", text: text)
  }

  /// A value before it is written in either syntax.
  private indirect enum Node {
    case string(String)
    case heredoc(String)
    case number(String)
    case bool(Bool)
    case list([Node])
    case object([(String, Node)])
  }

  private mutating func body(depth: Int) -> [(String, Node)] {
    (0..<reader.below(depth == 0 ? 10 : 6)).map { _ in
      let key = reader.pick(ASTVocabulary.keys)
      return (key, value(for: key, depth: depth + 1))
    }
  }

  /// Mostly the shape `key` has in the schema, so that the decoder goes on into it.
  private mutating func value(for key: String, depth: Int) -> Node {
    guard reader.below(4) != 0, depth < Self.maxDepth else { return value(depth: depth) }
    if ASTVocabulary.objectKeys.contains(key) { return .object(body(depth: depth)) }
    if ASTVocabulary.objectListKeys.contains(key) {
      return .list((0..<reader.below(4)).map { _ in .object(body(depth: depth + 1)) })
    }
    if ASTVocabulary.stringListKeys.contains(key) {
      return .list((0..<reader.below(4)).map { _ in .string(reader.pick(ASTVocabulary.strings)) })
    }
    if ASTVocabulary.numberKeys.contains(key) { return .number(reader.pick(ASTVocabulary.numbers)) }
    if ASTVocabulary.boolKeys.contains(key) { return .bool(reader.below(2) == 1) }
    return .string(reader.pick(ASTVocabulary.strings))
  }

  /// A value of any shape.
  private mutating func value(depth: Int) -> Node {
    let shape = depth >= Self.maxDepth ? reader.below(4) : reader.below(8)
    switch shape {
    case 0: return .string(reader.pick(ASTVocabulary.strings))
    case 1: return .number(reader.pick(ASTVocabulary.numbers))
    case 2: return .bool(reader.below(2) == 1)
    case 3: return .heredoc(reader.pick(ASTVocabulary.strings) + "\n" + reader.pick(ASTVocabulary.strings))
    case 4, 5: return .object(body(depth: depth))
    default: return .list((0..<reader.below(5)).map { _ in value(depth: depth + 1) })
    }
  }

  // MARK: HCL

  private func hclItems(_ items: [(String, Node)], indent: String) -> String {
    items.map { key, node in
      switch node {
      // Block syntax for objects (`Key { … }`), as Consul's examples write them.
      case .object(let body): "\(indent)\(hclKey(key)) {\n\(hclItems(body, indent: indent + "  "))\(indent)}\n"
      default: "\(indent)\(hclKey(key)) = \(hcl(node, indent: indent))\n"
      }
    }.joined()
  }

  private func hclKey(_ key: String) -> String {
    key.allSatisfy { $0.isLetter || $0 == "_" } && !key.isEmpty ? key : quoted(key)
  }

  private func hcl(_ node: Node, indent: String) -> String {
    switch node {
    case .string(let text): quoted(text)
    case .heredoc(let text): "<<EOF\n\(text)\nEOF"
    case .number(let text): text
    case .bool(let flag): flag ? "true" : "false"
    case .list(let elements):
      "["
        + elements.map { element in
          if case .heredoc(let text) = element { return quoted(text) }
          return hcl(element, indent: indent)
        }.joined(separator: ", ") + "]"
    case .object(let body): "{\n\(hclItems(body, indent: indent + "  "))\(indent)}"
    }
  }

  // MARK: JSON

  private func jsonObject(_ items: [(String, Node)], indent: String) -> String {
    guard !items.isEmpty else { return "{}" }
    let inner = indent + "  "
    return "{\n" + items.map { "\(inner)\(quoted($0.0)): \(jsonValue($0.1, indent: inner))" }.joined(separator: ",\n")
      + "\n\(indent)}"
  }

  private func jsonValue(_ node: Node, indent: String) -> String {
    switch node {
    case .string(let text), .heredoc(let text): quoted(text)
    // JSON has no hex and no leading `+`; the others are valid JSON numbers.
    case .number(let text): text.hasPrefix("0x") ? String(Int(text.dropFirst(2), radix: 16) ?? 0) : text
    case .bool(let flag): flag ? "true" : "false"
    case .list(let elements): "[" + elements.map { jsonValue($0, indent: indent) }.joined(separator: ", ") + "]"
    case .object(let body): jsonObject(body, indent: indent)
    }
  }

  /// A double-quoted string both HCL v1 and JSON read back as `text`.
  private func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          result +=
            "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
