/// The result of checking one set of inputs.
public struct LintReport: Sendable {
  public var sources: SourceMap
  public var documents: [Document]
  /// Every diagnostic, sorted for output.
  public var diagnostics: [Diagnostic]
  /// How many config entries were found (decoded or not).
  public var entryCount: Int
  /// The decoded entry set (for commands that compile chains with their own options).
  public var entries = EntrySet()

  public var fileCount: Int { sources.files.count }
  public var errorCount: Int { diagnostics.errorCount }
  public var warningCount: Int { diagnostics.warningCount }
}

/// Options that change what `lint` checks.
public struct LintOptions: Sendable {
  /// Service instances to evaluate subset filters against (`lint --catalog FILE`); `nil` skips
  /// the catalog rules.
  public var catalog: ServiceCatalog?

  public init(catalog: ServiceCatalog? = nil) {
    self.catalog = catalog
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
      if InputRules.isYAML(file.name) {
        diagnostics.append(InputRules.unsupportedYAML(file, id: id))
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
    context.chains = ChainCompiler.compileAll(entries: entries)
    context.expressionFindings = ExpressionSites.findings(context)
    context.validatableEntries = ConsulValidation.computeValidatable(context)
    for rule in RuleRegistry.checks {
      diagnostics += rule.check(context)
    }
    var report = LintReport(
      sources: sources, documents: documents, diagnostics: diagnostics.sortedForOutput(), entryCount: entryCount)
    report.entries = context.entries
    return report
  }
}
