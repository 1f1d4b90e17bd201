import CentryCore
import CentryModel
import CentrySyntax

/// Shared helpers of the validation rules: the entries of each kind, Go's message formatting, and
/// where to point when a required field is missing.
enum ConsulValidation {
  // MARK: - Entries

  /// Stage diagnostics after which Consul never validates the entry, and whose dropped value
  /// would make validation report misleading follow-ups (`Weight = "ninety"` read as 0 would
  /// also break the weight sum).
  static let blockingRules: Set<RuleID> = [.syntax, .typeMismatch, .invalidDuration, .tooManyBlocks]

  /// The entries to validate: all, except those with a blocking parse or decode error inside.
  /// ``Linter`` computes this once into ``CheckContext/validatableEntries`` for the many rules
  /// that call it.
  static func validatable(_ context: CheckContext) -> [DecodedEntry] {
    context.validatableEntries ?? computeValidatable(context)
  }

  static func computeValidatable(_ context: CheckContext) -> [DecodedEntry] {
    // Blocking errors per file, so the test per entry looks only at its own file's errors.
    var blocked: [FileID: [Int]] = [:]
    for diagnostic in context.stageDiagnostics
    where diagnostic.severity == .error && blockingRules.contains(diagnostic.rule) {
      blocked[diagnostic.range.file, default: []].append(diagnostic.range.start)
    }
    guard !blocked.isEmpty else { return context.entries.all }
    return context.entries.all.filter { entry in
      !(blocked[entry.range.file] ?? []).contains { (entry.range.start...entry.range.end).contains($0) }
    }
  }

  static func serviceDefaults(_ context: CheckContext) -> [(entry: DecodedEntry, value: ServiceDefaults)] {
    context.validatableByKind?.serviceDefaults ?? ValidatableByKind(validatable(context)).serviceDefaults
  }

  static func routers(_ context: CheckContext) -> [(entry: DecodedEntry, value: ServiceRouter)] {
    context.validatableByKind?.routers ?? ValidatableByKind(validatable(context)).routers
  }

  static func splitters(_ context: CheckContext) -> [(entry: DecodedEntry, value: ServiceSplitter)] {
    context.validatableByKind?.splitters ?? ValidatableByKind(validatable(context)).splitters
  }

  static func resolvers(_ context: CheckContext) -> [(entry: DecodedEntry, value: ServiceResolver)] {
    context.validatableByKind?.resolvers ?? ValidatableByKind(validatable(context)).resolvers
  }

  /// Every route with its index and its HTTP match (when it has one).
  static func routes(_ router: ServiceRouter) -> [(
    index: Int, route: Located<ServiceRoute>, http: ServiceRouteHTTPMatch?
  )] {
    router.routes.orEmpty().enumerated().map { index, route in
      (index, route, route.value.match?.value.http?.value)
    }
  }

  /// Every header or query parameter match (`\.header`, `\.queryParam`) of every route, with the
  /// indexes Consul's messages use (`Route[0] Header[1]`).
  static func matches<Match>(
    _ context: CheckContext, _ list: KeyPath<ServiceRouteHTTPMatch, Located<[Located<Match>]>?>
  )
    -> [(route: Int, position: Int, match: Located<Match>)]
  {
    // Plain loops: four rules call this over every route, and the nested flatMaps built two
    // intermediate arrays per router and route.
    var result: [(route: Int, position: Int, match: Located<Match>)] = []
    for (_, router) in routers(context) {
      for (index, route) in router.routes.orEmpty().enumerated() {
        guard let matches = route.value.match?.value.http?.value[keyPath: list]?.value else { continue }
        for (position, match) in matches.enumerated() { result.append((index, position, match)) }
      }
    }
    return result
  }

  // MARK: - Values

  /// The field when it is written with a non-empty string (Consul's `!= ""`).
  static func nonEmpty(_ field: Located<String>?) -> Located<String>? {
    guard let field, !field.value.isEmpty else { return nil }
    return field
  }

  /// True when the field is written with a non-empty string.
  static func isSet(_ field: Located<String>?) -> Bool { nonEmpty(field) != nil }

  /// Where to point when a whole entry is at fault (a missing required field): its `Kind`.
  static func anchor(_ entry: DecodedEntry) -> SourceRange { entry.kindRange.range }

  /// The later-written of two ranges (by start offset), for "A cannot be set with B" conflicts.
  static func later(_ a: SourceRange, _ b: SourceRange) -> SourceRange {
    (a.file, a.start) > (b.file, b.start) ? a : b
  }

  /// The earlier-written of two ranges.
  static func earlier(_ a: SourceRange, _ b: SourceRange) -> SourceRange {
    later(a, b) == a ? b : a
  }

  // MARK: - Go formatting

  /// Go's `%q` of a string; see ``GoFormat/quote(_:)``.
  static func quote(_ text: String) -> String { GoFormat.quote(text) }

  /// A user value in backticks for a message (`Ring_Hash`), with control characters escaped.
  static func code(_ text: String) -> String {
    let quoted = quote(text)
    let inner = quoted.dropFirst().dropLast()
    return "`" + inner.replacingBackticks() + "`"
  }

  /// Index path segments as Consul prints them (`Route[0]`).
  static func indexed(_ name: String, _ index: Int) -> String { "\(name)[\(index)]" }
}

extension Substring {
  fileprivate func replacingBackticks() -> String {
    String(map { $0 == "`" ? "'" : $0 })
  }
}

/// One upstream configuration of a service-defaults, with Consul's message prefix for it.
struct UpstreamConfigSite {
  var config: Located<UpstreamConfig>
  /// True for an `Overrides` element, false for `Defaults`.
  var isOverride: Bool

  /// `error in upstream override for redis:: ` / `error in upstream defaults: `.
  var consulPrefix: String {
    guard isOverride else { return "error in upstream defaults: " }
    return "error in upstream override for \(config.value.name?.value ?? ""):\(config.value.peer?.value ?? ""): "
  }

  /// `upstream defaults` / `upstream override `redis``, for centry's messages.
  var label: String {
    guard isOverride else { return "upstream defaults" }
    let name = config.value.name?.value ?? ""
    return name.isEmpty ? "upstream override" : "upstream override \(ConsulValidation.code(name))"
  }

  /// Every upstream configuration of `defaults`, overrides first as Consul checks them.
  static func all(_ defaults: ServiceDefaults) -> [UpstreamConfigSite] {
    let upstream = defaults.upstreamConfig?.value
    let overrides = upstream?.overrides.orEmpty().map { UpstreamConfigSite(config: $0, isOverride: true) } ?? []
    let fallback = upstream?.defaults.map { [UpstreamConfigSite(config: $0, isOverride: false)] } ?? []
    return overrides + fallback
  }
}

/// The validatable entries of the four chain kinds with their values, taken out once for all the
/// validation rules (``CheckContext/validatableByKind``): each rule used to copy every entry's
/// value out of the entry set again, concurrently, for a few megabytes per rule at 10,000 entries.
struct ValidatableByKind {
  var serviceDefaults: [(entry: DecodedEntry, value: ServiceDefaults)] = []
  var routers: [(entry: DecodedEntry, value: ServiceRouter)] = []
  var splitters: [(entry: DecodedEntry, value: ServiceSplitter)] = []
  var resolvers: [(entry: DecodedEntry, value: ServiceResolver)] = []

  init(_ entries: [DecodedEntry]) {
    for entry in entries {
      switch entry.entry {
      case .serviceDefaults(let value): serviceDefaults.append((entry, value))
      case .serviceRouter(let value): routers.append((entry, value))
      case .serviceSplitter(let value): splitters.append((entry, value))
      case .serviceResolver(let value): resolvers.append((entry, value))
      case .proxyDefaults, .unsupported: break
      }
    }
  }
}
