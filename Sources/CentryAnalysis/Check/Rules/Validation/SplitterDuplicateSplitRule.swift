import CentryCore
import CentryModel

/// `splitter-duplicate-split`: two splits with the same destination.
struct SplitterDuplicateSplitRule: Rule {
  static let description = RuleDescription(
    id: .splitterDuplicateSplit, severity: .error,
    summary: "Two splits of a service-splitter go to the same destination",
    rationale: """
      Consul's Validate rejects a splitter in which two splits have the same service (an empty \
      `Service` means the splitter's own name), subset, namespace and partition: \
      `split destination occurs more than once: service="api", subset="v1", namespace="", partition=""`. \
      Consul compares header-modifier blocks by identity, so splits that carry `RequestHeaders` or \
      `ResponseHeaders` escape the check (see `splitter-duplicate-split-headers`).
      """,
    passing: [
      Example(
        .serviceSplitter, "api",
        """
        Splits = [{ Weight = 50, ServiceSubset = "v1" }, { Weight = 50, ServiceSubset = "v2" }]
        """)
    ],
    failing: [
      Example(
        .serviceSplitter, "api",
        """
        Splits = [{ Weight = 50, ServiceSubset = "v1" }, «{ Weight = 50, ServiceSubset = "v1" }»]
        """),
      Example(
        .serviceSplitter, "billing",
        """
        Splits = [{ Weight = 50, Service = "" }, «{ Weight = 50, Service = "billing" }»]
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.splitters(context).flatMap { entry, splitter in
      SplitKey.duplicates(splitter, name: entry.entry.effectiveName, withHeaders: false).map { first, split, key in
        Self.diagnostic(
          "split destination \(key.summary) occurs more than once", at: split.valueRange,
          notes: [Note("first split to it here", at: first.valueRange)], help: "Consul: `\(key.consulText)`")
      }
    }
  }
}

/// The destination of a split, as Consul compares them.
struct SplitKey: Hashable {
  var service: String
  var subset: String
  var namespace: String
  var partition: String

  init(_ split: ServiceSplit, name: String) {
    let written = split.service?.value ?? ""
    service = written.isEmpty ? name : written
    subset = split.serviceSubset?.value ?? ""
    namespace = split.namespace?.value ?? ""
    partition = split.partition?.value ?? ""
  }

  var summary: String {
    var text = "service \(ConsulValidation.code(service))"
    if !subset.isEmpty { text += " subset \(ConsulValidation.code(subset))" }
    if !namespace.isEmpty { text += " namespace \(ConsulValidation.code(namespace))" }
    if !partition.isEmpty { text += " partition \(ConsulValidation.code(partition))" }
    return text
  }

  var consulText: String {
    let q = ConsulValidation.quote
    return
      "split destination occurs more than once: service=\(q(service)), subset=\(q(subset)), namespace=\(q(namespace)), partition=\(q(partition))"
  }

  /// Later splits whose key an earlier split has. With `withHeaders` false, only pairs Consul
  /// catches (neither split has header modifiers); with true, only the pairs it misses.
  static func duplicates(_ splitter: ServiceSplitter, name: String, withHeaders: Bool)
    -> [(first: Located<ServiceSplit>, split: Located<ServiceSplit>, key: SplitKey)]
  {
    var seen: [SplitKey: Located<ServiceSplit>] = [:]
    var found: [(Located<ServiceSplit>, Located<ServiceSplit>, SplitKey)] = []
    for split in splitter.splits.orEmpty() {
      let key = SplitKey(split.value, name: name)
      if let first = seen[key] {
        let headers = hasHeaders(first.value) || hasHeaders(split.value)
        if headers == withHeaders { found.append((first, split, key)) }
      } else {
        seen[key] = split
      }
    }
    return found
  }

  private static func hasHeaders(_ split: ServiceSplit) -> Bool {
    split.requestHeaders != nil || split.responseHeaders != nil
  }
}

extension RuleID {
  public static let splitterDuplicateSplit = RuleID("splitter-duplicate-split")
}
