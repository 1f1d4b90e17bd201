import CentryCore

/// One decoded config entry.
///
/// Switch over it exhaustively; adding a modelled kind then fails to compile until every consumer
/// handles it.
///
/// `indirect`: the payloads are large (over a kilobyte for a router or resolver), and entries are
/// copied by every lookup; boxed, a copy is a reference-count increment and each entry takes only
/// its own kind's size.
public indirect enum ConfigEntry: Sendable, Hashable {
  case serviceDefaults(ServiceDefaults)
  case proxyDefaults(ProxyDefaults)
  case serviceRouter(ServiceRouter)
  case serviceSplitter(ServiceSplitter)
  case serviceResolver(ServiceResolver)
  /// A kind Consul knows but centry does not model (gateways, intentions, mesh …).
  case unsupported(UnsupportedEntry)

  /// The entry's kind.
  public var kind: EntryKind {
    switch self {
    case .serviceDefaults: .serviceDefaults
    case .proxyDefaults: .proxyDefaults
    case .serviceRouter: .serviceRouter
    case .serviceSplitter: .serviceSplitter
    case .serviceResolver: .serviceResolver
    case .unsupported(let entry): entry.kind
    }
  }

  /// `Name` as written (`nil` when absent).
  public var name: Located<String>? {
    switch self {
    case .serviceDefaults(let entry): entry.name
    case .proxyDefaults(let entry): entry.name
    case .serviceRouter(let entry): entry.name
    case .serviceSplitter(let entry): entry.name
    case .serviceResolver(let entry): entry.name
    case .unsupported(let entry): entry.name
    }
  }

  /// `Meta`, when written.
  public var meta: Located<OrderedMap<String>>? {
    switch self {
    case .serviceDefaults(let entry): entry.meta
    case .proxyDefaults(let entry): entry.meta
    case .serviceRouter(let entry): entry.meta
    case .serviceSplitter(let entry): entry.meta
    case .serviceResolver(let entry): entry.meta
    case .unsupported: nil
    }
  }

  /// The name Consul stores the entry under: `Name`, except that an empty proxy-defaults name is
  /// `global`.
  public var effectiveName: String {
    let written = name?.value ?? ""
    switch self {
    case .proxyDefaults: return written.isEmpty ? "global" : written
    case .serviceDefaults, .serviceRouter, .serviceSplitter, .serviceResolver, .unsupported: return written
    }
  }
}

/// An entry of a kind centry knows but does not model; only its kind and name are read.
public struct UnsupportedEntry: Sendable, Hashable {
  public var kind: EntryKind
  public var name: Located<String>?

  public init(kind: EntryKind, name: Located<String>? = nil) {
    self.kind = kind
    self.name = name
  }
}

/// A config entry with where it came from.
public struct DecodedEntry: Sendable {
  public var entry: ConfigEntry
  public var file: FileID
  /// The whole entry object (the file's body, or one `config_entries.bootstrap` element).
  public var range: SourceRange
  /// Where `Kind` was written: key and value.
  public var kindRange: Located<String>
  /// The element index when the entry came from `config_entries { bootstrap = [...] }`.
  public var bootstrapIndex: Int?

  public init(
    entry: ConfigEntry, file: FileID, range: SourceRange, kindRange: Located<String>,
    bootstrapIndex: Int? = nil
  ) {
    self.entry = entry
    self.file = file
    self.range = range
    self.kindRange = kindRange
    self.bootstrapIndex = bootstrapIndex
  }

  public var kind: EntryKind { entry.kind }
  public var name: Located<String>? { entry.name }

  /// The typed entry when it is of that kind.
  public var serviceDefaults: ServiceDefaults? {
    if case .serviceDefaults(let value) = entry { return value }
    return nil
  }
  public var proxyDefaults: ProxyDefaults? {
    if case .proxyDefaults(let value) = entry { return value }
    return nil
  }
  public var serviceRouter: ServiceRouter? {
    if case .serviceRouter(let value) = entry { return value }
    return nil
  }
  public var serviceSplitter: ServiceSplitter? {
    if case .serviceSplitter(let value) = entry { return value }
    return nil
  }
  public var serviceResolver: ServiceResolver? {
    if case .serviceResolver(let value) = entry { return value }
    return nil
  }
}
