# The shape of Consul's property-override examples: `Patches` has two elements, so Consul's
# decoder assigns it to the `interface{}` value as it is and nothing inside is flattened: each
# patch keeps `ResourceFilter = { … }` and `Services = [{ … }]` as one-element lists in the body.
Kind     = "service-defaults"
Name     = "api"
Protocol = "http"
EnvoyExtensions = [
  {
    Name = "builtin/property-override"
    Arguments = {
      ProxyType = "connect-proxy"
      Debug     = true
      Patches = [
        {
          ResourceFilter = {
            ResourceType     = "cluster"
            TrafficDirection = "outbound"
            Services = [
              { Name = "billing" },
            ]
          }
          Op    = "add"
          Path  = "/upstream_connection_options/tcp_keepalive/keepalive_probes"
          Value = 5
        },
        {
          ResourceFilter = {
            ResourceType     = "listener"
            TrafficDirection = "inbound"
          }
          Op   = "remove"
          Path = "/stat_prefix"
        },
      ]
    }
  },
]
