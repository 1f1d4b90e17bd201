Kind           = "service-resolver"
Name           = "db"
ConnectTimeout = "33s"
RequestTimeout = "33s"
