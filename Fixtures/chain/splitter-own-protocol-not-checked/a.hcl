Kind = "service-defaults"
Name = "web-a"
Protocol = "http"
