# Every field of service-resolver (decoding fixture: Redirect and Failover together are invalid).
Kind          = "service-resolver"
Name          = "api"
Partition     = "part-a"
Namespace     = "ns-a"
DefaultSubset = "v1"
Subsets = {
  v1 = {
    Filter      = "Service.Meta.version == v1"
    OnlyPassing = true
  }
  v2 = {
    Filter = "Service.Meta.version == v2"
  }
}
Redirect {
  Service       = "api-b"
  ServiceSubset = "v1"
  Namespace     = "ns-b"
  Partition     = "part-b"
  Datacenter    = "dc2"
  Peer          = "east"
  SamenessGroup = "sg"
}
Failover = {
  v2 = {
    Service       = "api"
    ServiceSubset = "v1"
    Namespace     = "ns-c"
    Datacenters   = ["dc2", "dc3"]
    Policy {
      Mode    = "sequential"
      Regions = ["us-east-1"]
    }
    SamenessGroup = "sg2"
  }
  "*" = {
    Targets = [
      {
        Service       = "api"
        ServiceSubset = "v1"
        Partition     = "part-c"
        Namespace     = "ns-d"
        Datacenter    = "dc4"
        Peer          = "west"
      },
    ]
  }
}
ConnectTimeout = "3s"
RequestTimeout = "1m30s"
PrioritizeByLocality {
  Mode = "failover"
}
LoadBalancer {
  Policy = "ring_hash"
  RingHashConfig {
    MinimumRingSize = 1024
    MaximumRingSize = 8192
  }
  LeastRequestConfig {
    ChoiceCount = 4
  }
  HashPolicies = [
    {
      Field      = "header"
      FieldValue = "x-user-id"
      Terminal   = true
    },
    {
      Field      = "cookie"
      FieldValue = "sid"
      CookieConfig {
        Session = false
        TTL     = "1h"
        Path    = "/"
      }
    },
    {
      SourceIP = true
    },
  ]
}
Meta {
  owner = "team-a"
}
CreateIndex = 0
ModifyIndex = 0
