# The proxycfg variation "chain-and-splitter" of Consul's agent/proxycfg/testing_upstreams.go.
Kind = "service-router"
Name = "db"
Routes = [
  {
    Match { HTTP { PathPrefix = "/big-side" } }
    Destination { Service = "big-side", IdleTimeout = "-1s", RequestTimeout = "10s" }
  },
  {
    Match { HTTP { PathPrefix = "/lil-bit-side" } }
    Destination { Service = "lil-bit-side", IdleTimeout = "0s", RequestTimeout = "0s" }
  },
]
