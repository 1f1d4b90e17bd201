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

/// The library's front door: parse, decode and check a set of files.
public enum Linter {
  /// Runs every stage over `files`, which together form one entry set.
  public static func lint(_ files: [SourceFile], options: LintOptions = LintOptions()) -> LintReport {
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
    var entries = EntrySet()
    var entryCount = 0
    for document in documents {
      let decoded = EntryDecoder.decode(document)
      for entry in decoded.entries { entries.append(entry) }
      diagnostics += decoded.diagnostics
      entryCount += decoded.entryCount
    }
    var context = CheckContext(sources: sources, documents: documents, entries: entries)
    context.stageDiagnostics = diagnostics
    context.catalog = options.catalog
    context.chains = ChainCompiler.compileAll(entries: entries, options: options.chains)
    diagnostics += Checker.run(context)
    var report = LintReport(
      sources: sources, documents: documents, diagnostics: diagnostics.sortedForOutput(), entryCount: entryCount)
    report.entries = context.entries
    report.chainOptions = options.chains
    report.chains = context.chains
    return report
  }
}
