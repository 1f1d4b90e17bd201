/// A line diff in the unified format of `diff -u` / `git diff`, computed with Myers' O(ND)
/// algorithm (the shortest edit script, as GNU diff finds it).
enum UnifiedDiff {
  /// One line of an edit script.
  enum Line: Sendable, Equatable {
    case same(String)
    case removed(String)
    case added(String)
  }

  /// The shortest edit script turning `old` into `new`, removals before additions at each change.
  static func lines(_ old: [String], _ new: [String]) -> [Line] {
    let n = old.count
    let m = new.count
    let maximum = n + m
    if maximum == 0 { return [] }
    // v[k + maximum] = furthest x on diagonal k; one copy of v per step d for the backtrack.
    var v = [Int](repeating: 0, count: 2 * maximum + 2)
    var trace: [[Int]] = []
    var found = false
    for d in 0...maximum {
      trace.append(v)
      var k = -d
      while k <= d {
        var x: Int
        if k == -d || (k != d && v[k - 1 + maximum] < v[k + 1 + maximum]) {
          x = v[k + 1 + maximum]
        } else {
          x = v[k - 1 + maximum] + 1
        }
        var y = x - k
        while x < n, y < m, old[x] == new[y] {
          x += 1
          y += 1
        }
        v[k + maximum] = x
        if x >= n, y >= m {
          found = true
          break
        }
        k += 2
      }
      if found { break }
    }
    // Backtrack from (n, m) through the saved frontiers.
    var script: [Line] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let frontier = trace[d]
      let k = x - y
      let previousK: Int
      if k == -d || (k != d && frontier[k - 1 + maximum] < frontier[k + 1 + maximum]) {
        previousK = k + 1
      } else {
        previousK = k - 1
      }
      let previousX = d == 0 ? 0 : frontier[previousK + maximum]
      let previousY = previousX - previousK
      while x > previousX, y > previousY {
        script.append(.same(old[x - 1]))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == previousX {
          script.append(.added(new[y - 1]))
        } else {
          script.append(.removed(old[x - 1]))
        }
      }
      x = previousX
      y = previousY
    }
    while x > 0, y > 0 {
      script.append(.same(old[x - 1]))
      x -= 1
      y -= 1
    }
    return script.reversed()
  }

  /// `diff -u`-style text: `--- oldName` / `+++ newName` headers, then hunks with `context` lines
  /// around each change. Empty when the texts are equal.
  static func render(
    old: String, new: String, oldName: String, newName: String, context: Int = 3
  ) -> String {
    let oldLines = split(old)
    let newLines = split(new)
    let script = lines(oldLines, newLines)
    guard script.contains(where: { if case .same = $0 { return false } else { return true } }) else { return "" }
    var out = "--- \(oldName)\n+++ \(newName)\n"
    // Positions of changed lines in the script, grouped into hunks.
    let changed = script.indices.filter { if case .same = script[$0] { return false } else { return true } }
    var hunks: [(start: Int, end: Int)] = []
    for index in changed {
      let start = max(0, index - context)
      let end = min(script.count, index + context + 1)
      if let last = hunks.last, start <= last.end {
        hunks[hunks.count - 1].end = max(last.end, end)
      } else {
        hunks.append((start, end))
      }
    }
    for hunk in hunks {
      var oldStart = 1
      var newStart = 1
      for line in script[..<hunk.start] {
        switch line {
        case .same:
          oldStart += 1
          newStart += 1
        case .removed: oldStart += 1
        case .added: newStart += 1
        }
      }
      var oldCount = 0
      var newCount = 0
      var body = ""
      for line in script[hunk.start..<hunk.end] {
        switch line {
        case .same(let text):
          oldCount += 1
          newCount += 1
          body += " \(text)\n"
        case .removed(let text):
          oldCount += 1
          body += "-\(text)\n"
        case .added(let text):
          newCount += 1
          body += "+\(text)\n"
        }
      }
      // diff -u names the line before an empty range.
      let oldFrom = oldCount == 0 ? oldStart - 1 : oldStart
      let newFrom = newCount == 0 ? newStart - 1 : newStart
      out += "@@ -\(range(oldFrom, oldCount)) +\(range(newFrom, newCount)) @@\n" + body
    }
    return out
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(start),\(count)"
  }

  private static func split(_ text: String) -> [String] {
    if text.isEmpty { return [] }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
