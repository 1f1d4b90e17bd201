Kind           = "service-resolver"
Name           = "redis"
ConnectTimeout = "3s"
LoadBalancer { Policy = "random" }
