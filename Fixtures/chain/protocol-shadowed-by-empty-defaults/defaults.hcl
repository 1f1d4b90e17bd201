Kind = "service-defaults"
Name = "foo"
UpstreamConfig {
  Defaults {
    ConnectTimeoutMs = 2000
  }
}
