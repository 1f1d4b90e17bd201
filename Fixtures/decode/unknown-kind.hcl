Kind = "service-spliter"
Name = "web"
Splits = []
