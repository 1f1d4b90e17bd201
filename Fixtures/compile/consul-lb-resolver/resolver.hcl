Kind = "service-resolver"
Name = "db"
LoadBalancer {
  Policy = "ring_hash"
  RingHashConfig {
    MinimumRingSize = 20
    MaximumRingSize = 30
  }
  HashPolicies = [
    { Field = "cookie", FieldValue = "chocolate-chip", Terminal = true },
    { Field = "cookie", FieldValue = "chocolate-chip", CookieConfig { Session = true } },
    { Field = "header", FieldValue = "x-user-id" },
    { Field = "query_parameter", FieldValue = "my-pretty-param" },
    { SourceIP = true, Terminal = true },
  ]
}
