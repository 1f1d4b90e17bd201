/// Source text with `«…»` marker pairs removed, and the byte ranges they marked.
public struct MarkedSource: Sendable {
  public var text: String
  /// UTF-8 byte ranges (start, end) of each marked span, in order of their opening marker.
  public var ranges: [(start: Int, end: Int)]

  public init(_ marked: String) {
    var bytes: [UInt8] = []
    var open: [Int] = []
    var found: [(Int, Int, Int)] = []  // (order, start, end)
    var order = 0
    var orders: [Int] = []
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "«":
        open.append(bytes.count)
        orders.append(order)
        order += 1
      case "»":
        if let start = open.popLast(), let index = orders.popLast() {
          found.append((index, start, bytes.count))
        }
      default:
        bytes.append(contentsOf: Array(String(scalar).utf8))
      }
    }
    text = String(decoding: bytes, as: UTF8.self)
    ranges = found.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
  }
}
