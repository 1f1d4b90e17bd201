Kind = "service-defaults"
Name = "web"
