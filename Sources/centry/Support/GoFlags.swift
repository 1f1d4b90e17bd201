/// Go's `flag` package spellings that ArgumentParser does not take, rewritten before parsing so
/// that a `consul config write` command line works unchanged.
enum GoFlags {
  /// Boolean flags of the network commands.
  static let booleans: Set<String> = ["cas", "stale"]

  /// `-cas=true` → `-cas`, `-cas=false` → dropped (Go accepts `1`, `t`, `T`, `TRUE`, `true`,
  /// `True` and their false forms). Everything after `--` is left alone.
  static func normalize(_ arguments: [String]) -> [String] {
    var result: [String] = []
    var passThrough = false
    for argument in arguments {
      if passThrough || argument == "--" {
        passThrough = true
        result.append(argument)
        continue
      }
      let trimmed =
        argument.hasPrefix("--") ? argument.dropFirst(2) : argument.hasPrefix("-") ? argument.dropFirst() : ""
      let parts = trimmed.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, booleans.contains(String(parts[0])) else {
        result.append(argument)
        continue
      }
      switch parts[1] {
      case "1", "t", "T", "TRUE", "true", "True": result.append("-" + parts[0])
      case "0", "f", "F", "FALSE", "false", "False": continue
      default: result.append(argument)
      }
    }
    return result
  }
}
