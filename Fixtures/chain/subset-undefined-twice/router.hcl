Kind = "service-router"
Name = "api"
Routes = [
  {
    Match { HTTP { PathPrefix = "/v2/" } }
    Destination { ServiceSubset = "v2" }
  },
  {
    Match { HTTP { Header = [{ Name = "x-v2", Present = true }] } }
    Destination { ServiceSubset = "v2" }
  },
]
