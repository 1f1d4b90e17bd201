Name = "line one
line two"
Kind = "service-defaults"
