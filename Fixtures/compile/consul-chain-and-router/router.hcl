# The proxycfg variation "chain-and-router" of Consul's agent/proxycfg/testing_upstreams.go.
Kind = "service-router"
Name = "db"
Routes = [
  { Match { HTTP { PathPrefix = "/prefix" } }, Destination { Service = "prefix" } },
  { Match { HTTP { PathExact = "/exact" } }, Destination { Service = "exact" } },
  { Match { HTTP { PathRegex = "/regex" } }, Destination { Service = "regex" } },
  { Match { HTTP { Header = [{ Name = "x-debug", Present = true }] } }, Destination { Service = "hdr-present" } },
  {
    Match { HTTP { Header = [{ Name = "x-debug", Present = true, Invert = true }] } }
    Destination { Service = "hdr-not-present" }
  },
  { Match { HTTP { Header = [{ Name = "x-debug", Exact = "exact" }] } }, Destination { Service = "hdr-exact" } },
  { Match { HTTP { Header = [{ Name = "x-debug", Prefix = "prefix" }] } }, Destination { Service = "hdr-prefix" } },
  { Match { HTTP { Header = [{ Name = "x-debug", Suffix = "suffix" }] } }, Destination { Service = "hdr-suffix" } },
  { Match { HTTP { Header = [{ Name = "x-debug", Regex = "regex" }] } }, Destination { Service = "hdr-regex" } },
  { Match { HTTP { Methods = ["GET", "PUT"] } }, Destination { Service = "just-methods" } },
  {
    Match { HTTP { Header = [{ Name = "x-debug", Exact = "exact" }], Methods = ["GET", "PUT"] } }
    Destination { Service = "hdr-exact-with-method" }
  },
  { Match { HTTP { QueryParam = [{ Name = "secretparam1", Exact = "exact" }] } }, Destination { Service = "prm-exact" } },
  { Match { HTTP { QueryParam = [{ Name = "secretparam2", Regex = "regex" }] } }, Destination { Service = "prm-regex" } },
  {
    Match { HTTP { QueryParam = [{ Name = "secretparam3", Present = true }] } }
    Destination { Service = "prm-present" }
  },
  { Destination { Service = "nil-match" } },
  { Match {}, Destination { Service = "empty-match-1" } },
  { Match { HTTP {} }, Destination { Service = "empty-match-2" } },
  { Match { HTTP { PathPrefix = "/prefix" } }, Destination { Service = "prefix-rewrite-1", PrefixRewrite = "/" } },
  {
    Match { HTTP { PathPrefix = "/prefix" } }
    Destination { Service = "prefix-rewrite-2", PrefixRewrite = "/nested/newlocation" }
  },
  { Match { HTTP { PathPrefix = "/timeout" } }, Destination { Service = "req-timeout", RequestTimeout = "33s" } },
  { Match { HTTP { PathPrefix = "/idle-timeout" } }, Destination { Service = "idle-timeout", IdleTimeout = "33s" } },
  {
    Match { HTTP { PathPrefix = "/retry-connect" } }
    Destination { Service = "retry-connect", NumRetries = 15, RetryOnConnectFailure = true }
  },
  {
    Match { HTTP { PathPrefix = "/retry-reset" } }
    Destination { Service = "retry-reset", NumRetries = 15, RetryOn = ["reset"] }
  },
  {
    Match { HTTP { PathPrefix = "/retry-codes" } }
    Destination { Service = "retry-codes", NumRetries = 15, RetryOnStatusCodes = [401, 409, 451] }
  },
  {
    Match { HTTP { PathPrefix = "/retry-all" } }
    Destination {
      Service               = "retry-all"
      RetryOnConnectFailure = true
      RetryOn = [
        "5xx", "gateway-error", "reset", "connect-failure", "envoy-ratelimited", "retriable-4xx", "refused-stream",
        "cancelled", "deadline-exceeded", "internal", "resource-exhausted", "unavailable",
      ]
      RetryOnStatusCodes = [401, 409, 451]
    }
  },
  { Match { HTTP { PathPrefix = "/split-3-ways" } }, Destination { Service = "split-3-ways" } },
  {
    Match { HTTP { PathExact = "/header-manip" } }
    Destination {
      Service = "header-manip"
      RequestHeaders {
        Add    = { request = "bar" }
        Set    = { bar = "baz" }
        Remove = ["qux"]
      }
      ResponseHeaders {
        Add    = { response = "bar" }
        Set    = { bar = "baz" }
        Remove = ["qux"]
      }
    }
  },
]
