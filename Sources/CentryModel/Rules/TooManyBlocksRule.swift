import CentryCore

/// `too-many-blocks`: several blocks where Consul expects one object.
public struct TooManyBlocksRule: DescribedRule {
  public static let description = RuleDescription(
    id: .tooManyBlocks, severity: .error,
    summary: "Several blocks where Consul expects one object",
    rationale: """
      In HCL every block is a list; Consul unwraps a one-element list into an object, but two \
      blocks (`Match { } Match { }`) stay a list that cannot fill a single object: \
      `'Routes[0].Match' expected a map or struct, got "slice"`. Lists such as `Routes` or \
      `Splits` may be written as repeated blocks; objects such as `Match`, `Destination` or \
      `Redirect` may not.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes { Match { HTTP { PathPrefix = "/a" } } }
        Routes { Match { HTTP { PathPrefix = "/b" } } }
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{
          Match { HTTP { PathPrefix = "/a" } }
          Match «{ HTTP { PathPrefix = "/b" } }»
        }]
        """)
    ])
}

extension RuleID {
  public static let tooManyBlocks = RuleID("too-many-blocks")
}
