kind     = "service-resolver"
name     = "old"
redirect {}
