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

  static func serviceDefaults(_ context: CheckContext) -> KindEntries<ServiceDefaults> {
    KindEntries(byKind(context).serviceDefaults, \.serviceDefaults)
  }

  static func routers(_ context: CheckContext) -> KindEntries<ServiceRouter> {
    KindEntries(byKind(context).routers, \.serviceRouter)
  }

  static func splitters(_ context: CheckContext) -> KindEntries<ServiceSplitter> {
    KindEntries(byKind(context).splitters, \.serviceSplitter)
  }

  static func resolvers(_ context: CheckContext) -> KindEntries<ServiceResolver> {
    KindEntries(byKind(context).resolvers, \.serviceResolver)
  }

  private static func byKind(_ context: CheckContext) -> ValidatableByKind {
    context.validatableByKind ?? ValidatableByKind(validatable(context))
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
  ///
  /// Made as they are reached (four rules walk every route with it): a list of them held a copy
  /// of every header match of the entry set while a rule ran. The opaque type keeps the callers'
  /// `flatMap`/`compactMap` the eager ones.
  static func matches<Match>(
    _ context: CheckContext, _ list: KeyPath<ServiceRouteHTTPMatch, Located<[Located<Match>]>?>
  )
    -> some Sequence<(route: Int, position: Int, match: Located<Match>)>
  {
    routers(context).lazy.flatMap { _, router in
      router.routes.orEmpty().enumerated().lazy.flatMap { index, route in
        (route.value.match?.value.http?.value[keyPath: list]?.value ?? []).enumerated().lazy.map {
          (route: index, position: $0.offset, match: $0.element)
        }
      }
    }
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

/// The validatable entries of the four chain kinds, sorted out once for all the validation rules
/// (``CheckContext/validatableByKind``).
///
/// Only the entries are kept (they share their payload with the entry set): a list of
/// `(entry, value)` pairs held every router's, resolver's and service-defaults' value inline, a
/// copy of the whole decoded model's top level (19 MB at 10,000 entries) for as long as the rules
/// ran. ``KindEntries`` hands each value out as it is reached instead.
struct ValidatableByKind {
  var serviceDefaults: [DecodedEntry] = []
  var routers: [DecodedEntry] = []
  var splitters: [DecodedEntry] = []
  var resolvers: [DecodedEntry] = []

  init(_ entries: [DecodedEntry]) {
    for entry in entries {
      switch entry.entry {
      case .serviceDefaults: serviceDefaults.append(entry)
      case .serviceRouter: routers.append(entry)
      case .serviceSplitter: splitters.append(entry)
      case .serviceResolver: resolvers.append(entry)
      case .proxyDefaults, .unsupported: break
      }
    }
  }
}

/// The validatable entries of one kind with their typed values, in input order: a sequence whose
/// elements are made as they are reached, so a rule holds one value at a time, not all of them.
struct KindEntries<Value>: Sequence {
  private let entries: [DecodedEntry]
  private let value: KeyPath<DecodedEntry, Value?>

  init(_ entries: [DecodedEntry], _ value: KeyPath<DecodedEntry, Value?>) {
    self.entries = entries
    self.value = value
  }

  struct Iterator: IteratorProtocol {
    fileprivate var entries: IndexingIterator<[DecodedEntry]>
    fileprivate let value: KeyPath<DecodedEntry, Value?>

    mutating func next() -> (entry: DecodedEntry, value: Value)? {
      // Every entry is of the kind (``ValidatableByKind`` sorted them); one that is not is skipped.
      while let entry = entries.next() {
        if let value = entry[keyPath: value] { return (entry, value) }
      }
      return nil
    }
  }

  func makeIterator() -> Iterator { Iterator(entries: entries.makeIterator(), value: value) }

  var underestimatedCount: Int { entries.count }
}
