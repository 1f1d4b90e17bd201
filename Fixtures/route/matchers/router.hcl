Kind = "service-router"
Name = "api"
Routes = [
  {
    Match { HTTP { PathExact = "/exact" } }
    Destination { ServiceSubset = "exact" }
  },
  {
    Match { HTTP { PathRegex = "/items/[0-9]+" } }
    Destination { ServiceSubset = "regex" }
  },
  {
    Match { HTTP { PathPrefix = "/CI", CaseInsensitive = true } }
    Destination { ServiceSubset = "ci" }
  },
  {
    Match { HTTP { Header = [{ Name = "x-build", Regex = "v[0-9]+\\.[0-9]+" }] } }
    Destination { ServiceSubset = "hregex" }
  },
  {
    Match { HTTP { PathPrefix = "/inv", Header = [{ Name = "x-env", Exact = "prod", Invert = true }] } }
    Destination { ServiceSubset = "hinvert" }
  },
  {
    Match { HTTP { Header = [{ Name = "user-agent", Suffix = "bot" }] } }
    Destination { ServiceSubset = "hsuffix" }
  },
  {
    Match { HTTP { PathPrefix = "/absent", Header = [{ Name = "x-trace", Present = true, Invert = true }] } }
    Destination { ServiceSubset = "absent" }
  },
  {
    Match { HTTP { QueryParam = [{ Name = "mode", Exact = "debug" }] } }
    Destination { ServiceSubset = "qexact" }
  },
  {
    Match { HTTP { QueryParam = [{ Name = "page", Regex = "[0-9]+" }] } }
    Destination { ServiceSubset = "qregex" }
  },
  {
    Match { HTTP { QueryParam = [{ Name = "preview", Present = true }] } }
    Destination { ServiceSubset = "qpresent" }
  },
  {
    Match { HTTP { Methods = ["POST", "PUT"] } }
    Destination { ServiceSubset = "write", RequestTimeout = "3s", NumRetries = 2 }
  },
]
