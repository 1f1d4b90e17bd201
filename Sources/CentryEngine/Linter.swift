import CentryAnalysis
import CentryCore
import CentryModel
import CentrySyntax

/// The result of checking one set of inputs.
public struct LintReport: Sendable {
  public var sources: SourceMap
  public var documents: [Document]
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

/// What the decode stage produced: the typed entries, with everything the parse stage kept.
public struct DecodedInputs: Sendable {
  public var parsed: ParsedInputs
  public var entries: EntrySet
  /// How many config entries were found (decoded or not).
  public var entryCount: Int
  /// Parse and decode diagnostics, in file order.
  public var diagnostics: [Diagnostic]
}

/// The library's front door: parse, decode and check a set of files.
///
/// ``lint(_:options:)`` runs the three stages ``parse(_:)``, ``decode(_:)`` and
/// ``check(_:options:)`` in order; they are public on their own so that `centry-bench` can time
/// each one.
public enum Linter {
  /// Runs every stage over `files`, which together form one entry set.
  public static func lint(_ files: [SourceFile], options: LintOptions = LintOptions()) -> LintReport {
    check(decode(parse(files)), options: options)
  }

  /// Parses every file (YAML files are reported, not parsed).
  public static func parse(_ files: [SourceFile]) -> ParsedInputs {
    var sources = SourceMap()
    var documents: [Document] = []
    var diagnostics: [Diagnostic] = []
    for file in files {
      let id = sources.add(file)
      // YAML (consul-k8s resources) is not read yet: report it instead of misparsing it as HCL.
      if UnsupportedInputRule.isYAML(file.name) {
        diagnostics.append(UnsupportedInputRule.unsupportedYAML(file, id: id))
        continue
      }
      let parsed = Parser.parse(file, id: id)
      documents.append(parsed.document)
      diagnostics += parsed.diagnostics
    }
    return ParsedInputs(sources: sources, documents: documents, diagnostics: diagnostics)
  }

  /// Decodes the config entries of every parsed document into one entry set.
  public static func decode(_ parsed: ParsedInputs) -> DecodedInputs {
    var entries = EntrySet()
    var entryCount = 0
    var diagnostics = parsed.diagnostics
    for document in parsed.documents {
      let decoded = EntryDecoder.decode(document)
      for entry in decoded.entries { entries.append(entry) }
      diagnostics += decoded.diagnostics
      entryCount += decoded.entryCount
    }
    return DecodedInputs(parsed: parsed, entries: entries, entryCount: entryCount, diagnostics: diagnostics)
  }

  /// Compiles the discovery chains and runs every rule over the decoded entry set.
  public static func check(_ decoded: DecodedInputs, options: LintOptions = LintOptions()) -> LintReport {
    let parsed = decoded.parsed
    var diagnostics = decoded.diagnostics
    var context = CheckContext(sources: parsed.sources, documents: parsed.documents, entries: decoded.entries)
    context.stageDiagnostics = diagnostics
    context.catalog = options.catalog
    context.chains = ChainCompiler.compileAll(entries: decoded.entries, options: options.chains)
    diagnostics += Checker.run(context)
    var report = LintReport(
      sources: parsed.sources, documents: parsed.documents, diagnostics: diagnostics.sortedForOutput(),
      entryCount: decoded.entryCount)
    report.entries = context.entries
    report.chainOptions = options.chains
    report.chains = context.chains
    return report
  }
}
