# The same entry with Consul's snake_case aliases (lower case where a field has none).
kind      = "service-router"
name      = "web"
partition = "part-a"
namespace = "ns-a"
routes = [
  {
    match {
      http {
        path_prefix      = "/admin/"
        case_insensitive = true
        header = [
          { name = "x-a", present = true },
          { name = "x-b", exact = "1", invert = true },
          { name = "x-c", prefix = "p" },
          { name = "x-d", suffix = "s" },
          { name = "x-e", regex = "r.*" },
        ]
        query_param = [
          { name = "a", present = true },
          { name = "b", exact = "1" },
          { name = "c", regex = "x.*" },
        ]
        methods = ["GET", "HEAD"]
      }
    }
    destination {
      service                  = "admin"
      service_subset           = "v1"
      namespace                = "ns-b"
      partition                = "part-b"
      prefix_rewrite           = "/"
      request_timeout          = "10s"
      idle_timeout             = "-1s"
      num_retries              = 3
      retry_on_connect_failure = true
      retry_on                 = ["5xx", "reset"]
      retry_on_status_codes    = [503, 504]
      request_headers {
        add    = { "x-added" = "1" }
        set    = { "x-set" = "2" }
        remove = ["x-internal"]
      }
      response_headers {
        add    = { "x-r-added" = "3" }
        set    = { "x-r-set" = "4" }
        remove = ["x-r-internal"]
      }
    }
  },
  {
    match {
      http {
        path_exact = "/healthz"
      }
    }
  },
  {
    match {
      http {
        path_regex = "/api/v[0-9]+/.*"
      }
    }
    destination {
      service = "api"
    }
  },
]
meta {
  owner = "team-a"
}
createindex = 0
modifyindex = 0
