import CentryCore
import CentryEngine
import CentrySyntax
import Foundation

// Parser throughput benchmark: `swift build -c release --product centry-bench && .build/release/centry-bench`.
//
// Generates a deterministic in-memory corpus of realistic config entries (service-defaults,
// routers with many routes, splitters, resolvers with subsets, comments, heredocs, some JSON),
// parses every entry several times and prints throughput (best and median), entries per second
// and peak memory, then the full lint pipeline over the same corpus. Options: `--megabytes N`
// (corpus size, default 32), `--runs N` (default 7), `--lint-runs N` (default 3).

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SplitMix64: tiny, deterministic, good enough for picking shapes.
struct Random {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

let services = ["web", "api", "billing", "checkout", "search", "whoami", "static-server", "auth", "cart", "ledger"]
let subsets = ["v1", "v2", "v3", "canary", "blue", "green"]

func serviceDefaults(_ name: String, _ random: inout Random) -> String {
  """
  # Defaults for \(name)
  Kind = "service-defaults"
  Name = "\(name)"
  Protocol = "\(random.pick(["http", "http2", "grpc", "tcp"]))"
  MeshGateway {
    Mode = "local"
  }
  Expose = {
    Checks = true
    Paths = [{
      Path = "/health"
      LocalPathPort = \(8000 + random.below(1000))
      ListenerPort = \(20000 + random.below(1000))
    }]
  }
  Meta {
    owner = "team-\(random.below(50))"
    "cost-center" = "cc-\(random.below(999))"
  }

  """
}

func router(_ name: String, _ random: inout Random) -> String {
  var text = """
    // Routes for \(name), generated
    Kind = "service-router"
    Name = "\(name)"
    Routes = [

    """
  for index in 0..<(5 + random.below(36)) {
    let subset = random.pick(subsets)
    text += "  # route \(index)\n  {\n    Match {\n      HTTP {\n"
    switch random.below(3) {
    case 0:
      text += "        PathPrefix = \"/\(name)/v\(index)/\"\n"
    case 1:
      text += """
                Header = [
                  {
                    Name = "x-version"
                    Exact = "\(index)"
                  },
                ]

        """
    default:
      text += "        PathExact = \"/api/\(index)\"\n        Methods = [\"GET\", \"POST\"]\n"
    }
    text += """
            }
          }
          Destination {
            Service = "\(random.pick(services))"
            ServiceSubset = "\(subset)"
            RequestTimeout = "\(1 + random.below(30))s"
            NumRetries = \(random.below(5))
            RetryOnStatusCodes = [500, 503]
          }
        },

      """
  }
  return text + "]\n"
}

func splitter(_ name: String, _ random: inout Random) -> String {
  let first = random.below(100)
  return """
    Kind = "service-splitter"
    Name = "\(name)"
    Splits = [
      {
        Weight = \(first)
        ServiceSubset = "v1"
      },
      {
        Weight = \(100 - first)
        ServiceSubset = "v2"
      },
    ]

    """
}

func resolver(_ name: String, _ random: inout Random) -> String {
  var text = """
    Kind = "service-resolver"
    Name = "\(name)"
    DefaultSubset = "v1"
    ConnectTimeout = "15s"
    Subsets = {

    """
  for subset in subsets.prefix(2 + random.below(4)) {
    text += "  \"\(subset)\" = {\n    Filter = \"Service.Meta.version == \(subset)\"\n    OnlyPassing = true\n  }\n"
  }
  text += """
    }
    Failover = {
      "*" = {
        Datacenters = ["dc2", "dc3"]
      }
    }
    /* A heredoc-style description, kept as a comment and a value. */
    Description = <<-EOT
      Resolver for \(name).
      Managed by the platform team.
      EOT

    """
  return text
}

func jsonRouter(_ name: String, _ random: inout Random) -> String {
  var routes: [String] = []
  for index in 0..<(3 + random.below(10)) {
    routes.append(
      """
          {
            "Match": {"HTTP": {"PathPrefix": "/\(name)/\(index)", "Header": [{"Name": "x-id", "Regex": "^[a-z]+\\\\d*$"}]}},
            "Destination": {"Service": "\(random.pick(services))", "ServiceSubset": "\(random.pick(subsets))", "NumRetries": \(random.below(4))}
          }
      """)
  }
  return "{\n  \"Kind\": \"service-router\",\n  \"Name\": \"\(name)\",\n  \"Routes\": [\n"
    + routes.joined(separator: ",\n") + "\n  ]\n}\n"
}

func corpus(megabytes: Int) -> [SourceFile] {
  var random = Random(state: 2026)
  var files: [SourceFile] = []
  var total = 0
  let target = megabytes * 1024 * 1024
  while total < target {
    let name = "\(random.pick(services))-\(files.count)"
    let text: String
    switch random.below(10) {
    case 0, 1: text = serviceDefaults(name, &random)
    case 2, 3, 4: text = router(name, &random)
    case 5, 6: text = splitter(name, &random)
    case 7, 8: text = resolver(name, &random)
    default: text = jsonRouter(name, &random)
    }
    let file = SourceFile(name: "\(name).hcl", text: text)
    total += file.bytes.count
    files.append(file)
  }
  return files
}

func option(_ name: String, default value: Int) -> Int {
  let arguments = CommandLine.arguments
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let parsed = Int(arguments[index + 1])
  else { return value }
  return parsed
}

func peakMemoryMB() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  #if os(Linux)
    return Double(usage.ru_maxrss) / 1024  // kilobytes
  #else
    return Double(usage.ru_maxrss) / 1024 / 1024  // bytes
  #endif
}

let megabytes = option("--megabytes", default: 32)
let runs = option("--runs", default: 7)
let files = corpus(megabytes: megabytes)
let bytes = files.reduce(0) { $0 + $1.bytes.count }
let mb = Double(bytes) / 1_048_576
print("centry-bench: \(files.count) entries, \(String(format: "%.1f", mb)) MB, \(runs) runs")

// Two timings per run: the parse alone (each result is freed outside the timed region) and
// parse plus freeing the tree (what a one-shot `centry lint` pays).
let clock = ContinuousClock()
func toSeconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
/// CPU time of this thread: unlike wall time it does not count time spent descheduled, which
/// matters on a shared machine (the wall-clock figures are printed too).
func threadCPUSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
var seconds: [Double] = []
var secondsWithFree: [Double] = []
var cpuSeconds: [Double] = []
var diagnostics = 0
var items = 0
for _ in 0..<runs {
  var runItems = 0
  var runDiagnostics = 0
  var parseOnly = Duration.zero
  var cpu = 0.0
  let total = clock.measure {
    for (index, file) in files.enumerated() {
      var result: (document: Document, diagnostics: [Diagnostic])?
      let cpuStart = threadCPUSeconds()
      parseOnly += clock.measure { result = Parser.parse(file, id: FileID(index)) }
      cpu += threadCPUSeconds() - cpuStart
      runItems += result?.document.body.items.count ?? 0
      runDiagnostics += result?.diagnostics.count ?? 0
    }
  }
  items = runItems
  diagnostics = runDiagnostics
  seconds.append(toSeconds(parseOnly))
  cpuSeconds.append(cpu)
  secondsWithFree.append(toSeconds(total))
}
secondsWithFree.sort()
cpuSeconds.sort()
seconds.sort()
let best = seconds[0]
let median = seconds[seconds.count / 2]
print(String(format: "parse throughput (wall clock): best %.1f MB/s, median %.1f MB/s", mb / best, mb / median))
print(
  String(
    format: "parse throughput per CPU-second (thread CPU time): best %.1f MB/s, median %.1f MB/s",
    mb / cpuSeconds[0], mb / cpuSeconds[cpuSeconds.count / 2]))
print(
  String(
    format: "throughput incl. freeing the tree: best %.1f MB/s, median %.1f MB/s", mb / secondsWithFree[0],
    mb / secondsWithFree[secondsWithFree.count / 2]))
print(String(format: "entries/s: best %.0f, median %.0f", Double(files.count) / best, Double(files.count) / median))
print("top-level items per run: \(items), diagnostics: \(diagnostics)")
print(String(format: "peak memory (ru_maxrss): %.1f MB", peakMemoryMB()))

// The whole pipeline as `centry lint DIR` runs it: the corpus as one entry set (parse, decode,
// chain compilation, every rule). Entries share names across the corpus, so duplicate-entry and
// chain findings are part of the work, as in a real repository with mistakes.
let lintRuns = option("--lint-runs", default: 3)
var lintSeconds: [Double] = []
var lintDiagnostics = 0
var lintFingerprint: UInt64 = 0
/// FNV-1a over every diagnostic (rule, severity, message, range, notes, help, suggestion) in output
/// order: equal fingerprints before and after an optimisation mean the output did not change.
func fingerprint(_ diagnostics: [Diagnostic]) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  func mix(_ text: String) {
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    hash ^= 0xff
    hash = hash &* 0x100_0000_01b3
  }
  func mix(_ range: SourceRange?) {
    mix(range.map { "\($0.file.index):\($0.start)-\($0.end)" } ?? "-")
  }
  for diagnostic in diagnostics {
    mix(diagnostic.rule.rawValue)
    mix("\(diagnostic.severity)")
    mix(diagnostic.message)
    mix(diagnostic.range)
    for note in diagnostic.notes {
      mix(note.message)
      mix(note.range)
    }
    mix(diagnostic.help ?? "-")
    mix(diagnostic.suggestion.map { "\($0.message)|\($0.replacement ?? "-")" } ?? "-")
  }
  return hash
}
for _ in 0..<lintRuns {
  var report: LintReport?
  lintSeconds.append(toSeconds(clock.measure { report = Linter.lint(files) }))
  lintDiagnostics = report?.diagnostics.count ?? 0
  lintFingerprint = fingerprint(report?.diagnostics ?? [])
}
lintSeconds.sort()
if let fastest = lintSeconds.first {
  let medianLint = lintSeconds[lintSeconds.count / 2]
  print(
    String(
      format:
        "full lint of the corpus as one set: best %.2f s (%.1f MB/s, %.0f entries/s), median %.2f s; %d diagnostics",
      fastest, mb / fastest, Double(files.count) / fastest, medianLint, lintDiagnostics))
  print(String(format: "peak memory after lint (ru_maxrss): %.1f MB", peakMemoryMB()))
  print("diagnostics fingerprint: \(String(lintFingerprint, radix: 16))")
}
