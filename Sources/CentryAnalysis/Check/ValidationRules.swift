/// The validation rules (see RuleRegistry): Consul's Normalize/Validate of service-defaults,
/// service-router, service-splitter, service-resolver and proxy-defaults, one rule per check,
/// followed by single-entry pitfalls Consul accepts.
public enum ValidationRules {
  public static let all: [any Rule] = [
    // Every kind.
    NameRequiredRule(), MetaLimitsRule(),
    // proxy-defaults.
    ProxyDefaultsNameRule(),
    // service-defaults.
    DefaultsNameWildcardRule(), DefaultsProtocolRule(), DefaultsBalanceInboundConnectionsRule(),
    DefaultsUpstreamDestinationExclusiveRule(), DefaultsUpstreamNameRule(), DefaultsUpstreamPassiveHealthCheckRule(),
    DefaultsUpstreamLimitsRule(), DefaultsUpstreamBalanceOutboundConnectionsRule(), DefaultsDestinationAddressRule(),
    DefaultsDestinationPortRule(), DefaultsRateLimitsRule(), DefaultsEnvoyExtensionRule(), DefaultsMutualTLSModeRule(),
    // service-router.
    RouterPathSlashRule(), RouterPathExclusiveRule(), RouterHeaderNameRule(), RouterHeaderMatchRule(),
    RouterQueryParamNameRule(), RouterQueryParamMatchRule(), RouterMethodsRule(), RouterPrefixRewriteRule(),
    RouterRetryOnRule(),
    // service-splitter.
    SplitterEmptyRule(), SplitterDuplicateSplitRule(), SplitterWeightsSumRule(),
    // service-resolver.
    ResolverSubsetNameRule(), ResolverDefaultSubsetRule(), ResolverPrioritizeByLocalityRule(),
    ResolverRedirectEnterpriseRule(), ResolverRedirectWithFailoverRule(), ResolverRedirectEmptyRule(),
    ResolverRedirectConflictRule(), ResolverRedirectSubsetRule(), ResolverFailoverEnterpriseRule(),
    ResolverFailoverKeyRule(), ResolverFailoverEmptyRule(), ResolverFailoverSubsetRule(),
    ResolverFailoverConflictRule(),
    ResolverFailoverDatacentersRule(), ResolverTimeoutsRule(), ResolverLoadBalancerPolicyRule(),
    ResolverLoadBalancerConfigRule(), ResolverHashPolicyRule(),
    // Accepted by Consul, but broken or very likely a mistake (spec core-entries §8).
    DurationBareNumberRule(), TargetEnterpriseFieldsRule(),
    DefaultsModeRule(), DefaultsMeshGatewayModeRule(), DefaultsExposePathRule(), DefaultsNegativeLimitRule(),
    DefaultsDuplicateOverrideRule(), DefaultsUpstreamProtocolRule(), DefaultsMaxRequestHeadersKBRule(),
    DefaultsPermissiveMTLSRule(),
    RouterRouteShadowedRule(), RouterPrefixRewriteSlashRule(), RouterRetryWithoutConditionRule(),
    RouterRetryStatusCodesRule(),
    SplitterWeightRangeRule(), SplitterWeightPrecisionRule(), SplitterWeightZeroRule(),
    SplitterDuplicateSplitHeadersRule(),
    ResolverEmptyHashPolicyRule(), ResolverLoadBalancerLimitsRule(), ResolverRedirectSelfRule(),
    ResolverRedirectIgnoredFieldsRule(), ResolverFailoverDuplicateDatacenterRule(),
  ]
}
