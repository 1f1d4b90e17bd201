import CentryCore

/// `key-chain-too-long`: a block with more labels than centry reads.
public struct KeyChainTooLongRule: DescribedRule {
  public static let description = RuleDescription(
    id: .keyChainTooLong, severity: .error,
    summary: "A block with more labels than centry reads",
    rationale: """
      HCL v1 nests one map level per block label (`Subsets "v1" { … }` is \
      `Subsets = { v1 = { … } }`). Config entries never need more than two; centry refuses \
      chains longer than 64 keys instead of building an arbitrarily deep tree, and skips the \
      item.
      """,
    passing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets "v1" { Filter = "Service.Meta.version == v1" }
        """)
    ],
    failing: [
      Example(
        """
        Kind = "proxy-defaults"
        Config \(String(repeating: "\"a\" ", count: 63))«\"b\" \"c\"» { x = 1 }
        """)
    ])
}

extension RuleID {
  public static let keyChainTooLong = RuleID("key-chain-too-long")
}
