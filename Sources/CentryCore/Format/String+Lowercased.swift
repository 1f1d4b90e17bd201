extension String {
  /// Exactly `lowercased()`, but the string itself (no new allocation, no copy) when it is ASCII
  /// without an upper-case letter, as nearly every name and key is. Names are lower-cased for every
  /// case-insensitive lookup (entries, chain targets, decoder keys), and `lowercased()` always
  /// builds a new string.
  package var lowercasedCheaply: String {
    // Over the bytes in place where the string has them contiguously (every native string):
    // iterating the UTF-8 view checks the string's representation at every byte.
    let unchanged =
      utf8.withContiguousStorageIfAvailable { bytes in
        !bytes.contains { $0 >= 0x80 || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }
      } ?? !utf8.contains { $0 >= 0x80 || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }
    return unchanged ? self : lowercased()
  }
}
