Kind = "service-resolver"
Name = "web"
RequestTimeout = "15s"
