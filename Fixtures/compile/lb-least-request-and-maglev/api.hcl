Kind = "service-resolver"
Name = "api"
LoadBalancer {
  Policy = "maglev"
  HashPolicies = [
    { Field = "header", FieldValue = "x-user" },
    { Field = "cookie", FieldValue = "session-id", CookieConfig { TTL = "10s", Path = "/" }, Terminal = true },
  ]
}
