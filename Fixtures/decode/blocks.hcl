Kind = "service-resolver"
Name = "api"
DefaultSubset = "v1"
Subsets "v1" {
  Filter = "Service.Meta.version == v1"
}
Subsets "v2" {
  Filter = "Service.Meta.version == v2"
  only_passing = "true"
}
Redirect {
  Service = "a"
}
Redirect {
  Service = "b"
}
LoadBalancer = {
  Policy = "ring_hash"
  HashPolicies {
    Field = "header"
    FieldValue = "x"
  }
  HashPolicies {
    SourceIP = 1
    CookieConfig { TTL = "1x" }
  }
  Policy = "maglev"
}
ConnectTimeout = "1.5h"
RequestTimeout = ".5s"
Meta {
  replicas = 3
}
Meta {
  canary = true
  "team-name" = "x"
}
Namespace = "ns"
