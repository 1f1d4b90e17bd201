Kind = "service-router"
Name = "api"
Routes = [
  {
    Match { HTTP { PathPrefix = "/admin" } }
    Destination { Service = "admin" }
  },
]
