Kind = "service-defaults"
Name = "admin"
Protocol = "http2"
