Kind = "service-router"
Name = "web"
Routes = [
  {
    Match {
      HTTP {
        PathPrefix = "admin"
        PathRegex  = "/admin/.*"
        Methods    = ["get", "FETCH", "GET"]
      }
    }
  },
  {
    Match {
      HTTP {
        PathExact = "healthz"
        Header = [
          { Exact = "true" },
          { Name = "x", Exact = "1", Prefix = "a" },
          { Name = "y", Invert = true },
        ]
        QueryParam = [
          { Name = "q", Exact = "1", Regex = ".*" },
          { Name = "", Present = true },
        ]
      }
    }
  },
  {
    Match {
      HTTP {
        PathRegex = "/v[0-9]+/.*"
      }
    }
    Destination {
      PrefixRewrite      = "/x"
      NumRetries         = 2
      RetryOn            = ["5xx", "timeout"]
      RequestTimeout     = 30
      RetryOnStatusCodes = [5003]
    }
  },
  {
    Match {
      HTTP {
        PathPrefix = "/api"
      }
    }
    Destination {
      PrefixRewrite = "/"
      NumRetries    = 3
    }
  },
]
