Kind = "service-router"
Name = "static-server"
Routes = [
{
Match {
HTTP {
PathPrefix = "/next"
}
}
Destination {
Service = "static-server-next"
}
},
]
