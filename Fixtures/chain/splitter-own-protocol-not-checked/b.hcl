Kind = "service-defaults"
Name = "web-b"
Protocol = "http"
