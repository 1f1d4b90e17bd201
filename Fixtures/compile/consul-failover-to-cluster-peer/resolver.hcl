# The proxycfg variation "failover-to-cluster-peer" of Consul's agent/proxycfg/testing_upstreams.go.
Kind           = "service-resolver"
Name           = "db"
ConnectTimeout = "33s"
RequestTimeout = "33s"
Failover = {
  "*" = {
    Targets = [{ Peer = "cluster-01" }]
  }
}
