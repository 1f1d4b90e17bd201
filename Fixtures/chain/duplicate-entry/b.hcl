Kind = "service-defaults"
Name = "web"
Protocol = "grpc"
