import CentryAnalysis
import CentryCore
import CentryEmit

/// What `centry compile --to` produces.
public enum CompileTarget: String, Sendable, CaseIterable {
  /// The JSON body `consul config write` PUTs.
  case json
  /// The Envoy resources Consul's xDS server sends a connect proxy for an upstream.
  case envoy
  /// consul-k8s custom resources (not implemented yet).
  case crd
  /// Canonical HCL (not implemented yet).
  case hcl

  /// False for targets that are announced in the CLI contract but not written yet.
  public var isImplemented: Bool {
    switch self {
    case .json, .envoy: true
    case .crd, .hcl: false
    }
  }
}

/// Settings of `centry compile`.
public struct CompileOptions: Sendable {
  public var target: CompileTarget
  /// `--to envoy` only: the upstream service to render; every service with a chain when `nil`.
  public var service: String?
  /// `--to envoy` only: the envoy output settings (trust domain, datacenter).
  public var envoy: EnvoyOptions
  /// Also refuse to emit when there are warnings.
  public var strict: Bool

  public init(target: CompileTarget, service: String? = nil, envoy: EnvoyOptions = EnvoyOptions(), strict: Bool = false)
  {
    self.target = target
    self.service = service
    self.envoy = envoy
    self.strict = strict
  }
}

/// The outcome of `compile`.
public struct CompileResult: Sendable {
  public enum Outcome: Sendable, Equatable {
    /// The emitted text for stdout.
    case emitted(String)
    /// The input has errors (or warnings under `strict`): nothing is emitted (exit 1).
    case refused
    /// The tool cannot do this job (unmodelled kind, unknown service …): the message (exit 2).
    case failed(String)
  }

  /// Everything lint found; rendered on stderr.
  public var report: LintReport
  public var outcome: Outcome
  /// Notes for stderr beside the output (`--to envoy`: placeholders used, settings not rendered).
  public var notes: [String] = []
}

/// The library's entry point for `centry compile`.
public enum Compiler {
  /// Lints `files` as one set, then emits `options.target` unless there are errors. The chains
  /// are compiled once, where `options.envoy` says, for the chain rules and the Envoy output.
  public static func compile(_ files: [SourceFile], options: CompileOptions, lint: LintOptions = LintOptions())
    -> CompileResult
  {
    var lint = lint
    lint.chains = options.envoy.chainOptions
    let report = Linter.lint(files, options: lint)
    if report.errorCount > 0 || (options.strict && report.warningCount > 0) {
      return CompileResult(report: report, outcome: .refused)
    }
    let (outcome, notes) = DeepStack.run { emitWithNotes(report, options: options) }
    return CompileResult(report: report, outcome: outcome, notes: notes)
  }

  /// Emits the entries of an already checked run.
  /// Runs on a deep stack (`DeepStack`): the emitters write a nested `Config` as deep as it goes.
  public static func emit(_ report: LintReport, options: CompileOptions) -> CompileResult.Outcome {
    DeepStack.run { emitWithNotes(report, options: options).outcome }
  }

  /// ``emit(_:options:)`` with the notes of the target.
  static func emitWithNotes(_ report: LintReport, options: CompileOptions) -> (
    outcome: CompileResult.Outcome, notes: [String]
  ) {
    let entries = report.entries
    switch options.target {
    case .json:
      let unsupported = entries.all.filter { !$0.kind.isModelled }
      if !unsupported.isEmpty {
        let kinds = Set(unsupported.map(\.kind.rawValue)).sorted().map { "`\($0)`" }.joined(separator: ", ")
        return (.failed("`compile --to json` does not support \(kinds) entries yet"), [])
      }
      if entries.isEmpty { return (.failed("no config entries to compile"), []) }
      guard let text = APIBodyEncoder.document(for: entries.all.map(\.entry)) else {
        return (.failed("`compile --to json` could not encode the entries"), [])
      }
      return (.emitted(text), [])
    case .envoy:
      let services = options.service.map { [$0] } ?? ChainCompiler.services(in: entries)
      let output = EnvoyEmitter.renderDocument(services: services, entries: entries, options: options.envoy) {
        service, overrides in
        // The run's chain, unless the downstream's upstream configuration overrides it: that is
        // the proxy's own view of the chain, compiled for it.
        guard !overrides.isEmpty else { return report.chain(for: service) }
        var chainOptions = report.chainOptions
        chainOptions.overrides = overrides
        return ChainCompiler.compile(service: service, entries: entries, options: chainOptions)
      }
      switch output {
      case .success(let output): return (.emitted(output.text), output.notes)
      case .failure(let failure): return (.failed(failure.message), [])
      }
    case .crd, .hcl:
      return (.failed("`compile --to \(options.target.rawValue)` is not supported yet"), [])
    }
  }
}
