Kind = "service-router"
Name = "web"
Routes = [
  {
    Match { HTTP { PathPrefix = "/" } }
    Destination { Service = "web" }
  },
  {
    Match { HTTP { PathPrefix = "/admin" } }
    Destination { Service = "web" }
  },
  {
    Match { HTTP { PathExact = "/health", Methods = ["GET"] } }
    Destination { Service = "web" }
  },
]
