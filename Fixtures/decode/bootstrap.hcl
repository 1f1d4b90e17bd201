datacenter = "dc1"
config_entries {
  bootstrap = [
    {
      kind = "proxy-defaults"
      name = "global"
      config {
        protocol = "http"
      }
    },
    {
      Kind     = "service-defaults"
      Name     = "web"
      Protocol = "http"
      Protocl  = "tcp"
    }
  ]
  bootstrap {
    Kind = "mesh"
  }
  bootstrp = []
}
