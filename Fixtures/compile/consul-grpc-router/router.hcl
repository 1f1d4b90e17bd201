# The proxycfg variation "grpc-router" of Consul's agent/proxycfg/testing_upstreams.go.
Kind = "service-router"
Name = "db"
Routes = [
  {
    Match { HTTP { PathExact = "/fgrpc.PingServer/Ping" } }
    Destination { Service = "prefix" }
  },
]
