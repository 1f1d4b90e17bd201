Kind     = "service-defaults"
Name     = "db"
Protocol = "http2"
