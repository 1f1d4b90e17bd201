Kind = "service-defaults"
Name = "api"
MutualTLSMode = "strict"
