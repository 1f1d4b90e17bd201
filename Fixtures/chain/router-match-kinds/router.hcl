Kind = "service-router"
Name = "web"
Routes = [
  {
    Match { HTTP { PathPrefix = "/api" } }
  },
  {
    Match { HTTP { PathPrefix = "/API/v2", CaseInsensitive = true } }
  },
  {
    Match { HTTP { PathRegex = "/api/.*" } }
  },
  {
    Match { HTTP { Header = [{ Name = "x-debug", Present = true }] } }
  },
]
