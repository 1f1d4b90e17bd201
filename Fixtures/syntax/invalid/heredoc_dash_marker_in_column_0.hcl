Kind = "proxy-defaults"
Name = "global"
Config {
  envoy_extra_static_clusters_json = <<-JSON
    {"name": "jaeger", "connect_timeout": "1s"}
JSON
  protocol = "http"
}
