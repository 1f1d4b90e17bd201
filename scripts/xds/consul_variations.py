"""Writes Fixtures/compile/<case>/consul.envoy.yaml for the test table of Consul's xDS variations.

Usage: .venv/bin/python scripts/xds/consul_variations.py Fixtures/compile

Each file holds the resources Consul sends for one variation of agent/proxycfg/testing_upstreams.go
(upstream db unless the case says otherwise), written from Consul's xDS golden files and source,
independently of centry's emitter: the header of each file names the golden (and the commit read)
or the source it follows, and the newer forms applied (spec envoy section 6). Certificates are the
placeholders centry prints. CompileFixtureTests compares every file with centry's output at the
proto level (check_envoy.py --compare).
"""
import sys, yaml, os

TD = "11111111-2222-3333-4444-555555555555.consul"
ROOT = sys.argv[1]

def sni(svc, dc="dc1", subset=None):
    return (f"{subset}." if subset else "") + f"{svc}.default.{dc}.internal.{TD}"

def spiffe(svc, dc="dc1"):
    return f"spiffe://{TD}/ns/default/dc/{dc}/svc/{svc}"

def tls(sni_, sans, roots="<ROOT_CA_PEMS>"):
    return {"name": "tls", "typed_config": {
        "@type": "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext",
        "common_tls_context": {
            "tls_params": {},
            "tls_certificates": [{"certificate_chain": {"inline_string": "<LEAF_CERT_PEM>"},
                                  "private_key": {"inline_string": "<LEAF_KEY_PEM>"}}],
            "validation_context": {"trusted_ca": {"inline_string": roots},
                                   "match_typed_subject_alt_names": [
                                       {"san_type": "URI", "matcher": {"exact": s}} for s in sans]}},
        "sni": sni_}}

H2 = {"envoy.extensions.upstreams.http.v3.HttpProtocolOptions": {
    "@type": "type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
    "explicit_http_config": {"http2_protocol_options": {}}}}

def cluster(name, sni_, sans, timeout="5s", lb=None, h2=False, roots="<ROOT_CA_PEMS>", cb=None, od=None):
    c = {"@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster", "name": name, "alt_stat_name": name,
         "type": "EDS", "eds_cluster_config": {"eds_config": {"ads": {}, "resource_api_version": "V3"}},
         "connect_timeout": timeout, "circuit_breakers": cb or {}, "outlier_detection": od or {},
         "common_lb_config": {"healthy_panic_threshold": {}}}
    if lb: c.update(lb)
    if h2: c["typed_extension_protocol_options"] = H2
    c["transport_socket"] = tls(sni_, sans, roots)
    return c

def local(svc, **kw):
    return cluster(sni(svc), sni(svc), [spiffe(svc)], **kw)

def aggregate(name, members, timeout):
    return {"@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster", "name": name, "alt_stat_name": name,
            "connect_timeout": timeout, "lb_policy": "CLUSTER_PROVIDED",
            "cluster_type": {"name": "envoy.clusters.aggregate", "typed_config": {
                "@type": "type.googleapis.com/envoy.extensions.clusters.aggregate.v3.ClusterConfig",
                "clusters": members}}}

def rc(name, routes):
    return {"@type": "type.googleapis.com/envoy.config.route.v3.RouteConfiguration", "name": name,
            "virtual_hosts": [{"name": name, "domains": ["*"], "routes": routes}]}

def to(cl, **extra):
    r = {"cluster": cl}; r.update(extra); return r

def route(match, action, **extra):
    r = {"match": match, "route": action}; r.update(extra); return r

def sorted_clusters(cs):
    return sorted(cs, key=lambda c: c["name"].encode())

def write(case, header, resources):
    path = os.path.join(ROOT, case, "consul.envoy.yaml")
    with open(path, "w") as f:
        for line in header.strip().splitlines():
            f.write("# " + line if line else "#")
            f.write("\n")
        yaml.safe_dump({"resources": resources}, f, sort_keys=False, width=1000)

def customization_hash(mesh_gateway, protocol, connect_timeout_ns):
    """discoverychain.Compile's hash: mitchellh/hashstructure v1 (FNV-1 64) of the struct
    {OverrideMeshGateway MeshGatewayConfig{Mode}, OverrideProtocol, OverrideConnectTimeout}, first 8 hex digits."""
    import struct
    def fnv1(data):
        h = 0xCBF29CE484222325
        for b in data:
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
            h ^= b
        return h
    text = lambda t: fnv1(t.encode())
    ordered = lambda a, b: fnv1(struct.pack("<QQ", a, b))
    def strukt(name, fields):
        h = text(name)
        for field, value in fields:
            h ^= ordered(text(field), value)
        return h
    mgw = strukt("MeshGatewayConfig", [("Mode", text(mesh_gateway))])
    value = strukt("", [("OverrideMeshGateway", mgw), ("OverrideProtocol", text(protocol)),
                        ("OverrideConnectTimeout", fnv1(struct.pack("<q", connect_timeout_ns)))])
    return ("%x" % value)[:8]

# Consul's golden connect-proxy-with-chain-and-overrides names the cluster 78ebd528~db…
assert customization_hash("local", "grpc", 66_000_000_000) == "78ebd528"

SET = "OVERWRITE_IF_EXISTS_OR_ADD"
def set_hdr(k, v): return {"header": {"key": k, "value": v}, "append_action": SET}
def add_hdr(k, v): return {"header": {"key": k, "value": v}}

# ---------------------------------------------------------------- chain-and-router
P = "/"
def hdr(m): return {"prefix": "/", "headers": [m]}
rt = []
rt.append(route({"prefix": "/prefix"}, to(sni("prefix"))))
rt.append(route({"path": "/exact"}, to(sni("exact"))))
rt.append(route({"safe_regex": {"regex": "/regex"}}, to(sni("regex"))))
rt.append(route(hdr({"name": "x-debug", "present_match": True}), to(sni("hdr-present"))))
rt.append(route(hdr({"name": "x-debug", "present_match": True, "invert_match": True}), to(sni("hdr-not-present"))))
rt.append(route(hdr({"name": "x-debug", "string_match": {"exact": "exact"}}), to(sni("hdr-exact"))))
rt.append(route(hdr({"name": "x-debug", "string_match": {"prefix": "prefix"}}), to(sni("hdr-prefix"))))
rt.append(route(hdr({"name": "x-debug", "string_match": {"suffix": "suffix"}}), to(sni("hdr-suffix"))))
rt.append(route(hdr({"name": "x-debug", "string_match": {"safe_regex": {"regex": "regex"}}}), to(sni("hdr-regex"))))
methods = {"name": ":method", "string_match": {"safe_regex": {"regex": "GET|PUT"}}}
rt.append(route(hdr(methods), to(sni("just-methods"))))
rt.append(route({"prefix": "/", "headers": [{"name": "x-debug", "string_match": {"exact": "exact"}}, methods]},
                to(sni("hdr-exact-with-method"))))
rt.append(route({"prefix": "/", "query_parameters": [{"name": "secretparam1", "string_match": {"exact": "exact"}}]}, to(sni("prm-exact"))))
rt.append(route({"prefix": "/", "query_parameters": [{"name": "secretparam2", "string_match": {"safe_regex": {"regex": "regex"}}}]}, to(sni("prm-regex"))))
rt.append(route({"prefix": "/", "query_parameters": [{"name": "secretparam3", "present_match": True}]}, to(sni("prm-present"))))
for s in ["nil-match", "empty-match-1", "empty-match-2"]:
    rt.append(route({"prefix": "/"}, to(sni(s))))
rt.append(route({"prefix": "/prefix"}, to(sni("prefix-rewrite-1"), regex_rewrite={"pattern": {"regex": "^/prefix(/?)(.*)"}, "substitution": "/\\2"})))
rt.append(route({"prefix": "/prefix"}, to(sni("prefix-rewrite-2"), prefix_rewrite="/nested/newlocation")))
rt.append(route({"prefix": "/timeout"}, to(sni("req-timeout"), timeout="33s")))
rt.append(route({"prefix": "/idle-timeout"}, to(sni("idle-timeout"), idle_timeout="33s")))
rt.append(route({"prefix": "/retry-connect"}, to(sni("retry-connect"), retry_policy={"retry_on": "connect-failure", "num_retries": 15})))
rt.append(route({"prefix": "/retry-reset"}, to(sni("retry-reset"), retry_policy={"retry_on": "reset", "num_retries": 15})))
rt.append(route({"prefix": "/retry-codes"}, to(sni("retry-codes"), retry_policy={"retry_on": "retriable-status-codes", "num_retries": 15, "retriable_status_codes": [401, 409, 451]})))
rt.append(route({"prefix": "/retry-all"}, to(sni("retry-all"), retry_policy={"retry_on": "5xx,gateway-error,reset,connect-failure,envoy-ratelimited,retriable-4xx,refused-stream,cancelled,deadline-exceeded,internal,resource-exhausted,unavailable,retriable-status-codes", "retriable_status_codes": [401, 409, 451]})))
rt.append(route({"prefix": "/split-3-ways"}, {"weighted_clusters": {"clusters": [
    {"name": sni("big-side"), "weight": 9550}, {"name": sni("goldilocks-side"), "weight": 400}, {"name": sni("lil-bit-side"), "weight": 50}]}}))
rt.append(route({"path": "/header-manip"}, to(sni("header-manip")),
    request_headers_to_add=[add_hdr("request", "bar"), set_hdr("bar", "baz")], request_headers_to_remove=["qux"],
    response_headers_to_add=[add_hdr("response", "bar"), set_hdr("bar", "baz")], response_headers_to_remove=["qux"]))
rt.append(route({"prefix": "/"}, to(sni("db"))))
services = ["prefix", "exact", "regex", "hdr-present", "hdr-not-present", "hdr-exact", "hdr-prefix", "hdr-suffix",
            "hdr-regex", "just-methods", "hdr-exact-with-method", "prm-exact", "prm-regex", "prm-present", "nil-match",
            "empty-match-1", "empty-match-2", "prefix-rewrite-1", "prefix-rewrite-2", "req-timeout", "idle-timeout",
            "retry-connect", "retry-reset", "retry-codes", "retry-all", "big-side", "goldilocks-side", "lil-bit-side",
            "header-manip"]
cs = [local(s) for s in services] + [local("db", timeout="33s")]
write("consul-chain-and-router", """
Consul's resources for the proxycfg variation "chain-and-router" (agent/proxycfg/testing_upstreams.go),
upstream db only. Routes: golden agent/xds/testdata/routes/connect-proxy-with-chain-and-router.latest.golden
(read at 3e046a8), in the newest forms (spec envoy section 6: string_match and safe_regex without google_re2,
#20013; append_action instead of append; no validate_clusters, #21587; PrefixRewrite "/" as regex_rewrite,
#23035/#23390). Clusters: agent/xds/clusters.go makeUpstreamClustersForDiscoveryChain, one per target, sorted by
name as Consul's golden tests sort them; only db has the resolver's 33s connect timeout.
Certificates are placeholders (runtime secrets).""", [rc("db", rt)] + sorted_clusters(cs))

# ---------------------------------------------------------------- chain-and-splitter
def splitter_route(regex=False):
    legs = [("db", 100, "db"), ("big-side", 9550, "big"), ("goldilocks-side", 300, "goldilocks"), ("lil-bit-side", 50, "small")]
    wc = {"clusters": [{"name": sni(s), "weight": w, "request_headers_to_add": [set_hdr("x-split-leg", h)],
                        "response_headers_to_add": [set_hdr("x-split-leg", h)]} for s, w, h in legs]}
    rx = lambda p: {"regex_rewrite": {"pattern": {"regex": f"^{p}(/?)(.*)"}, "substitution": "/\\2"}} if regex else {}
    return [
        route({"prefix": "/big-side"}, to(sni("big-side"), idle_timeout="0s", timeout="10s", **rx("/big-side"))),
        route({"prefix": "/lil-bit-side"}, to(sni("lil-bit-side"), **rx("/lil-bit-side"))),
        route({"prefix": "/"}, dict({"weighted_clusters": wc}, **rx("/"))),
    ]
cs = [local("big-side"), local("db", timeout="25s"), local("goldilocks-side"), local("lil-bit-side")]
write("consul-chain-and-splitter", """
Consul's resources for the proxycfg variation "chain-and-splitter" (testing_upstreams.go: a router with
/big-side and /lil-bit-side in front of db's four-way splitter, db's resolver ConnectTimeout 25s), newest
Consul (1.22.7 and later): routes as golden agent/xds/testdata/routes/connect-proxy-with-chain-and-splitter.latest.golden
(read at 18e1d921) without the regex rewrites of routes that set no PrefixRewrite (#23390 removed them);
idle_timeout -1s becomes 0s, 0s timeouts are omitted; weights int(float32(w)*100); Set headers
OVERWRITE_IF_EXISTS_OR_ADD. Clusters: clusters.go, db with its resolver's 25s.""", [rc("db", splitter_route())] + sorted_clusters(cs))
write("consul-chain-and-splitter-1.22.3", """
The same variation as consul-chain-and-splitter, for Consul 1.22.1 to 1.22.6 (--consul 1.22.3): the routes are
those of golden agent/xds/testdata/routes/connect-proxy-with-chain-and-splitter.latest.golden read at 18e1d921
(the window between #23035 and #23390), where every router route with a destination but no PrefixRewrite
strips its prefix with regex_rewrite ^<prefix>(/?)(.*) -> /\\2, the catch-all included.""", [rc("db", splitter_route(True))] + sorted_clusters(cs))

# ---------------------------------------------------------------- peers
PEER_TD_META = "1c053652-8512-4373-90cf-5a7f6263a994.consul"
peer_sni = f"db.default.default.cluster-01.external.{PEER_TD_META}"
peer_san = f"spiffe://{PEER_TD_META}/ns/default/dc/dc2/svc/db"
peer_name = "db.default.cluster-01.external.peer1.domain"
write("consul-redirect-to-cluster-peer", """
Consul's resources for the proxycfg variation "redirect-to-cluster-peer" (testing_upstreams.go: db's resolver,
ConnectTimeout and RequestTimeout 33s, redirects to peer cluster-01; tcp, so no routes): golden
agent/xds/testdata/clusters/connect-proxy-with-chain-and-redirect-to-cluster-peer.latest.golden (read at
27e21c3), its db cluster. The golden's peering data is the test's: trust bundle domain peer1.domain (the cluster
name), peer meta SNI and SAN under 1c053652-….consul (structs.TestCheckNodeServiceWithNameInPeer); the case passes
them with --peer and the peer-service hook. The peer's roots are a placeholder like the local ones.""",
      [cluster(peer_name, peer_sni, [peer_san], timeout="33s", roots="<PEER_ROOT_CA_PEMS:cluster-01>")])

dname = sni("db")
members = [f"failover-target~0~{dname}", f"failover-target~1~{dname}"]
write("consul-failover-to-cluster-peer", """
Consul's resources for the proxycfg variation "failover-to-cluster-peer" (testing_upstreams.go: db's resolver,
33s/33s, fails over to Targets [{Peer = cluster-01}]; tcp, so no routes). The golden
agent/xds/testdata/clusters/connect-proxy-with-chain-and-failover-to-cluster-peer.latest.golden read (at 22af2ea)
is from before the failover policy rework: it names the members failover-target~<name> and gives the peer member
1s and max_ejection_percent 100. The current code (agent/xds/failover_policy.go mapDiscoChainTargets +
sequential, clusters.go at 2d061e42) names them failover-target~<i>~<primary>, gives every member the primary
node's connect timeout and upstream config, and the peer member the peer meta's SNI and SANs and the peer's
roots; that is written here, with the golden's peer meta (see consul-redirect-to-cluster-peer).""", [
    aggregate(dname, members, "33s"),
    cluster(members[0], dname, [spiffe("db")], timeout="33s"),
    cluster(members[1], peer_sni, [peer_san], timeout="33s", roots="<PEER_ROOT_CA_PEMS:cluster-01>"),
])

# derived, http
http_peer_sni = "db.default.default.cluster-01.external.peer1.consul"
write("redirect-to-peer-http", """
No Consul golden: the issue's case, "redirect-to-cluster-peer" with protocol http and only --peer
cluster-01=peer1.consul@dc2 (no peer meta). Per compile.go getResolverNode the peer target keeps db's resolver
(33s/33s, not a default chain), so routes.go makes a RouteConfiguration whose resolver-start route has the 33s
timeout, and clusters.go the 33s cluster; its name follows generatePeeredClusterName, its SNI and SANs what the
exporting side puts in the peer meta (createDiscoChainHealth: connect.PeeredServiceSNI, the service's SPIFFE ID
and the exporting mesh gateway's).""", [
    rc("db", [route({"prefix": "/"}, to("db.default.cluster-01.external.peer1.consul", timeout="33s"))]),
    cluster("db.default.cluster-01.external.peer1.consul", http_peer_sni,
            ["spiffe://peer1.consul/ns/default/dc/dc2/svc/db", "spiffe://peer1.consul/gateway/mesh/dc/dc2"],
            timeout="33s", roots="<PEER_ROOT_CA_PEMS:cluster-01>"),
])

# ---------------------------------------------------------------- lb
hp = [{"cookie": {"name": "chocolate-chip"}, "terminal": True},
      {"cookie": {"name": "chocolate-chip", "ttl": "0s"}},
      {"header": {"header_name": "x-user-id"}},
      {"query_parameter": {"name": "my-pretty-param"}},
      {"connection_properties": {"source_ip": True}, "terminal": True}]
write("consul-lb-resolver", """
Consul's resources for the proxycfg variation "lb-resolver" (testing_upstreams.go: db's splitter 95.5/4.5 to
something-else and db; db's resolver ring_hash 20/30 with five hash policies). Routes: golden
agent/xds/testdata/routes/connect-proxy-lb-in-resolver.latest.golden (read at 0c13388) without total_weight
(#20011) and validate_clusters (#21587). Clusters: clusters.go injectLBToCluster on db only.""", [
    rc("db", [route({"prefix": "/"}, {"weighted_clusters": {"clusters": [
        {"name": sni("something-else"), "weight": 9550}, {"name": sni("db"), "weight": 450}]}, "hash_policy": hp})]),
    local("db", lb={"lb_policy": "RING_HASH", "ring_hash_lb_config": {"minimum_ring_size": 20, "maximum_ring_size": 30}}),
    local("something-else"),
])
write("lb-least-request-and-maglev", """
No Consul golden for these policies on a connect proxy: derived from agent/xds/clusters.go injectLBToCluster
(least_request -> LEAST_REQUEST with least_request_lb_config.choice_count; maglev -> MAGLEV, no config) and
agent/xds/routes.go injectLBToRouteAction (hash policies only for hash-based policies: maglev yes,
least_request no). Both are resolver-start chains (protocol http), so their routes carry no timeout.""", [
    rc("api", [route({"prefix": "/"}, to(sni("api"), hash_policy=[
        {"header": {"header_name": "x-user"}},
        {"cookie": {"name": "session-id", "ttl": "10s", "path": "/"}, "terminal": True}]))]),
    rc("cart", [route({"prefix": "/"}, to(sni("cart")))]),
    local("api", lb={"lb_policy": "MAGLEV"}),
    local("cart", lb={"lb_policy": "LEAST_REQUEST", "least_request_lb_config": {"choice_count": 5}}),
])

# ---------------------------------------------------------------- grpc / http2
write("consul-grpc-router", """
Consul's resources for the proxycfg variation "grpc-router" (testing_upstreams.go: proxy-defaults grpc, db's
resolver 33s/33s, a router sending PathExact /fgrpc.PingServer/Ping to service prefix). Routes: the router's route
and the catch-all to db (a resolver's RequestTimeout is not used behind a router; routes.go). Clusters: clusters.go
with HTTP/2 protocol options for grpc.""", [
    rc("db", [route({"path": "/fgrpc.PingServer/Ping"}, to(sni("prefix"))), route({"prefix": "/"}, to(sni("db")))]),
    local("db", timeout="33s", h2=True), local("prefix", h2=True),
])
write("http2-chain", """
Consul's resources for the proxycfg variation "simple" (db's resolver 33s/33s) with service-defaults db
protocol http2, as in Consul's golden tests connect-proxy-with-http-chain / -http2-chain: routes golden
agent/xds/testdata/routes/connect-proxy-with-http-chain.latest.golden (read at f0bf3d7: one prefix / route to db
with timeout 33s); clusters.go adds HTTP/2 protocol options for http2.""", [
    rc("db", [route({"prefix": "/"}, to(sni("db"), timeout="33s"))]),
    local("db", timeout="33s", h2=True),
])

# ---------------------------------------------------------------- upstream config
write("consul-chain-and-overrides", """
Consul's resources for the proxycfg variation "simple-with-overrides" (db's resolver 33s/33s compiled with
OverrideMeshGateway local, OverrideProtocol grpc, OverrideConnectTimeout 66s), here produced by web's
service-defaults UpstreamConfig.Overrides for db and --for web. Clusters: golden
agent/xds/testdata/clusters/connect-proxy-with-chain-and-overrides.latest.golden (read at 2d061e4; its SAN type
DNS is the pre-#19954 form, URI here): customization hash 78ebd528, 66s, HTTP/2 options. Routes: the grpc chain
is not default, so a resolver-start route with the resolver's 33s timeout to the prefixed cluster (the routes
golden read, at 3ab8395, predates the variation's RequestTimeout).""", [
    rc("db", [route({"prefix": "/"}, to("78ebd528~" + sni("db"), timeout="33s"))]),
    cluster("78ebd528~" + sni("db"), sni("db"), [spiffe("db")], timeout="66s", h2=True),
])
write("upstream-config-limits", """
Consul's db cluster of golden agent/xds/testdata/clusters/custom-limits.latest.golden (the upstream's config
limits max_connections 500, max_pending_requests 600, max_concurrent_requests 700 on a default chain; clusters.go
makeThresholdsIfNeeded), here from web's service-defaults UpstreamConfig.Defaults.Limits and --for web
(configentry ComputeResolvedServiceConfig merges Defaults into every upstream's config).""", [
    local("db", cb={"thresholds": [{"max_connections": 500, "max_pending_requests": 600, "max_requests": 700}]}),
])
write("upstream-config-passive-health", """
Consul's db cluster of golden agent/xds/testdata/clusters/custom-passive-healthcheck.latest.golden (read at
2d061e4: interval 10s, consecutive_5xx 5, enforcing_consecutive_5xx 80, max_ejection_percent 100,
base_ejection_time 10s; xds/config ToOutlierDetection), here from web's UpstreamConfig.Defaults.PassiveHealthCheck
and --for web.""", [
    local("db", od={"interval": "10s", "consecutive_5xx": 5, "enforcing_consecutive_5xx": 80,
                    "max_ejection_percent": 100, "base_ejection_time": "10s"}),
])
h = customization_hash("remote", "", 2_500_000_000)
base = f"{h}~{sni('db')}"
mem = [f"failover-target~0~{base}", f"failover-target~1~{base}"]
cb = {"thresholds": [{"max_pending_requests": 7}]}
od = {"consecutive_5xx": 3}
write("upstream-config-precedence", """
No Consul golden: Consul's precedence (agent/configentry/resolve.go ComputeResolvedServiceConfig, then proxycfg's
reducedUpstreamConfig and discoverychain.Compile's overrides) for --for web, web's UpstreamConfig
Defaults {ConnectTimeoutMs 2500, Limits {MaxConnections 10}, PassiveHealthCheck {MaxFailures 3}} and
Overrides [{Name db, Limits {MaxPendingRequests 7}, BalanceOutboundConnections exact_balance}], web's
MeshGateway remote, proxy-defaults protocol http and MeshGateway local:
- the override's Limits replace the Defaults' as a whole (MergeInto), PassiveHealthCheck comes from Defaults;
- connect_timeout_ms 2500 differs from db's 5s and the mesh gateway mode remote from db's local: the chain is
  customized, hash fbd17db4 (hashstructure v1 of {remote, "", 2.5s}), which prefixes every cluster name,
  the failover members' too (failover-target~<i>~<hash>~<name>); the protocol http equals the chain's, no marker;
- every member of db's failover gets the same circuit breakers and outlier detection, the aggregate none;
- BalanceOutboundConnections goes to the upstream listener, which is not among these resources.""", [
    rc("db", [route({"prefix": "/"}, to(base, timeout="20s"))])] + sorted_clusters([
    aggregate(base, mem, "2.500s"),
    cluster(mem[0], sni("db"), [spiffe("db")], timeout="2.500s", cb=cb, od=od),
    cluster(mem[1], sni("db", "dc2"), [spiffe("db", "dc2")], timeout="2.500s", cb=cb, od=od),
]))
