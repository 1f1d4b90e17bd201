kind = "service-router"
name = "web"
routes = [
  {
    match {
      http {
        path_prefix = "admin"
        path_regex  = "/admin/.*"
        methods     = ["get", "FETCH", "GET"]
      }
    }
  },
  {
    match {
      http {
        path_exact = "healthz"
        header = [
          { exact = "true" },
          { name = "x", exact = "1", prefix = "a" },
          { name = "y", invert = true },
        ]
        query_param = [
          { name = "q", exact = "1", regex = ".*" },
          { name = "", present = true },
        ]
      }
    }
  },
  {
    match {
      http {
        path_regex = "/v[0-9]+/.*"
      }
    }
    destination {
      prefix_rewrite        = "/x"
      num_retries           = 2
      retry_on              = ["5xx", "timeout"]
      request_timeout       = 30
      retry_on_status_codes = [5003]
    }
  },
  {
    match {
      http {
        path_prefix = "/api"
      }
    }
    destination {
      prefix_rewrite = "/"
      num_retries    = 3
    }
  },
]
