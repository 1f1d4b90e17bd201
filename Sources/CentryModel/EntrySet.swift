import CentryCore

/// Every entry of one invocation, with Consul's state-store lookups.
///
/// Consul stores entries under (kind, lower-cased name) (spec core-entries §2): `Web` and `web` are
/// the same entry, and a later write replaces an earlier one. Lookups here therefore ignore case,
/// and when several entries share a key the **last** one (in input order) is the one returned;
/// ``duplicates`` lists every such group so a rule can report them.
public struct EntrySet: Sendable {
  /// All entries in input order (files in the order given, entries in file order).
  public private(set) var all: [DecodedEntry]
  /// The position in ``all`` of the last entry of each key (the one Consul would hold).
  private var index: [Key: Int]
  /// The earlier positions of keys written more than once, in input order. Kept apart so that
  /// the common key, written once, costs no array of its own.
  private var earlier: [Key: [Int]]
  /// Positions in ``all`` per kind, so per-kind scans cost what that kind holds, not the whole set.
  private var byKind: [EntryKind: [Int]]

  /// The state-store identity of an entry.
  public struct Key: Hashable, Sendable, Comparable {
    public var kind: EntryKind
    /// Lower-cased name (`global` for an unnamed proxy-defaults).
    public var name: String

    public init(kind: EntryKind, name: String) {
      self.kind = kind
      self.name = name.lowercasedCheaply
    }

    public static func < (a: Key, b: Key) -> Bool {
      a.kind != b.kind ? a.kind < b.kind : a.name < b.name
    }
  }

  public init(_ entries: [DecodedEntry] = []) {
    all = []
    index = [:]
    earlier = [:]
    byKind = [:]
    for entry in entries { append(entry) }
  }

  public mutating func append(_ entry: DecodedEntry) {
    let key = Key(kind: entry.kind, name: entry.entry.effectiveName)
    if let previous = index.updateValue(all.count, forKey: key) { earlier[key, default: []].append(previous) }
    byKind[entry.kind, default: []].append(all.count)
    all.append(entry)
  }

  public var count: Int { all.count }
  public var isEmpty: Bool { all.isEmpty }

  /// The entry Consul would hold for (kind, name), case-insensitively; the last one written wins.
  public func entry(kind: EntryKind, name: String) -> DecodedEntry? {
    index[Key(kind: kind, name: name)].map { all[$0] }
  }

  /// Entries of one kind, in input order (duplicates included).
  public func entries(of kind: EntryKind) -> [DecodedEntry] {
    (byKind[kind] ?? []).map { all[$0] }
  }

  /// Groups of two or more entries with the same (kind, case-insensitive name), in input order;
  /// groups sorted by key.
  public var duplicates: [[DecodedEntry]] {
    earlier.keys.sorted().compactMap { key in
      guard let earlierPositions = earlier[key], let last = index[key] else { return nil }
      return (earlierPositions + [last]).map { all[$0] }
    }
  }

  public func serviceDefaults(named name: String) -> ServiceDefaults? {
    entry(kind: .serviceDefaults, name: name)?.serviceDefaults
  }

  public func router(for service: String) -> ServiceRouter? {
    entry(kind: .serviceRouter, name: service)?.serviceRouter
  }

  public func splitter(for service: String) -> ServiceSplitter? {
    entry(kind: .serviceSplitter, name: service)?.serviceSplitter
  }

  public func resolver(for service: String) -> ServiceResolver? {
    entry(kind: .serviceResolver, name: service)?.serviceResolver
  }

  /// The proxy-defaults entry Consul would hold: the last one named `global` or unnamed (Consul
  /// names it `global`). Consul rejects every other name, `Global` included (the comparison is
  /// case-sensitive), so a misnamed entry configures nothing: not the chain's protocol, mesh
  /// gateway mode or failover policy.
  public var proxyDefaults: ProxyDefaults? {
    (byKind[.proxyDefaults] ?? []).reversed().lazy.map { all[$0] }
      .first { $0.entry.effectiveName == "global" }?.proxyDefaults
  }

  /// Every service named by an entry of the four discovery-chain kinds (case as first written),
  /// sorted.
  public var serviceNames: [String] {
    var seen: Set<String> = []
    var names: [String] = []
    for entry in all {
      switch entry.kind {
      case .serviceDefaults, .serviceRouter, .serviceSplitter, .serviceResolver:
        let name = entry.entry.effectiveName
        if !name.isEmpty, seen.insert(name.lowercasedCheaply).inserted { names.append(name) }
      case .proxyDefaults, .ingressGateway, .terminatingGateway, .serviceIntentions, .mesh,
        .exportedServices, .samenessGroup, .apiGateway, .tcpRoute, .fileSystemCertificate,
        .inlineCertificate, .httpRoute, .controlPlaneRequestLimit, .jwtProvider:
        break
      }
    }
    return names.sorted()
  }
}
