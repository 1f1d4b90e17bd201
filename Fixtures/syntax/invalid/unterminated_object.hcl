Kind = "service-router"
Routes {
  Match {
    HTTP { PathPrefix = "/" }
