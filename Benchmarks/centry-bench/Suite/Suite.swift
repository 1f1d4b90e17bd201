// `centry-bench suite`: the whole benchmark. For each corpus size it generates the corpora (in
// a child process), runs the real `centry` binary over them as a user would, side by side with
// hashicorp/hcl v1's parser when it is available, times the pipeline stages in-process (in
// another child), measures one entry from stdin against a trivial Swift executable, and prints
// the tables and targets (also written to OUT/results.md).
//
// The suite process itself stays small (no corpus in memory): the kernel counts a child's peak
// resident memory from the process it was started from, and every figure here is a child's.

import Foundation

/// One command measured over several runs.
struct Measurement {
  var corpus: String
  /// `dir` or `bootstrap` (or `stdin`).
  var input: String
  var command: String
  var entries: Int
  var bytes: Int
  var runs: [ProcessRun] = []
  /// The exit status every run must have.
  var expectedStatus: Int32
  /// Every run must print nothing (a clean corpus lints clean).
  var expectsEmptyOutput = false
  /// Every run must print the same bytes (false for output with timings in it).
  var deterministicOutput = true

  var wall: Double { median(runs.map(\.wall)) }
  var cpu: Double { median(runs.map(\.cpu)) }
  var peakMB: Double { runs.map(\.peakMB).max() ?? 0 }
  var load: Double? {
    let loads = runs.compactMap(\.load)
    return loads.isEmpty ? nil : loads.reduce(0, +) / Double(loads.count)
  }
  /// Every run printed the same bytes.
  var deterministic: Bool { Set(runs.map(\.stdoutHash)).count <= 1 }
  var stdoutHash: String { runs.first?.stdoutHash ?? "-" }

  /// What is wrong with the runs, if anything.
  var problems: [String] {
    var found: [String] = []
    let statuses = Set(runs.map(\.status))
    if statuses != [expectedStatus] {
      found.append("\(command) \(corpus) \(input): exit status \(statuses.sorted()), expected \(expectedStatus)")
    }
    if expectsEmptyOutput, let run = runs.first(where: { $0.stdoutBytes > 0 }) {
      found.append("\(command) \(corpus) \(input): printed \(run.stdoutBytes) bytes on a clean corpus")
    }
    if deterministicOutput, !deterministic {
      found.append("\(command) \(corpus) \(input): output differs between runs")
    }
    return found
  }
}

func median(_ values: [Double]) -> Double {
  guard !values.isEmpty else { return .nan }
  let sorted = values.sorted()
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Everything measured for one size.
struct SizeResults {
  var size: CorpusSize
  var clean: Corpus
  var mistakes: Corpus
  var measurements: [Measurement] = []
  var stages: [String: StageReport] = [:]
  /// In-process parse time of hcl v1 (printed by the Go program), median.
  var hclInProcess: [String: Double] = [:]

  func find(_ command: String, _ variant: CorpusVariant, _ input: String = "dir") -> Measurement? {
    measurements.first { $0.command == command && $0.corpus == size.corpusLabel(variant) && $0.input == input }
  }
}

enum Suite {
  static let usage = """
    usage: centry-bench suite --centry PATH --floor PATH [--hcl PATH] --out DIR [--sizes 1k,10k,100k]
                              [--runs N] [--large-runs N] [--stdin-runs N]
    """

  /// `centry-bench generate --out DIR [--sizes 1k,10k]`: writes the corpora only.
  static func generateOnly() -> Int32 {
    guard let out = stringOption("--out"), let sizes = CorpusSize.list(stringOption("--sizes") ?? CorpusSize.all)
    else {
      FileHandle.standardError.write(Data("usage: centry-bench generate --out DIR [--sizes 1k,10k]\n".utf8))
      return 2
    }
    do {
      for size in sizes {
        for variant in [CorpusVariant.clean, .mistakes] {
          let corpus = try CorpusWriter.write(
            entries: size.entries, variant: variant, label: size.corpusLabel(variant), root: out)
          let mistakes = corpus.mistakes.values.reduce(0, +)
          print(
            "\(corpus.label): \(corpus.entryCount) entries, \(String(format: "%.1f", corpus.megabytes)) MB in "
              + "\(corpus.directory), bootstrap \(String(format: "%.1f", Double(corpus.bootstrapBytes) / 1_048_576)) MB"
              + (mistakes > 0 ? ", \(mistakes) entries with a mistake" : ""))
        }
      }
      return 0
    } catch {
      FileHandle.standardError.write(Data("centry-bench generate: \(error)\n".utf8))
      return 2
    }
  }

  static func main() -> Int32 {
    guard let centry = stringOption("--centry"), let floor = stringOption("--floor"), let out = stringOption("--out"),
      let sizes = CorpusSize.list(stringOption("--sizes") ?? CorpusSize.all)
    else {
      FileHandle.standardError.write(Data((usage + "\n").utf8))
      return 2
    }
    let settings = Settings(
      centry: absolute(centry), floor: absolute(floor), hcl: stringOption("--hcl").map(absolute), out: absolute(out),
      runs: max(1, option("--runs", default: 3)), largeRuns: max(1, option("--large-runs", default: 1)),
      stdinRuns: max(3, option("--stdin-runs", default: 21)))
    do {
      return try run(settings, sizes: sizes)
    } catch {
      FileHandle.standardError.write(Data("centry-bench suite: \(error)\n".utf8))
      return 2
    }
  }

  struct Settings {
    var centry: String
    var floor: String
    var hcl: String?
    var out: String
    var runs: Int
    /// Runs per command for sizes of ``largeSize`` entries or more, where one run of the current
    /// code takes minutes; those sizes also time the stages of the clean directory only.
    var largeRuns: Int
    var stdinRuns: Int
    static let largeSize = 50_000

    func runs(for size: CorpusSize) -> Int { size.entries >= Self.largeSize ? largeRuns : runs }
    var corpora: String { out + "/corpora" }
    var logs: String { out + "/runs" }
  }

  static func run(_ settings: Settings, sizes: [CorpusSize]) throws -> Int32 {
    let manager = FileManager.default
    try manager.createDirectory(atPath: settings.logs, withIntermediateDirectories: true)
    let startedAt = Date()
    let startLoad = loadAverage()
    var results: [SizeResults] = []
    for size in sizes {
      results.append(try measure(size, settings))
    }
    guard let smallest = results.first else { return 2 }
    progress("one entry from stdin (\(settings.stdinRuns) runs each)")
    let stdin = try measureStdin(sample: smallest.clean.sampleEntry, settings)
    let report = SuiteReport(
      settings: settings, sizes: results, stdin: stdin, startedAt: startedAt, startLoad: startLoad,
      endLoad: loadAverage())
    let text = report.markdown()
    print(text)
    try Data(text.utf8).write(to: URL(fileURLWithPath: settings.out + "/results.md"))
    let problems = report.problems
    if !problems.isEmpty {
      print("\nPROBLEMS (the benchmark fails):")
      for problem in problems { print("- \(problem)") }
      return 1
    }
    return 0
  }

  private static func measure(_ size: CorpusSize, _ settings: Settings) throws -> SizeResults {
    progress("\(size.label): generating the corpora")
    let generated = try Spawn.run(
      [selfPath, "generate", "--sizes", size.label, "--out", settings.corpora],
      stdoutPath: settings.logs + "/generate-\(size.label).out",
      stderrPath: settings.logs + "/generate-\(size.label).err")
    guard generated.status == 0 else { throw BenchFailure("generating the \(size.label) corpora failed") }
    let clean = try CorpusWriter.readManifest(root: settings.corpora, label: size.corpusLabel(.clean))
    let mistakes = try CorpusWriter.readManifest(root: settings.corpora, label: size.corpusLabel(.mistakes))
    var results = SizeResults(size: size, clean: clean, mistakes: mistakes)

    // Every command once per round, rounds repeated: commands compared with each other see the
    // same machine load.
    var plan: [(Measurement, [String])] = []
    func add(_ command: String, _ corpus: Corpus, _ input: String, _ arguments: [String], status: Int32, empty: Bool) {
      let bootstrap = input == "bootstrap"
      var measurement = Measurement(
        corpus: corpus.label, input: input, command: command, entries: corpus.entryCount,
        bytes: bootstrap ? corpus.bootstrapBytes : corpus.directoryBytes, expectedStatus: status,
        expectsEmptyOutput: empty)
      measurement.deterministicOutput = command != "hcl v1 parse"
      plan.append((measurement, arguments + [bootstrap ? corpus.bootstrap : corpus.directory]))
    }
    add("centry lint", clean, "dir", [settings.centry, "lint"], status: 0, empty: true)
    add("centry lint", clean, "bootstrap", [settings.centry, "lint"], status: 0, empty: true)
    add("centry lint", mistakes, "dir", [settings.centry, "lint"], status: 1, empty: false)
    add(
      "centry compile --to json", clean, "dir", [settings.centry, "compile", "--to", "json"], status: 0, empty: false)
    add(
      "centry compile --to envoy", clean, "dir", [settings.centry, "compile", "--to", "envoy"], status: 0, empty: false)
    if let hcl = settings.hcl {
      add("hcl v1 parse", clean, "dir", [hcl], status: 0, empty: false)
      add("hcl v1 parse", clean, "bootstrap", [hcl], status: 0, empty: false)
    }
    var hclParse: [String: [Double]] = [:]
    let runs = settings.runs(for: size)
    for round in 0..<runs {
      for index in plan.indices {
        let (measurement, arguments) = plan[index]
        progress(
          "\(size.label): run \(round + 1)/\(runs): \(measurement.command) \(measurement.corpus) \(measurement.input)")
        let log = settings.logs + "/" + slug("\(measurement.corpus)-\(measurement.input)-\(measurement.command)")
        let run = try Spawn.run(arguments, stdoutPath: log + ".out", stderrPath: log + ".err")
        plan[index].0.runs.append(run)
        if measurement.command == "hcl v1 parse", let seconds = hclParseSeconds(log + ".out") {
          hclParse[measurement.input, default: []].append(seconds)
        }
      }
    }
    results.measurements = plan.map(\.0)
    results.hclInProcess = hclParse.mapValues(median)

    var stageRuns = [("clean dir", clean, ["--emit"])]
    if size.entries < Settings.largeSize {
      stageRuns += [("clean bootstrap", clean, ["--bootstrap"]), ("mistakes dir", mistakes, [])]
    }
    for (key, corpus, flags) in stageRuns {
      progress("\(size.label): in-process stages, \(key) (\(runs) runs)")
      let resultPath = settings.logs + "/" + slug("stages-\(size.label)-\(key)") + ".json"
      let run = try Spawn.run(
        [
          selfPath, "stages", "--manifest", CorpusWriter.manifestPath(root: settings.corpora, label: corpus.label),
          "--runs", String(runs), "--result", resultPath,
        ] + flags, stdoutPath: resultPath + ".out", stderrPath: resultPath + ".err")
      guard run.status == 0, let data = FileManager.default.contents(atPath: resultPath) else {
        throw BenchFailure("in-process stages failed for \(corpus.label) \(key) (see \(resultPath).err)")
      }
      results.stages[key] = try JSONDecoder().decode(StageReport.self, from: data)
    }
    return results
  }

  /// The trivial executable and `centry lint -` with one entry on stdin, alternating.
  private static func measureStdin(sample: String, _ settings: Settings) throws -> [Measurement] {
    let bytes = (try? FileManager.default.attributesOfItem(atPath: sample)[.size] as? Int) ?? 0
    var floor = Measurement(
      corpus: "one entry", input: "stdin", command: "trivial Swift executable", entries: 1, bytes: bytes,
      expectedStatus: 0)
    var lint = Measurement(
      corpus: "one entry", input: "stdin", command: "centry lint -", entries: 1, bytes: bytes, expectedStatus: 0,
      expectsEmptyOutput: true)
    // Warm the page cache and the dynamic loader's files once; not counted.
    _ = try Spawn.run([settings.centry, "lint", "-"], stdin: sample, stdoutPath: "/dev/null", stderrPath: "/dev/null")
    for _ in 0..<settings.stdinRuns {
      floor.runs.append(
        try Spawn.run(
          [settings.floor], stdin: sample, stdoutPath: settings.logs + "/stdin-floor.out",
          stderrPath: settings.logs + "/stdin-floor.err"))
      lint.runs.append(
        try Spawn.run(
          [settings.centry, "lint", "-"], stdin: sample, stdoutPath: settings.logs + "/stdin-lint.out",
          stderrPath: settings.logs + "/stdin-lint.err"))
    }
    return [floor, lint]
  }

  /// The Go program's in-process parse time: its stdout is `files N bytes B parse S`.
  private static func hclParseSeconds(_ path: String) -> Double? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard let index = words.firstIndex(of: "parse"), index + 1 < words.count else { return nil }
    return Double(words[index + 1])
  }

  static func progress(_ message: String) {
    FileHandle.standardError.write(Data("[bench \(timestamp())] \(message)\n".utf8))
  }

  private static func timestamp() -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm:ss"
    return formatter.string(from: Date())
  }

  private static func slug(_ text: String) -> String {
    String(text.map { $0.isLetter || $0.isNumber ? $0 : "-" })
  }

  private static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  /// This executable (for the `generate` and `stages` children).
  static var selfPath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
  }
}
