extension GoDuration {
  /// Go's `time.ParseDuration` of `text` in nanoseconds; `nil` when Go would reject it. For
  /// durations outside an entry: the Consul timeout setting, duration fields of a JSON body.
  public static func parse(_ text: String) -> Int64? {
    guard case .success(let nanoseconds) = GoDurationParser.parse(text) else { return nil }
    return nanoseconds
  }
}
