Kind = "service-defaults"
Name = "whoami"
Protocol = "http"
Expose = {
Checks = true
Paths = [{
Path = "/health"
}]
}
