# Every field of service-router (decoding fixture).
Kind      = "service-router"
Name      = "web"
Partition = "part-a"
Namespace = "ns-a"
Routes = [
  {
    Match {
      HTTP {
        PathPrefix      = "/admin/"
        CaseInsensitive = true
        Header = [
          { Name = "x-a", Present = true },
          { Name = "x-b", Exact = "1", Invert = true },
          { Name = "x-c", Prefix = "p" },
          { Name = "x-d", Suffix = "s" },
          { Name = "x-e", Regex = "r.*" },
        ]
        QueryParam = [
          { Name = "a", Present = true },
          { Name = "b", Exact = "1" },
          { Name = "c", Regex = "x.*" },
        ]
        Methods = ["GET", "HEAD"]
      }
    }
    Destination {
      Service               = "admin"
      ServiceSubset         = "v1"
      Namespace             = "ns-b"
      Partition             = "part-b"
      PrefixRewrite         = "/"
      RequestTimeout        = "10s"
      IdleTimeout           = "-1s"
      NumRetries            = 3
      RetryOnConnectFailure = true
      RetryOn               = ["5xx", "reset"]
      RetryOnStatusCodes    = [503, 504]
      RequestHeaders {
        Add    = { "x-added" = "1" }
        Set    = { "x-set" = "2" }
        Remove = ["x-internal"]
      }
      ResponseHeaders {
        Add    = { "x-r-added" = "3" }
        Set    = { "x-r-set" = "4" }
        Remove = ["x-r-internal"]
      }
    }
  },
  {
    Match {
      HTTP {
        PathExact = "/healthz"
      }
    }
  },
  {
    Match {
      HTTP {
        PathRegex = "/api/v[0-9]+/.*"
      }
    }
    Destination {
      Service = "api"
    }
  },
]
Meta {
  owner = "team-a"
}
CreateIndex = 0
ModifyIndex = 0
