Kind = "service-defaults"
Name = "web-next"
Protocol = "grpc"
