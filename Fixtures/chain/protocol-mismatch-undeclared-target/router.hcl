Kind = "service-router"
Name = "web"
Routes = [
  {
    Match { HTTP { PathPrefix = "/legacy" } }
    Destination { Service = "legacy" }
  },
]
