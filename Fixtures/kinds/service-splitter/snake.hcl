# The same entry with Consul's snake_case aliases (lower case where a field has none).
kind      = "service-splitter"
name      = "web"
partition = "part-a"
namespace = "ns-a"
splits = [
  {
    weight         = 33.33
    service        = "web"
    service_subset = "v1"
    namespace      = "ns-b"
    partition      = "part-b"
    request_headers {
      add    = { "x-a" = "1" }
      set    = { "x-s" = "2" }
      remove = ["x-r"]
    }
    response_headers {
      add    = { "x-ra" = "3" }
      set    = { "x-rs" = "4" }
      remove = ["x-rr"]
    }
  },
  {
    weight  = 66.67
    service = "web-v2"
  },
]
meta {
  owner = "team-a"
}
createindex = 0
modifyindex = 0
