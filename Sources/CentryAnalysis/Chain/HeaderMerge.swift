import CentryModel

/// Consul's `MergeHTTPHeaderModifiers` for flattened nested splits (spec core-entries §7.6 step 2).
enum HeaderMerge {
  /// `base` with `override`'s `Add`/`Set` entries written over it and its new `Remove` names
  /// appended.
  static func merge(base: HTTPHeaderModifiers?, override: HTTPHeaderModifiers?) -> HTTPHeaderModifiers? {
    guard let override else { return base }
    guard var result = base else { return override }
    result.add = mergeMaps(result.add, override.add)
    result.set = mergeMaps(result.set, override.set)
    if let extra = override.remove {
      if var remove = result.remove {
        for name in extra.value where !remove.value.contains(where: { $0.value == name.value }) {
          remove.value.append(name)
        }
        result.remove = remove
      } else {
        result.remove = extra
      }
    }
    return result
  }

  private static func mergeMaps(
    _ base: Located<OrderedMap<String>>?, _ override: Located<OrderedMap<String>>?
  ) -> Located<OrderedMap<String>>? {
    guard let override else { return base }
    guard var result = base else { return override }
    for entry in override.value.entries { result.value.insert(entry) }
    return result
  }
}
