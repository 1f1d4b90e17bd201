import Foundation

/// A corpus size on the command line: `1k`, `10k`, `100k` or a plain number of entries.
struct CorpusSize {
  var label: String
  var entries: Int

  init?(_ text: String) {
    let lower = text.lowercased()
    let digits = lower.hasSuffix("k") ? String(lower.dropLast()) : lower
    guard let value = Int(digits), value > 0 else { return nil }
    label = lower
    entries = lower.hasSuffix("k") ? value * 1000 : value
  }

  /// `1k,10k` → the sizes, or `nil` when one is not a size.
  static func list(_ text: String) -> [CorpusSize]? {
    let sizes = text.split(separator: ",").map { CorpusSize(String($0.trimmingCharacters(in: .whitespaces))) }
    guard !sizes.isEmpty, sizes.allSatisfy({ $0 != nil }) else { return nil }
    return sizes.compactMap { $0 }
  }

  static let all = "1k,10k,100k"

  func corpusLabel(_ variant: CorpusVariant) -> String { "\(label)-\(variant.rawValue)" }
}
