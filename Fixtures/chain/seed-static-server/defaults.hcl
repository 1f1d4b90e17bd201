Kind = "service-defaults"
Name = "static-server"
Protocol = "http"
