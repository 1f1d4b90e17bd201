# The proxycfg variation "lb-resolver" of Consul's agent/proxycfg/testing_upstreams.go.
Kind = "service-splitter"
Name = "db"
Splits = [
  { Weight = 95.5, Service = "something-else" },
  { Weight = 4.5, Service = "db" },
]
