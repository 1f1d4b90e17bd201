Kind = "service-defaults"
Name = "*"
