extension String {
  /// Exactly `lowercased()`, but the string itself (no new allocation, no copy) when it is ASCII
  /// without an upper-case letter, as nearly every name and key is. Names are lower-cased for every
  /// case-insensitive lookup (entries, chain targets, decoder keys), and `lowercased()` always
  /// builds a new string.
  package var lowercasedCheaply: String {
    var hasUpper = false
    for byte in utf8 {
      if byte >= 0x80 { return lowercased() }
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { hasUpper = true }
    }
    return hasUpper ? lowercased() : self
  }
}
