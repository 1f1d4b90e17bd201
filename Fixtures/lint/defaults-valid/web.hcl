# HTTP service, strict mTLS, tproxy tuning.
Kind          = "service-defaults"
Name          = "web"
Protocol      = "http"
MutualTLSMode = "strict"
TransparentProxy {
  DialedDirectly = false
}
LocalRequestTimeoutMs = 30000
Meta {
  owner = "team-frontend"
}
