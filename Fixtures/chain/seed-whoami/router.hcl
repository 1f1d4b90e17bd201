Kind = "service-router"
Name = "whoami"
Routes = [
{
Match {
HTTP {
Header = [
{
Name = "x-version"
Exact = "2"
},
]
}
}
Destination {
Service = "whoami"
ServiceSubset = "v2"
}
},
{
Match {
HTTP {
PathPrefix = "/v2"
}
}
Destination {
Service = "whoami"
ServiceSubset = "v2"
}
},
{
Match {
HTTP {
Header = [
{
Name = "x-version"
Exact = "1"
},
]
}
}
Destination {
Service = "whoami"
ServiceSubset = "v1"
}
},
{
Match {
HTTP {
PathPrefix = "/v1"
}
}
Destination {
Service = "whoami"
ServiceSubset = "v1"
}
},
]
