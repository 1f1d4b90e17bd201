# Path-based fan-out with retries and timeouts.
Kind = "service-router"
Name = "web"
Routes = [
  {
    Match {
      HTTP {
        PathPrefix = "/admin/"
      }
    }
    Destination {
      Service               = "admin"
      PrefixRewrite         = "/"
      RequestTimeout        = "10s"
      NumRetries            = 3
      RetryOnConnectFailure = true
      RetryOnStatusCodes    = [503]
    }
  },
  {
    Match {
      HTTP {
        PathExact = "/healthz"
        Methods   = ["GET", "head"]
        Header = [
          { Name = "x-debug", Present = true, Invert = true },
        ]
        QueryParam = [
          { Name = "beta", Exact = "1" },
        ]
      }
    }
    Destination {
      Service     = "web"
      IdleTimeout = "-1s"
      RetryOn     = ["5xx", "reset"]
    }
  },
]
