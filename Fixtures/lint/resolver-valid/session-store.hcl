Kind = "service-resolver"
Name = "session-store"
LoadBalancer {
  Policy = "ring_hash"
  RingHashConfig {
    MinimumRingSize = 1024
    MaximumRingSize = 8192
  }
  HashPolicies = [
    {
      Field      = "header"
      FieldValue = "x-user-id"
      Terminal   = true
    },
    {
      Field        = "cookie"
      FieldValue   = "sid"
      CookieConfig {
        TTL  = "1h"
        Path = "/"
      }
    },
  ]
}
