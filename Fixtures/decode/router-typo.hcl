Kind = "service-router"
Name = "web"
Routes = [
  {
    Match {
      HTTP {
        PathPrefx = "/v2"
        namespace = "x"
      }
    }
    Destination {
      Service        = "web-v2"
      RequestTimeout = "10"
      IdleTimeout    = 5
      NumRetries     = "three"
    }
  },
]
