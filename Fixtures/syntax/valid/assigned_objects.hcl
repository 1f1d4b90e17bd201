Expose = {
  Checks = true
  Paths = [{
    Path = "/health"
  }]
}
Empty = {}
