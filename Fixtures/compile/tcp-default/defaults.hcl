Kind     = "service-defaults"
Name     = "redis"
Protocol = "tcp"
