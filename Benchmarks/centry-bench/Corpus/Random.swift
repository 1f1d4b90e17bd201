/// SplitMix64: tiny, deterministic, good enough for picking shapes. The same seed gives the same
/// sequence on every machine and every run.
struct Random {
  var state: UInt64

  /// A generator for the `stream`-th independent sequence of `seed` (one per service, one per
  /// entry's mistakes …), so that changing one part of a corpus does not shift every other part.
  init(seed: UInt64, stream: UInt64) {
    state = seed
    state = next() ^ (stream &* 0xD6E8_FEB8_6659_FD93)
  }

  init(state: UInt64) {
    self.state = state
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
  /// True with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
  /// A number in `range`.
  mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

  /// `items` in a random order (Fisher–Yates).
  mutating func shuffled<T>(_ items: [T]) -> [T] {
    var out = items
    for index in stride(from: out.count - 1, to: 0, by: -1) {
      out.swapAt(index, below(index + 1))
    }
    return out
  }
}
