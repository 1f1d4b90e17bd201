/// Descriptions of the rules the decoder reports (see ``RuleRegistry``).
///
/// The decoder reproduces `consul config write`'s decode step (spec decoding §1): what fails
/// there is an `error`; kinds centry does not model are a `warning`.
public enum DecodingRules {
  public static let descriptions: [RuleDescription] = [
    unknownField, typeMismatch, missingKind, unknownKind, unsupportedKind, invalidDuration, duplicateField,
    tooManyBlocks, enterpriseOnly, metaNotString, keyChainTooLong, repeatedKey,
  ]

  static let unknownField = RuleDescription(
    id: "unknown-field", severity: .error,
    summary: "A key that is not a field of the entry at that level",
    rationale: """
      Consul decodes a file into its typed structs and rejects every key no field consumed: \
      `invalid config key "Routes[0].Match.HTTP.PathPrefx"`. Field names match exactly or \
      case-insensitively (`pathprefix` works); snake_case works only for the aliases Consul \
      lists (`path_prefix`), and only at their own level. Keys ending in `namespace` get Consul's \
      note that namespaces are an Enterprise feature, keys containing `jwt` the API-gateway JWT \
      note. The help suggests the closest valid spelling and lists the fields of that level.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP { PathPrefix = "/v2" } } }]
        """),
      Example(
        """
        kind = "service-router"
        name = "web"
        routes = [{ match { http { path_prefix = "/v2" } } }]
        """),
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP { «PathPrefx» = "/v2" } } }]
        """),
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        «Protocl» = "http"
        «max_request_headers_kb» = 96
        """),
      Example(
        """
        {"Kind": "service-resolver", "Name": "api", "Subsets": {"v1": {«"Filtr"»: "Service.Meta.v == 1"}}}
        """),
    ])

  static let typeMismatch = RuleDescription(
    id: "type-mismatch", severity: .error,
    summary: "A value of a type Consul cannot convert to the field's type",
    rationale: """
      Consul decodes with weak typing: numbers and booleans become strings, numeric and boolean \
      strings (`"5"`, `"true"`) become numbers and booleans, a single value becomes a one-element \
      list, and a one-element list or block becomes an object. Anything else fails the decode, \
      e.g. `'Splits[0].Weight' cannot parse value as 'float32'`. A non-string `Kind` fails with \
      `Kind value in payload is not a string`.
      """,
    passing: [
      Example(
        """
        Kind = "service-splitter"
        Name = "web"
        Splits = [{ Weight = "90" }, { Weight = 10 }]
        """),
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        LocalRequestTimeoutMs = "30000"
        """),
    ],
    failing: [
      Example(
        """
        Kind = "service-splitter"
        Name = "web"
        Splits = [{ Weight = «"ninety"» }, { Weight = 10 }]
        """),
      Example(
        """
        Kind = «5»
        Name = "web"
        """),
      Example(
        """
        Kind = "service-router"
        Name = «["a", "b"]»
        """),
    ])

  static let missingKind = RuleDescription(
    id: "missing-kind", severity: .error,
    summary: "An entry without a top-level `Kind` or `kind` key",
    rationale: """
      Consul looks for the kind under exactly `Kind` or `kind` at the top level and fails with \
      `Payload does not contain a kind/Kind key at the top level` otherwise; other spellings \
      such as `KIND` are not read.
      """,
    passing: [
      Example(
        """
        kind = "service-defaults"
        name = "web"
        """)
    ],
    failing: [
      Example(
        """
        «Name» = "web"
        Protocol = "http"
        """),
      Example(
        """
        «KIND» = "service-defaults"
        Name = "web"
        """),
    ])

  static let unknownKind = RuleDescription(
    id: "unknown-kind", severity: .error,
    summary: "A `Kind` that is not a config entry kind Consul knows",
    rationale: """
      Kinds are exact, lower-case names; anything else fails with \
      `invalid config entry kind: <kind>`. The help lists every kind `consul config write` \
      accepts and suggests the closest one.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        """)
    ],
    failing: [
      Example(
        """
        Kind = «"service-route"»
        Name = "web"
        """),
      Example(
        """
        Kind = «"Service-Defaults"»
        Name = "web"
        """),
    ])

  static let unsupportedKind = RuleDescription(
    id: "unsupported-kind", severity: .warning,
    summary: "An entry of a kind Consul knows but centry does not check yet",
    rationale: """
      centry models service-defaults, proxy-defaults, service-router, service-splitter and \
      service-resolver. Entries of the other kinds Consul accepts (gateways, intentions, mesh, \
      exported-services …) are counted and kept in the set but their fields are neither decoded \
      nor validated, so a mistake in them would go unnoticed here.
      """,
    passing: [
      Example(
        """
        Kind = "service-resolver"
        Name = "web"
        """)
    ],
    failing: [
      Example(
        """
        Kind = «"service-intentions"»
        Name = "web"
        Sources = [{ Name = "api", Action = "allow" }]
        """),
      Example(
        """
        Kind = «"mesh"»
        """),
    ])

  static let invalidDuration = RuleDescription(
    id: "invalid-duration", severity: .error,
    summary: "A duration string that Go's `time.ParseDuration` rejects",
    rationale: """
      Duration fields (`RequestTimeout`, `IdleTimeout`, `ConnectTimeout`, `Interval`, \
      `BaseEjectionTime`, `TTL`) are parsed with Go's `time.ParseDuration`: a sequence of \
      numbers with units `ns`, `us` (`µs`), `ms`, `s`, `m`, `h`, with optional sign and fractions; \
      `"0"` is the only unit-less value and there is no `d`. Consul fails with \
      `time: missing unit in duration`, `time: unknown unit` or `time: invalid duration`. A bare \
      number is accepted as nanoseconds.
      """,
    passing: [
      Example(
        """
        Kind = "service-resolver"
        Name = "web"
        ConnectTimeout = "1m30s"
        RequestTimeout = "0"
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Destination { RequestTimeout = «"10"» } }]
        """),
      Example(
        """
        Kind = "service-resolver"
        Name = "web"
        ConnectTimeout = «"1d"»
        RequestTimeout = «"5 s"»
        """),
    ])

  static let duplicateField = RuleDescription(
    id: "duplicate-field", severity: .error,
    summary: "One field written twice under different spellings",
    rationale: """
      When a field is written both in CamelCase and as its snake_case alias (or in two letter \
      cases), Consul keeps the exact CamelCase spelling and reports the other as an unused key \
      (`invalid config key "…pathprefix"`), so the write fails. The diagnostic points at the \
      spelling Consul rejects.
      """,
    passing: [
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        transparent_proxy { dialed_directly = true }
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP {
          PathPrefix = "/a"
          «path_prefix» = "/b"
        } } }]
        """),
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        MutualTLSMode = "strict"
        «mutual_tls_mode» = "strict"
        """),
    ])

  static let tooManyBlocks = RuleDescription(
    id: "too-many-blocks", severity: .error,
    summary: "Several blocks where Consul expects one object",
    rationale: """
      In HCL every block is a list; Consul unwraps a one-element list into an object, but two \
      blocks (`Match { } Match { }`) stay a list that cannot fill a single object: \
      `'Routes[0].Match' expected a map or struct, got "slice"`. Lists such as `Routes` or \
      `Splits` may be written as repeated blocks; objects such as `Match`, `Destination` or \
      `Redirect` may not.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes { Match { HTTP { PathPrefix = "/a" } } }
        Routes { Match { HTTP { PathPrefix = "/b" } } }
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{
          Match { HTTP { PathPrefix = "/a" } }
          Match «{ HTTP { PathPrefix = "/b" } }»
        }]
        """)
    ])

  static let enterpriseOnly = RuleDescription(
    id: "enterprise-only", severity: .error,
    summary: "An entry-level `Namespace` or `Partition`, which Consul CE rejects",
    rationale: """
      The consul CLI accepts `Namespace` and `Partition` at the entry level and in \
      service-defaults `UpstreamConfig` (its structs have the fields), but a Consul CE server has \
      no such fields there and rejects the write while decoding: \
      `invalid config key "Namespace", namespaces are a consul enterprise feature`. centry checks \
      against Consul CE, so this is an error. (`Namespace`/`Partition` inside routes, splits, \
      redirects and failover are real CE fields and are not reported here.)
      """,
    passing: [
      Example(
        """
        Kind = "service-splitter"
        Name = "web"
        Splits = [{ Weight = 100, Namespace = "default" }]
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        «Namespace» = "team-a"
        """),
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        UpstreamConfig { Overrides = [{ Name = "db", «Partition» = "p1" }] }
        """),
    ])

  static let metaNotString = RuleDescription(
    id: "meta-not-string", severity: .warning,
    summary: "A `Meta` value that is not a string",
    rationale: """
      `Meta` is a map of strings. Consul converts other values silently: `replicas = 3` is \
      stored as `"3"` and `canary = true` as `"1"` (not `"true"`), which is rarely what was meant.
      """,
    passing: [
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        Meta { replicas = "3" }
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        Meta {
          replicas = «3»
          canary   = «true»
        }
        """)
    ])

  static let keyChainTooLong = RuleDescription(
    id: "key-chain-too-long", severity: .error,
    summary: "A block with more labels than centry reads",
    rationale: """
      HCL v1 nests one map level per block label (`Subsets "v1" { … }` is \
      `Subsets = { v1 = { … } }`). Config entries never need more than two; centry refuses \
      chains longer than 64 keys instead of building an arbitrarily deep tree, and skips the \
      item.
      """,
    passing: [
      Example(
        """
        Kind = "service-resolver"
        Name = "web"
        Subsets "v1" { Filter = "Service.Meta.version == v1" }
        """)
    ],
    failing: [
      Example(
        """
        Kind = "proxy-defaults"
        Config \(String(repeating: "\"a\" ", count: 63))«\"b\" \"c\"» { x = 1 }
        """)
    ])

  static let repeatedKey = RuleDescription(
    id: "repeated-key", severity: .warning,
    summary: "The same key written twice in one object, the first value being lost",
    rationale: """
      HCL v1 and Go's JSON decoder keep the last value of a key written twice in one object \
      (`Protocol = "http"` … `Protocol = "tcp"` is `tcp`), silently. Blocks and lists under the \
      same key are different: they are concatenated (`Routes { … }` twice is two routes) and \
      not reported.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes { Match { HTTP { PathPrefix = "/a" } } }
        Routes { Match { HTTP { PathPrefix = "/b" } } }
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        Protocol = "http"
        «Protocol» = "tcp"
        """),
      Example(
        """
        {"Kind": "service-defaults", "Name": "web", "Meta": {"a": "1", «"a"»: "2"}}
        """),
    ])
}
