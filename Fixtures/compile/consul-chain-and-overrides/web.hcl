# The overrides of Consul's proxycfg variation "simple-with-overrides", as the downstream web's upstream
# configuration for db.
Kind = "service-defaults"
Name = "web"
UpstreamConfig {
  Overrides = [
    {
      Name             = "db"
      Protocol         = "grpc"
      ConnectTimeoutMs = 66000
      MeshGateway {
        Mode = "local"
      }
    },
  ]
}
