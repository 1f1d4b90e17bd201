# Consul rejects a proxy-defaults entry not named `global`, so its protocol never applies:
# the router below meets a tcp chain.
Kind = "proxy-defaults"
Name = "api"
Config {
  protocol = "http"
}
