Kind = "service-resolver"
Name = "b"
LoadBalancer {
  Policy = "ring_hash"
  HashPolicies = [{ SourceIP = true }]
}
