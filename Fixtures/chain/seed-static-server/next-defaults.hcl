Kind = "service-defaults"
Name = "static-server-next"
Protocol = "http"
