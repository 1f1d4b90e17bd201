Kind = "service-router"
Name = "web"
Routes = [
  { Match { HTTP { PathRegex = "/api/(?=v1)" } } },
  { Match { HTTP { PathRegex = "/admin" } } },
  { Match { HTTP { PathRegex = "/[a-z]{60}/[0-9]{40}" } } },
]
