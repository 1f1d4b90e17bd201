import CentryAnalysis
import CentryCore
import CentryEngine
import CentryModel
import CentrySyntax
import Foundation

/// One request as the server received it.
public struct RecordedRequest: Sendable, CustomStringConvertible {
  public var method: String
  /// The path without the query (`/v1/config/service-router/web`).
  public var path: String
  /// Query parameters in order (`[("cas", "0")]`); a valueless one has `""`.
  public var query: [(String, String)]
  /// Header names lower-cased.
  public var headers: [(String, String)]
  public var body: String

  public func header(_ name: String) -> String? {
    headers.first { $0.0 == name.lowercased() }?.1
  }

  public func parameter(_ name: String) -> String? {
    query.first { $0.0 == name }?.1
  }

  /// `PUT /v1/config?cas=0`.
  public var description: String {
    let text = query.map { $0.1.isEmpty ? $0.0 : "\($0.0)=\($0.1)" }.joined(separator: "&")
    return "\(method) \(path)\(text.isEmpty ? "" : "?" + text)"
  }
}

/// What the server answers.
public struct StoreResponse: Sendable {
  public var status: Int
  public var headers: [(String, String)] = []
  public var body: String
  /// Wait this long before answering (a slow server).
  public var delay: Double = 0
  /// Close the connection without answering.
  public var drop = false
}

/// A fault to inject into requests that match.
public struct Fault: Sendable {
  public enum Action: Sendable {
    /// Answer after `seconds` (the request is otherwise handled normally).
    case delay(seconds: Double)
    /// Close the connection without a response.
    case dropConnection
    /// Answer with this status and body instead of handling the request.
    case status(Int, String)
    /// Answer 200 with a body that is not valid JSON.
    case malformedJSON
  }

  public var action: Action
  /// Only requests with this method (any when nil).
  public var method: String?
  /// Only requests whose path starts with this.
  public var pathPrefix: String
  /// Matching requests to let through first.
  public var skip: Int
  /// How many matching requests to fault after the skipped ones (nil: all).
  public var times: Int?

  public init(_ action: Action, method: String? = nil, pathPrefix: String = "/", skip: Int = 0, times: Int? = nil) {
    self.action = action
    self.method = method
    self.pathPrefix = pathPrefix
    self.skip = skip
    self.times = times
  }
}

/// ACL tokens the server knows: a management token may do everything, a read token only read.
public struct ACLTokens: Sendable {
  public var management: String
  public var read: String?

  public init(management: String, read: String? = nil) {
    self.management = management
    self.read = read
  }
}

/// Consul's config-entry endpoints over an in-memory state store, with Consul's status codes and
/// texts (spec decoding-and-api §2): PUT/GET/DELETE/list, `cas` and ModifyIndex, ACL tokens,
/// decode errors (400), validation errors (500, the bare message, or `rpc error making call: …`
/// when pretending to be a client agent), CE's refusal of namespace and partition parameters, and
/// injected faults. Every request is recorded.
public final class ConfigStore: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [EntrySet.Key: Stored] = [:]
  private var index: UInt64 = 10
  private var recorded: [RecordedRequest] = []
  private var faultCounts: [Int: Int] = [:]

  private var _acl: ACLTokens?
  private var _faults: [Fault] = []
  private var _enterprise = false
  private var _viaClientAgent = false

  struct Stored {
    var kind: EntryKind
    var name: String
    /// The object as written, without the index fields.
    var members: [(String, CatalogJSON)]
    var createIndex: UInt64
    var modifyIndex: UInt64
  }

  public init() {}

  // MARK: - Configuration and inspection (thread-safe)

  /// When set, every request needs a token (403 otherwise).
  public var acl: ACLTokens? {
    get { locked { _acl } }
    set { locked { _acl = newValue } }
  }

  public var faults: [Fault] {
    get { locked { _faults } }
    set {
      locked {
        _faults = newValue
        faultCounts = [:]
      }
    }
  }

  /// Accept `ns` and `partition` (Consul Enterprise); CE answers 400 to any value.
  public var enterprise: Bool {
    get { locked { _enterprise } }
    set { locked { _enterprise = newValue } }
  }

  /// Answer as a client agent does: server errors prefixed `rpc error making call: `.
  public var viaClientAgent: Bool {
    get { locked { _viaClientAgent } }
    set { locked { _viaClientAgent = newValue } }
  }

  /// Every request received, in order.
  public var requests: [RecordedRequest] { locked { recorded } }

  /// The requests that change state (PUT, DELETE).
  public var writes: [RecordedRequest] { requests.filter { $0.method == "PUT" || $0.method == "DELETE" } }

  public func clearRequests() { locked { recorded = [] } }

  /// Stores an entry directly (not recorded), as if written earlier. Returns its ModifyIndex.
  @discardableResult
  public func seed(_ json: String) -> UInt64 {
    locked {
      guard case .success(let value) = CatalogJSON.parse(Array(json.utf8)), case .object(let members) = value,
        case .string(let kindText)? = value["Kind"], let kind = EntryKind(rawValue: kindText)
      else {
        preconditionFailure("seed needs a JSON object with a known Kind: \(json)")
      }
      return store(kind: kind, members: members)
    }
  }

  /// The stored object of an entry as GET returns it, or nil.
  public func entry(kind: String, name: String) -> String? {
    locked {
      guard let kind = EntryKind(rawValue: kind), let entry = stored[EntrySet.Key(kind: kind, name: name)] else {
        return nil
      }
      return render(entry)
    }
  }

  /// Names stored per kind, as `kind/name`, sorted.
  public var storedKeys: [String] {
    locked { stored.values.map { "\($0.kind.rawValue)/\($0.name)" }.sorted() }
  }

  private func locked<T>(_ body: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }

  // MARK: - Handling

  /// Handles one request (called by the HTTP layer).
  public func handle(_ request: RecordedRequest) -> StoreResponse {
    locked {
      recorded.append(request)
      var delay = 0.0
      for (position, fault) in _faults.enumerated() {
        guard fault.method.map({ $0 == request.method }) ?? true, request.path.hasPrefix(fault.pathPrefix) else {
          continue
        }
        let seen = faultCounts[position, default: 0]
        faultCounts[position] = seen + 1
        guard seen >= fault.skip, fault.times.map({ seen - fault.skip < $0 }) ?? true else { continue }
        switch fault.action {
        case .delay(let seconds): delay += seconds
        case .dropConnection: return StoreResponse(status: 0, body: "", drop: true)
        case .status(let code, let body): return StoreResponse(status: code, body: body, delay: delay)
        case .malformedJSON: return StoreResponse(status: 200, body: "{\"Kind\": \"service-def", delay: delay)
        }
      }
      var response = route(request)
      response.delay = delay
      if response.status == 500, _viaClientAgent { response.body = "rpc error making call: " + response.body }
      return response
    }
  }

  private func route(_ request: RecordedRequest) -> StoreResponse {
    if !_enterprise {
      for parameter in ["ns", "partition"] {
        if let value = request.parameter(parameter), !value.isEmpty {
          let feature = parameter == "ns" ? "Namespaces" : "Partitions"
          return text(400, "Invalid query parameter: \"\(parameter)\" - \(feature) are a Consul Enterprise feature")
        }
      }
    }
    if let dc = request.parameter("dc"), !dc.isEmpty, dc != "dc1" {
      return text(500, "No path to datacenter")
    }
    if request.path == "/v1/config" {
      guard request.method == "PUT" else { return notAllowed(request.method, allow: "PUT") }
      return put(request)
    }
    guard request.path.hasPrefix("/v1/config/") else { return text(404, "404 page not found") }
    let parts = request.path.dropFirst("/v1/config/".count).split(separator: "/", omittingEmptySubsequences: false)
      .map { String($0).removingPercentEncoding ?? String($0) }
    let kindText = parts.first ?? ""
    let name = parts.count > 1 ? parts[1] : ""
    switch request.method {
    case "GET":
      if kindText.isEmpty { return text(404, "Must provide either a kind or both kind and name") }
      guard let kind = EntryKind(rawValue: kindText) else { return text(500, "invalid config entry kind: \(kindText)") }
      if let denied = authorize(request, kind: kind, name: name, write: false) { return denied }
      if name.isEmpty {
        let entries = stored.values.filter { $0.kind == kind }.sorted { $0.name < $1.name }
        return StoreResponse(
          status: 200, headers: indexHeaders(), body: "[" + entries.map(render).joined(separator: ",") + "]")
      }
      guard let entry = stored[EntrySet.Key(kind: kind, name: name)] else {
        return text(404, "Config entry not found for \"\(kindText)\" / \"\(name)\"")
      }
      return StoreResponse(status: 200, headers: indexHeaders(), body: render(entry))
    case "DELETE":
      if kindText.isEmpty || name.isEmpty { return text(404, "Must provide both a kind and name to delete") }
      guard let kind = EntryKind(rawValue: kindText) else { return text(400, "invalid config entry kind: \(kindText)") }
      if let denied = authorize(request, kind: kind, name: name, write: true) { return denied }
      let key = EntrySet.Key(kind: kind, name: name)
      if let casText = request.parameter("cas") {
        guard let cas = UInt64(casText) else { return parseUintError(casText) }
        guard let entry = stored[key], entry.modifyIndex == cas else { return json("false") }
        stored[key] = nil
        index += 1
        return json("true")
      }
      if stored.removeValue(forKey: key) != nil { index += 1 }
      return json("{}")
    default:
      return notAllowed(request.method, allow: "GET,DELETE")
    }
  }

  private func put(_ request: RecordedRequest) -> StoreResponse {
    guard case .success(let value) = CatalogJSON.parse(Array(request.body.utf8)), case .object(let members) = value
    else {
      return text(400, "Request decoding failed: invalid character in the request body")
    }
    guard let kindValue = value["Kind"] ?? value["kind"] else {
      return text(400, "Request decoding failed: Payload does not contain a kind/Kind key at the top level")
    }
    guard case .string(let kindText) = kindValue else {
      return text(400, "Request decoding failed: Kind value in payload is not a string")
    }
    guard let kind = EntryKind(rawValue: kindText) else {
      return text(400, "Request decoding failed: invalid config entry kind: \(kindText)")
    }
    var name = ""
    if case .string(let text)? = value["Name"] { name = text }
    if let denied = authorize(request, kind: kind, name: name, write: true) { return denied }
    // Decode as Consul's server does: unknown keys are a 400.
    let file = SourceFile(name: "body", text: request.body)
    let decoded = EntryDecoder.decode(Parser.parse(file, id: FileID(0)).document)
    let unknown = decoded.diagnostics.filter { $0.rule == .unknownField }.map { diagnostic -> String in
      let bytes = file.bytes[diagnostic.range.start..<diagnostic.range.end]
      return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
    if !unknown.isEmpty {
      let lines = unknown.map { "\t* invalid config key \"\($0)\"" }.joined(separator: "\n")
      let count = unknown.count == 1 ? "1 error occurred" : "\(unknown.count) errors occurred"
      return text(400, "Request decoding failed: \(count):\n\(lines)\n\n")
    }
    if name.isEmpty, kind != .proxyDefaults, kind != .mesh { return text(500, "Name is required") }
    if kind == .proxyDefaults, !name.isEmpty, name != "global" {
      return text(500, "invalid name (\"\(name)\"), only \"global\" is supported")
    }
    let key = EntrySet.Key(kind: kind, name: kind == .proxyDefaults ? "global" : name)
    // Graph checks: the discovery chains of the store with this entry must compile.
    if let error = chainError(adding: members, kind: kind, key: key) { return text(500, error) }
    if let casText = request.parameter("cas") {
      guard let cas = UInt64(casText) else { return parseUintError(casText) }
      let existing = stored[key]
      if cas == 0, existing != nil { return json("false") }
      if cas != 0, existing?.modifyIndex != cas { return json("false") }
    }
    store(kind: kind, members: members)
    return json("true")
  }

  @discardableResult
  private func store(kind: EntryKind, members: [(String, CatalogJSON)]) -> UInt64 {
    var name = ""
    if let value = members.last(where: { $0.0 == "Name" })?.1, case .string(let text) = value { name = text }
    if kind == .proxyDefaults { name = "global" }
    let key = EntrySet.Key(kind: kind, name: name)
    index += 1
    let kept = StoreNormalization.apply(
      kind: kind, members.filter { !["CreateIndex", "ModifyIndex", "Hash"].contains($0.0) })
    stored[key] = Stored(
      kind: kind, name: name, members: kept, createIndex: stored[key]?.createIndex ?? index, modifyIndex: index)
    return index
  }

  private func chainError(adding members: [(String, CatalogJSON)], kind: EntryKind, key: EntrySet.Key) -> String? {
    var current: [SourceFile] = []
    var next: [SourceFile] = []
    for (existingKey, entry) in stored.sorted(by: { $0.key < $1.key }) {
      let file = SourceFile(name: "\(entry.kind.rawValue)/\(entry.name)", text: serialize(.object(entry.members)))
      current.append(file)
      if existingKey != key { next.append(file) }
    }
    next.append(SourceFile(name: "new", text: serialize(.object(members))))
    let before = ChainCompiler.compileAll(entries: Linter.lint(current).entries)
    let after = ChainCompiler.compileAll(entries: Linter.lint(next).entries)
    let old = Set(before.values.flatMap { $0.errors.map(\.message) })
    for service in after.keys.sorted() {
      if let error = after[service]?.errors.first(where: { !old.contains($0.message) }) { return error.message }
    }
    return nil
  }

  // MARK: - ACL

  private func authorize(_ request: RecordedRequest, kind: EntryKind, name: String, write: Bool) -> StoreResponse? {
    guard let acl = _acl else { return nil }
    var token = request.parameter("token") ?? request.header("X-Consul-Token")
    if token == nil, let authorization = request.header("Authorization") {
      let words = authorization.split(separator: " ")
      if words.count >= 2, words[0].lowercased() == "bearer" { token = String(words[1]) }
    }
    let resource: String
    switch kind {
    case .proxyDefaults, .mesh, .exportedServices, .ingressGateway, .terminatingGateway, .apiGateway:
      resource = write ? "mesh:write" : "mesh:read"
    case .serviceIntentions: resource = write ? "intentions:write" : "intentions:read"
    default: resource = write ? "service:write" : "service:read"
    }
    let target = name.isEmpty ? "" : " on \"\(name)\""
    guard let token, !token.isEmpty else {
      if !write, kind == .proxyDefaults || kind == .mesh { return nil }
      return text(
        403,
        "Permission denied: anonymous token lacks permission '\(resource)'\(target). The anonymous token is used implicitly when a request does not specify a token."
      )
    }
    if token == acl.management { return nil }
    if token == acl.read {
      if !write { return nil }
      return text(
        403,
        "Permission denied: token with AccessorID 'f1e2d3c4-0000-4000-8000-00000000000a' lacks permission '\(resource)'\(target)"
      )
    }
    return text(403, "ACL not found")
  }

  // MARK: - Responses

  private func render(_ entry: Stored) -> String {
    var members = entry.members
    // The server's own structs carry more zero fields than the api body.
    if entry.kind == .serviceDefaults, !members.contains(where: { $0.0 == "TransparentProxy" }) {
      members.append(("TransparentProxy", .object([])))
    }
    members.append(
      ("Hash", .number(Double(entry.modifyIndex * 7919 % 100_003), String(entry.modifyIndex * 7919 % 100_003))))
    members.append(("CreateIndex", .number(Double(entry.createIndex), String(entry.createIndex))))
    members.append(("ModifyIndex", .number(Double(entry.modifyIndex), String(entry.modifyIndex))))
    return serialize(.object(members))
  }

  private func serialize(_ value: CatalogJSON) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(_, let literal): return literal
    case .string(let text): return JSONValue.string(text).serialized()
    case .array(let elements): return "[" + elements.map(serialize).joined(separator: ",") + "]"
    case .object(let members):
      return "{" + members.map { JSONValue.string($0.0).serialized() + ":" + serialize($0.1) }.joined(separator: ",")
        + "}"
    }
  }

  private func indexHeaders() -> [(String, String)] {
    [("X-Consul-Index", String(max(index, 1))), ("X-Consul-KnownLeader", "true"), ("Content-Type", "application/json")]
  }

  private func text(_ status: Int, _ body: String) -> StoreResponse {
    StoreResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: body)
  }

  private func json(_ body: String) -> StoreResponse {
    StoreResponse(status: 200, headers: [("Content-Type", "application/json")], body: body)
  }

  private func notAllowed(_ method: String, allow: String) -> StoreResponse {
    var response = text(405, "method \(method) not allowed")
    response.headers.append(("Allow", allow))
    return response
  }

  private func parseUintError(_ text: String) -> StoreResponse {
    self.text(500, "strconv.ParseUint: parsing \(JSONValue.string(text).serialized()): invalid syntax")
  }
}
