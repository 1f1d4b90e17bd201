kind = "service-defaults"
name = "*"
