Kind           = "service-resolver"
Name           = "db"
ConnectTimeout = "25s"
