# The proxycfg variation "redirect-to-cluster-peer" of Consul's agent/proxycfg/testing_upstreams.go
# (Consul's validation wants the redirect's Service beside its Peer; the test omits it).
Kind           = "service-resolver"
Name           = "db"
ConnectTimeout = "33s"
RequestTimeout = "33s"
Redirect {
  Service = "db"
  Peer    = "cluster-01"
}
