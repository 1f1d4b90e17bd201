Kind = "service-router"
Name = "web"
Routes = [
  {
    Match { HTTP { PathPrefix = "/canary" } }
    Destination { ServiceSubset = "v2" }
  },
]
