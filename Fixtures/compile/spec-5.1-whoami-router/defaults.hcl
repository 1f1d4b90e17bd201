Kind     = "service-defaults"
Name     = "whoami"
Protocol = "http"
