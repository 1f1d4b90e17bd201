Kind = "service-router"
Name = "whoami"
Routes = [
  {
    Match { HTTP { Header = [ { Name = "x-version", Exact = "v1" } ] } }
    Destination { ServiceSubset = "v1" }
  },
  {
    Match { HTTP { PathPrefix = "/v1" } }
    Destination { ServiceSubset = "v1" }
  },
  {
    Match { HTTP { PathPrefix = "/v2" } }
    Destination { ServiceSubset = "v2" }
  },
]
