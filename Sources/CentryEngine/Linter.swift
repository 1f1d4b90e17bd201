import CentryAnalysis
import CentryCore
import CentryModel
import CentrySyntax

/// The result of checking one set of inputs.
public struct LintReport: Sendable {
  public var sources: SourceMap
  /// Every diagnostic, sorted for output.
  public var diagnostics: [Diagnostic]
  /// How many config entries were found (decoded or not).
  public var entryCount: Int
  /// The decoded entry set.
  public var entries = EntrySet()
  /// Where the chains were compiled.
  public var chainOptions = ChainOptions()
  /// The discovery chain of every service an entry names, keyed by name as first written
  /// (``ChainCompiler/services(in:)``), compiled once per run: the chain rules checked these, and
  /// every output of the run (Envoy, `explain`, `route`) renders them.
  public var chains: [String: ChainCompilation] = [:]

  /// How many of the files are live entries fetched from Consul (``Linter/lint(_:over:options:)``),
  /// which follow the inputs in ``sources`` and are not counted as inputs.
  public var liveFileCount = 0

  /// The number of input files.
  public var fileCount: Int { sources.files.count - liveFileCount }

  /// The chain of `service` (its name exactly as an entry writes it, else as asked): the run's
  /// compilation, or Consul's default chain for a service no entry names, compiled with the
  /// run's options.
  public func chain(for service: String) -> ChainCompilation {
    chains[service] ?? ChainCompiler.compile(service: service, entries: entries, options: chainOptions)
  }
  /// The syntax tree of `file`, parsed again from its source: a lint keeps no trees after
  /// decoding (they are most of its memory), and only rare paths (locating a message of Consul's
  /// in the input) need one.
  public func document(for file: FileID) -> Document? {
    guard file.index >= 0, file.index < sources.files.count else { return nil }
    let source = sources[file]
    if UnsupportedInputRule.isYAML(source.name) { return nil }
    return Parser.parse(source, id: file).document
  }

  public var errorCount: Int { diagnostics.errorCount }
  public var warningCount: Int { diagnostics.warningCount }
}

/// Options that change what `lint` checks.
public struct LintOptions: Sendable {
  /// Service instances to evaluate subset filters against (`lint --catalog FILE`); `nil` skips
  /// the catalog rules.
  public var catalog: ServiceCatalog?
  /// Where discovery chains are compiled (trust domain, datacenter): one setting for the chain
  /// rules and for every output of the run.
  public var chains: ChainOptions

  public init(catalog: ServiceCatalog? = nil, chains: ChainOptions = ChainOptions()) {
    self.catalog = catalog
    self.chains = chains
  }
}

/// What the parse stage produced: every file's syntax tree and the diagnostics so far.
public struct ParsedInputs: Sendable {
  public var sources: SourceMap
  public var documents: [Document]
  /// Input and syntax diagnostics, in file order.
  public var diagnostics: [Diagnostic]
}

/// What the decode stage produced: the typed entries and the sources, without the syntax trees
/// (of those, only the literals of the expression strings are kept, for the expression rules).
public struct DecodedInputs: Sendable {
  public var sources: SourceMap
  public var entries: EntrySet
  /// The string literals the expression rules map their findings through.
  public var literals: ExpressionLiterals
  /// How many config entries were found (decoded or not).
  public var entryCount: Int
  /// Parse and decode diagnostics: every file's parse diagnostics, then every file's decode
  /// diagnostics, in file order.
  public var diagnostics: [Diagnostic]
}

/// The library's front door: parse, decode and check a set of files.
///
/// ``lint(_:options:)`` runs ``read(_:)`` (parsing and decoding, file by file, on every core) and
/// ``check(_:options:)``. The stages ``parse(_:)`` and ``decode(_:)`` are public on their own so
/// that `centry-bench` can time each one; `read` gives the same result without holding every
/// syntax tree at once.
public enum Linter {
  /// Runs every stage over `files`, which together form one entry set.
  /// All of it runs on a stack deep enough for the nesting bounds (`DeepStack`): the rules walk
  /// the decoded values as deep as the input nests.
  public static func lint(_ files: [SourceFile], options: LintOptions = LintOptions()) -> LintReport {
    DeepStack.run { check(read(files), options: options) }
  }

  /// What one file gives the pipeline: its tree (or `nil` for YAML) and its parse diagnostics.
  private struct ParsedFile {
    var document: Document?
    var diagnostics: [Diagnostic]
  }

  /// What one file gives the later stages once decoded; its tree is gone.
  private struct DecodedFile {
    var parseDiagnostics: [Diagnostic]
    var decoded: DecodeResult
    var literals: ExpressionLiterals
  }

  /// Files parsed per task when spread over the cores: a file is often a single small entry.
  private static let filesPerChunk = 8

  /// Parses one file (YAML files are reported, not parsed).
  private static func parse(_ file: SourceFile, id: FileID) -> ParsedFile {
    // YAML (consul-k8s resources) is not read yet: report it instead of misparsing it as HCL.
    if UnsupportedInputRule.isYAML(file.name) {
      return ParsedFile(document: nil, diagnostics: [UnsupportedInputRule.unsupportedYAML(file, id: id)])
    }
    let parsed = Parser.parse(file, id: id)
    return ParsedFile(document: parsed.document, diagnostics: parsed.diagnostics)
  }

  /// Decodes one file's tree, keeping of it only the expression literals.
  private static func decode(_ document: Document) -> (DecodeResult, ExpressionLiterals) {
    let decoded = EntryDecoder.decode(document)
    var literals = ExpressionLiterals()
    literals.add(document, entries: decoded.entries)
    return (decoded, literals)
  }

  /// The sources of `files`, whose IDs are their positions.
  private static func sourceMap(_ files: [SourceFile]) -> SourceMap {
    var sources = SourceMap()
    for file in files { sources.add(file) }
    return sources
  }

  /// Parses every file (YAML files are reported, not parsed), on every core.
  public static func parse(_ files: [SourceFile]) -> ParsedInputs {
    let parsed = Parallel.map(Array(files.enumerated()), minimumPerChunk: filesPerChunk) { index, file in
      parse(file, id: FileID(index))
    }
    return ParsedInputs(
      sources: sourceMap(files), documents: parsed.compactMap(\.document), diagnostics: parsed.flatMap(\.diagnostics))
  }

  /// Decodes the config entries of every parsed document into one entry set, on every core.
  public static func decode(_ parsed: ParsedInputs) -> DecodedInputs {
    let decoded = Parallel.map(parsed.documents, minimumPerChunk: filesPerChunk, decode)
    return assemble(
      sources: parsed.sources, parseDiagnostics: parsed.diagnostics,
      files: decoded.map { DecodedFile(parseDiagnostics: [], decoded: $0.0, literals: $0.1) })
  }

  /// Parses and decodes every file, on every core; each file's tree is dropped as soon as the file
  /// is decoded, so the trees of a large set are never all in memory.
  public static func read(_ files: [SourceFile]) -> DecodedInputs {
    let decoded = Parallel.map(Array(files.enumerated()), minimumPerChunk: filesPerChunk) { index, file in
      let parsed = parse(file, id: FileID(index))
      guard let document = parsed.document else {
        return DecodedFile(
          parseDiagnostics: parsed.diagnostics, decoded: DecodeResult(), literals: ExpressionLiterals())
      }
      let (result, literals) = decode(document)
      return DecodedFile(parseDiagnostics: parsed.diagnostics, decoded: result, literals: literals)
    }
    return assemble(sources: sourceMap(files), parseDiagnostics: [], files: decoded)
  }

  /// Joins the files' results in file order.
  private static func assemble(sources: SourceMap, parseDiagnostics: [Diagnostic], files: [DecodedFile])
    -> DecodedInputs
  {
    var entries = EntrySet()
    var entryCount = 0
    var literals = ExpressionLiterals()
    var diagnostics = parseDiagnostics
    for file in files { diagnostics += file.parseDiagnostics }
    for file in files {
      for entry in file.decoded.entries { entries.append(entry) }
      diagnostics += file.decoded.diagnostics
      entryCount += file.decoded.entryCount
      literals.merge(file.literals)
    }
    return DecodedInputs(
      sources: sources, entries: entries, literals: literals, entryCount: entryCount, diagnostics: diagnostics)
  }

  /// Compiles the discovery chains and runs every rule over the decoded entry set.
  public static func check(_ decoded: DecodedInputs, options: LintOptions = LintOptions()) -> LintReport {
    var diagnostics = decoded.diagnostics
    var context = CheckContext(sources: decoded.sources, documents: [], entries: decoded.entries)
    context.expressionLiterals = decoded.literals
    context.stageDiagnostics = diagnostics
    context.catalog = options.catalog
    context.chains = ChainCompiler.compileAll(entries: decoded.entries, options: options.chains)
    diagnostics += Checker.run(context)
    var report = LintReport(
      sources: decoded.sources, diagnostics: diagnostics.sortedForOutput(), entryCount: decoded.entryCount)
    report.entries = context.entries
    report.chainOptions = options.chains
    report.chains = context.chains
    return report
  }
}
