Kind = "service-router"
Name = "shop"
Routes = [
  {
    Match { HTTP { PathPrefix = "/a.b", CaseInsensitive = true } }
    Destination { Service = "checkout", PrefixRewrite = "/" }
  },
  {
    Match { HTTP { PathExact = "/exact" } }
    Destination { PrefixRewrite = "/" }
  },
  {
    Match { HTTP { PathPrefix = "/slow", Methods = ["get", "POST"] } }
    Destination {
      ServiceSubset  = "stable"
      Service        = "checkout"
      RequestTimeout = "-1s"
      IdleTimeout    = "1.5s"
      RetryOn        = ["5xx", "connect-failure"]
      RetryOnConnectFailure = true
    }
  },
  {
    Match { HTTP { QueryParam = [ { Name = "debug", Present = true }, { Name = "id", Regex = "[0-9]+" } ] } }
  },
]
