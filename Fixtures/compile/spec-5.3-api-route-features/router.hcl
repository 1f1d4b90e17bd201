Kind = "service-router"
Name = "api"
Routes = [
  {
    Match {
      HTTP {
        PathRegex       = "/users/[0-9]+"
        CaseInsensitive = true
        Methods         = ["GET", "HEAD"]
        Header          = [ { Name = "x-debug", Present = true, Invert = true } ]
        QueryParam      = [ { Name = "beta", Exact = "1" } ]
      }
    }
    Destination {
      Service               = "api-v2"
      RequestTimeout        = "10s"
      IdleTimeout           = "60s"
      NumRetries            = 3
      RetryOn               = ["reset"]
      RetryOnConnectFailure = true
      RetryOnStatusCodes    = [503]
      RequestHeaders {
        Add    { "x-routed-by" = "consul" }
        Set    { "x-env" = "prod" }
        Remove = ["x-internal"]
      }
      ResponseHeaders { Remove = ["server"] }
    }
  },
  {
    Match { HTTP { PathPrefix = "/legacy" } }
    Destination { Service = "api-legacy", PrefixRewrite = "/api" }
  },
]
