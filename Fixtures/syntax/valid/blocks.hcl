Match {
  HTTP {
    PathPrefix = "/next"
  }
}
Destination {
  Service = "next"
}
