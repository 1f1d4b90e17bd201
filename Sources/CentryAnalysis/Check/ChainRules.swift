/// The chain rules (see RuleRegistry): discovery-chain compile errors and cross-entry warnings.
public enum ChainRules {
  public static let all: [any Rule] = [
    ChainExternalSNIFailoverRule(),
    ChainExternalSNIRedirectRule(),
    ChainExternalSNISubsetsRule(),
    ChainProtocolMismatchRule(),
    ChainProtocolNotL7Rule(),
    ChainRedirectLoopRule(),
    ChainSplitLoopRule(),
    ChainSubsetUndefinedRule(),
    DefaultSubsetDiffersFromSplitRule(),
    DestinationUnknownServiceRule(),
    DuplicateEntryRule(),
    FailoverTargetIsPrimaryRule(),
    HashPoliciesUnusedRule(),
    ProtocolNotInheritedRule(),
    RedirectMakesUnreachableRule(),
    ResolverRequestTimeoutIgnoredRule(),
    SubsetUnusedRule(),
  ]
}
