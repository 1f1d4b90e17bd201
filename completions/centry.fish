function __centry_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __centry_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __centry_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __centry_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __centry_parse_tokens -S
    set -l unparsed_tokens (__centry_tokens -pc)
    switch $unparsed_tokens[1]
    case 'centry'
        __centry_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'lint'
            __centry_parse_subcommand -r 1 'format=' 'color=' 'strict' 'catalog=' 'consul' 'http-addr=' 'token=' 'token-file=' 'ca-file=' 'ca-path=' 'client-cert=' 'client-key=' 'tls-server-name=' 'namespace=' 'partition=' 'stale' 'timeout=' 'verbose' 'version' 'h/help'
        case 'compile'
            __centry_parse_subcommand -r 1 'format=' 'color=' 'strict' 'to=' 'service=' 'trust-domain=' 'datacenter=' 'consul=' 'for=' 'peer=+' 'version' 'h/help'
        case 'rules'
            __centry_parse_subcommand 1 'version' 'h/help'
        case 'schema'
            __centry_parse_subcommand 1 'format=' 'version' 'h/help'
        case 'explain'
            __centry_parse_subcommand -r 2 'trust-domain=' 'datacenter=' 'consul' 'http-addr=' 'token=' 'token-file=' 'ca-file=' 'ca-path=' 'client-cert=' 'client-key=' 'tls-server-name=' 'namespace=' 'partition=' 'stale' 'timeout=' 'verbose' 'peer=+' 'format=' 'version' 'h/help'
        case 'route'
            __centry_parse_subcommand -r 2 'trust-domain=' 'datacenter=' 'consul' 'http-addr=' 'token=' 'token-file=' 'ca-file=' 'ca-path=' 'client-cert=' 'client-key=' 'tls-server-name=' 'namespace=' 'partition=' 'stale' 'timeout=' 'verbose' 'peer=+' 'path=' 'method=' 'header=+' 'query=+' 'format=' 'version' 'h/help'
        case 'write'
            __centry_parse_subcommand -r 1 'format=' 'color=' 'strict' 'cas' 'modify-index=' 'dry-run' 'consul' 'http-addr=' 'token=' 'token-file=' 'ca-file=' 'ca-path=' 'client-cert=' 'client-key=' 'tls-server-name=' 'namespace=' 'partition=' 'stale' 'timeout=' 'verbose' 'datacenter=' 'version' 'h/help'
        case 'read'
            __centry_parse_subcommand 2 'http-addr=' 'token=' 'token-file=' 'ca-file=' 'ca-path=' 'client-cert=' 'client-key=' 'tls-server-name=' 'namespace=' 'partition=' 'stale' 'timeout=' 'verbose' 'datacenter=' 'version' 'h/help'
        case 'list'
            __centry_parse_subcommand 1 'http-addr=' 'token=' 'token-file=' 'ca-file=' 'ca-path=' 'client-cert=' 'client-key=' 'tls-server-name=' 'namespace=' 'partition=' 'stale' 'timeout=' 'verbose' 'datacenter=' 'version' 'h/help'
        case 'delete'
            __centry_parse_subcommand 2 'cas' 'modify-index=' 'http-addr=' 'token=' 'token-file=' 'ca-file=' 'ca-path=' 'client-cert=' 'client-key=' 'tls-server-name=' 'namespace=' 'partition=' 'stale' 'timeout=' 'verbose' 'datacenter=' 'version' 'h/help'
        case 'diff'
            __centry_parse_subcommand -r 1 'format=' 'http-addr=' 'token=' 'token-file=' 'ca-file=' 'ca-path=' 'client-cert=' 'client-key=' 'tls-server-name=' 'namespace=' 'partition=' 'stale' 'timeout=' 'verbose' 'datacenter=' 'version' 'h/help'
        case 'help'
            __centry_parse_subcommand -r 1 'version'
        end
    end
end

function __centry_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __centry_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __centry_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __centry_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__centry_tokens -p)
    if test -z "$(__centry_tokens -t)"
        set -l index (count (__centry_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'centry' -f
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'lint' -d 'Parse, decode and check config entries; print diagnostics.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'compile' -d 'Emit the JSON body `consul config write` sends, or the Envoy resources Consul generates.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'rules' -d 'List the rules, or show one rule\'s full text and examples.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'schema' -d 'List the described kinds, or show one kind\'s fields as a tree.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'explain' -d 'Show the compiled discovery chain of a service: routes, splits, resolver targets.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'route' -d 'Simulate Envoy\'s route matching for a request to a service: route, splits, targets.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'write' -d 'Write config entries to Consul (as `consul config write`), after linting the whole set.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'read' -d 'Print a config entry from Consul as JSON (as `consul config read`).'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'list' -d 'List the names of the config entries of a kind in Consul (as `consul config list`).'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'delete' -d 'Delete a config entry from Consul (as `consul config delete`).'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'diff' -d 'Show what `write` would change in Consul: a diff of the JSON bodies, then the traffic impact.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry lint" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" format' -l 'format' -d 'Report format: text, json, sarif, github or checkstyle.' -rfka 'text json sarif github checkstyle'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" color' -l 'color' -d 'Colour the text report: auto (only on a terminal), always or never. NO_COLOR disables it.' -rfka 'auto always never'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" strict' -l 'strict' -d 'Fail (exit 1) on warnings too.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" catalog' -l 'catalog' -d 'Service instances (JSON of /v1/health/service/NAME, or an object of such arrays by service) to check subset filters against.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" consul' -l 'consul' -d 'Check the inputs against a live Consul: they replace their live versions, every other entry is fetched.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" http-addr http-addr' -l 'http-addr' -o 'http-addr' -d 'Consul\'s HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" token token' -l 'token' -o 'token' -d 'ACL token (env CONSUL_HTTP_TOKEN).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" token-file token-file' -l 'token-file' -o 'token-file' -d 'File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" ca-file ca-file' -l 'ca-file' -o 'ca-file' -d 'CA certificate file for TLS (env CONSUL_CACERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" ca-path ca-path' -l 'ca-path' -o 'ca-path' -d 'Directory of CA certificates for TLS (env CONSUL_CAPATH).' -rfa '(__centry_complete_directories)'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" client-cert client-cert' -l 'client-cert' -o 'client-cert' -d 'Client certificate for TLS (env CONSUL_CLIENT_CERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" client-key client-key' -l 'client-key' -o 'client-key' -d 'Client key for TLS (env CONSUL_CLIENT_KEY).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" tls-server-name tls-server-name' -l 'tls-server-name' -o 'tls-server-name' -d 'Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" namespace namespace' -l 'namespace' -o 'namespace' -d 'Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" partition partition' -l 'partition' -o 'partition' -d 'Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" stale stale' -l 'stale' -o 'stale' -d 'Let any server answer reads (?stale).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" timeout' -l 'timeout' -d 'Bound of each request to Consul (a Go duration).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" verbose' -l 'verbose' -d 'Log each request to Consul on stderr (never the token).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry compile" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" format' -l 'format' -d 'Report format: text, json, sarif, github or checkstyle.' -rfka 'text json sarif github checkstyle'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" color' -l 'color' -d 'Colour the text report: auto (only on a terminal), always or never. NO_COLOR disables it.' -rfka 'auto always never'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" strict' -l 'strict' -d 'Fail (exit 1) on warnings too.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" to' -l 'to' -d 'What to emit: json or envoy (crd and hcl are not supported yet).' -rfka 'json envoy crd hcl'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" service' -l 'service' -d '--to envoy: the upstream service to render (default: every service with a chain).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" trust-domain' -l 'trust-domain' -d '--to envoy: the mesh trust domain (default: 11111111-2222-3333-4444-555555555555.consul).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" datacenter' -l 'datacenter' -d '--to envoy: the local datacenter (default: dc1).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" consul' -l 'consul' -d '--to envoy: the Consul release to reproduce, MAJOR.MINOR[.PATCH] (default: the newest, 1.22.7 and later; PrefixRewrite "/" is a prefix_rewrite up to 1.22.0).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" for' -l 'for' -d '--to envoy: the service whose proxy receives the resources; its service-defaults UpstreamConfig applies.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile"' -l 'peer' -d 'A cluster peer\'s trust domain and datacenter, for its targets\' cluster names, SNIs and SANs (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry compile" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry rules" -eq 1' -fka '(__centry_custom_completion ---completion rules -- positional@0 (count (__centry_tokens -pc)) (__centry_tokens -tC))'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry rules" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry schema" -eq 1' -fka '(__centry_custom_completion ---completion schema -- positional@0 (count (__centry_tokens -pc)) (__centry_tokens -tC))'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry schema" format' -l 'format' -d 'Output format: text, json or markdown.' -rfka 'text json markdown'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry schema" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry schema" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry explain" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" trust-domain' -l 'trust-domain' -d 'Trust domain for cluster names and SNIs.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" datacenter' -l 'datacenter' -d 'Datacenter of local targets.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" consul' -l 'consul' -d 'Check the inputs against a live Consul: they replace their live versions, every other entry is fetched.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" http-addr http-addr' -l 'http-addr' -o 'http-addr' -d 'Consul\'s HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" token token' -l 'token' -o 'token' -d 'ACL token (env CONSUL_HTTP_TOKEN).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" token-file token-file' -l 'token-file' -o 'token-file' -d 'File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" ca-file ca-file' -l 'ca-file' -o 'ca-file' -d 'CA certificate file for TLS (env CONSUL_CACERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" ca-path ca-path' -l 'ca-path' -o 'ca-path' -d 'Directory of CA certificates for TLS (env CONSUL_CAPATH).' -rfa '(__centry_complete_directories)'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" client-cert client-cert' -l 'client-cert' -o 'client-cert' -d 'Client certificate for TLS (env CONSUL_CLIENT_CERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" client-key client-key' -l 'client-key' -o 'client-key' -d 'Client key for TLS (env CONSUL_CLIENT_KEY).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" tls-server-name tls-server-name' -l 'tls-server-name' -o 'tls-server-name' -d 'Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" namespace namespace' -l 'namespace' -o 'namespace' -d 'Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" partition partition' -l 'partition' -o 'partition' -d 'Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" stale stale' -l 'stale' -o 'stale' -d 'Let any server answer reads (?stale).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" timeout' -l 'timeout' -d 'Bound of each request to Consul (a Go duration).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" verbose' -l 'verbose' -d 'Log each request to Consul on stderr (never the token).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain"' -l 'peer' -d 'A cluster peer\'s trust domain and datacenter, for its targets\' cluster names, SNIs and SANs (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" format' -l 'format' -d 'Output format: text, mermaid (flowchart) or dot (Graphviz).' -rfka 'text mermaid dot'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry route" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" trust-domain' -l 'trust-domain' -d 'Trust domain for cluster names and SNIs.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" datacenter' -l 'datacenter' -d 'Datacenter of local targets.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" consul' -l 'consul' -d 'Check the inputs against a live Consul: they replace their live versions, every other entry is fetched.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" http-addr http-addr' -l 'http-addr' -o 'http-addr' -d 'Consul\'s HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" token token' -l 'token' -o 'token' -d 'ACL token (env CONSUL_HTTP_TOKEN).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" token-file token-file' -l 'token-file' -o 'token-file' -d 'File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" ca-file ca-file' -l 'ca-file' -o 'ca-file' -d 'CA certificate file for TLS (env CONSUL_CACERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" ca-path ca-path' -l 'ca-path' -o 'ca-path' -d 'Directory of CA certificates for TLS (env CONSUL_CAPATH).' -rfa '(__centry_complete_directories)'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" client-cert client-cert' -l 'client-cert' -o 'client-cert' -d 'Client certificate for TLS (env CONSUL_CLIENT_CERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" client-key client-key' -l 'client-key' -o 'client-key' -d 'Client key for TLS (env CONSUL_CLIENT_KEY).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" tls-server-name tls-server-name' -l 'tls-server-name' -o 'tls-server-name' -d 'Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" namespace namespace' -l 'namespace' -o 'namespace' -d 'Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" partition partition' -l 'partition' -o 'partition' -d 'Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" stale stale' -l 'stale' -o 'stale' -d 'Let any server answer reads (?stale).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" timeout' -l 'timeout' -d 'Bound of each request to Consul (a Go duration).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" verbose' -l 'verbose' -d 'Log each request to Consul on stderr (never the token).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route"' -l 'peer' -d 'A cluster peer\'s trust domain and datacenter, for its targets\' cluster names, SNIs and SANs (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" path' -l 'path' -d 'Request path, optionally with a query string (/v2?debug=1).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" method' -l 'method' -d 'Request method.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route"' -l 'header' -d 'A request header (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route"' -l 'query' -d 'A query parameter (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry write" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" format' -l 'format' -d 'Report format: text, json, sarif, github or checkstyle.' -rfka 'text json sarif github checkstyle'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" color' -l 'color' -d 'Colour the text report: auto (only on a terminal), always or never. NO_COLOR disables it.' -rfka 'auto always never'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" strict' -l 'strict' -d 'Fail (exit 1) on warnings too.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" cas cas' -l 'cas' -o 'cas' -d 'Check-and-set: write only if the entry\'s ModifyIndex is --modify-index (0: only if absent).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" modify-index modify-index' -l 'modify-index' -o 'modify-index' -d 'The ModifyIndex for -cas.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" dry-run' -l 'dry-run' -d 'Print the plan (order; new, changed or unchanged per entry, from a GET of each) and write nothing.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" consul' -l 'consul' -d 'Lint the inputs on top of the live entries (fetched first) instead of on their own.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" http-addr http-addr' -l 'http-addr' -o 'http-addr' -d 'Consul\'s HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" token token' -l 'token' -o 'token' -d 'ACL token (env CONSUL_HTTP_TOKEN).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" token-file token-file' -l 'token-file' -o 'token-file' -d 'File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" ca-file ca-file' -l 'ca-file' -o 'ca-file' -d 'CA certificate file for TLS (env CONSUL_CACERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" ca-path ca-path' -l 'ca-path' -o 'ca-path' -d 'Directory of CA certificates for TLS (env CONSUL_CAPATH).' -rfa '(__centry_complete_directories)'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" client-cert client-cert' -l 'client-cert' -o 'client-cert' -d 'Client certificate for TLS (env CONSUL_CLIENT_CERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" client-key client-key' -l 'client-key' -o 'client-key' -d 'Client key for TLS (env CONSUL_CLIENT_KEY).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" tls-server-name tls-server-name' -l 'tls-server-name' -o 'tls-server-name' -d 'Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" namespace namespace' -l 'namespace' -o 'namespace' -d 'Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" partition partition' -l 'partition' -o 'partition' -d 'Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" stale stale' -l 'stale' -o 'stale' -d 'Let any server answer reads (?stale).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" timeout' -l 'timeout' -d 'Bound of each request to Consul (a Go duration).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" verbose' -l 'verbose' -d 'Log each request to Consul on stderr (never the token).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" datacenter datacenter' -l 'datacenter' -o 'datacenter' -d 'Datacenter to query (?dc=).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry write" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" http-addr http-addr' -l 'http-addr' -o 'http-addr' -d 'Consul\'s HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" token token' -l 'token' -o 'token' -d 'ACL token (env CONSUL_HTTP_TOKEN).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" token-file token-file' -l 'token-file' -o 'token-file' -d 'File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" ca-file ca-file' -l 'ca-file' -o 'ca-file' -d 'CA certificate file for TLS (env CONSUL_CACERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" ca-path ca-path' -l 'ca-path' -o 'ca-path' -d 'Directory of CA certificates for TLS (env CONSUL_CAPATH).' -rfa '(__centry_complete_directories)'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" client-cert client-cert' -l 'client-cert' -o 'client-cert' -d 'Client certificate for TLS (env CONSUL_CLIENT_CERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" client-key client-key' -l 'client-key' -o 'client-key' -d 'Client key for TLS (env CONSUL_CLIENT_KEY).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" tls-server-name tls-server-name' -l 'tls-server-name' -o 'tls-server-name' -d 'Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" namespace namespace' -l 'namespace' -o 'namespace' -d 'Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" partition partition' -l 'partition' -o 'partition' -d 'Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" stale stale' -l 'stale' -o 'stale' -d 'Let any server answer reads (?stale).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" timeout' -l 'timeout' -d 'Bound of each request to Consul (a Go duration).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" verbose' -l 'verbose' -d 'Log each request to Consul on stderr (never the token).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" datacenter datacenter' -l 'datacenter' -o 'datacenter' -d 'Datacenter to query (?dc=).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry read" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" http-addr http-addr' -l 'http-addr' -o 'http-addr' -d 'Consul\'s HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" token token' -l 'token' -o 'token' -d 'ACL token (env CONSUL_HTTP_TOKEN).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" token-file token-file' -l 'token-file' -o 'token-file' -d 'File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" ca-file ca-file' -l 'ca-file' -o 'ca-file' -d 'CA certificate file for TLS (env CONSUL_CACERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" ca-path ca-path' -l 'ca-path' -o 'ca-path' -d 'Directory of CA certificates for TLS (env CONSUL_CAPATH).' -rfa '(__centry_complete_directories)'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" client-cert client-cert' -l 'client-cert' -o 'client-cert' -d 'Client certificate for TLS (env CONSUL_CLIENT_CERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" client-key client-key' -l 'client-key' -o 'client-key' -d 'Client key for TLS (env CONSUL_CLIENT_KEY).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" tls-server-name tls-server-name' -l 'tls-server-name' -o 'tls-server-name' -d 'Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" namespace namespace' -l 'namespace' -o 'namespace' -d 'Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" partition partition' -l 'partition' -o 'partition' -d 'Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" stale stale' -l 'stale' -o 'stale' -d 'Let any server answer reads (?stale).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" timeout' -l 'timeout' -d 'Bound of each request to Consul (a Go duration).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" verbose' -l 'verbose' -d 'Log each request to Consul on stderr (never the token).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" datacenter datacenter' -l 'datacenter' -o 'datacenter' -d 'Datacenter to query (?dc=).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" cas cas' -l 'cas' -o 'cas' -d 'Check-and-set: delete only if the entry\'s ModifyIndex is --modify-index.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" modify-index modify-index' -l 'modify-index' -o 'modify-index' -d 'The ModifyIndex for -cas.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" http-addr http-addr' -l 'http-addr' -o 'http-addr' -d 'Consul\'s HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" token token' -l 'token' -o 'token' -d 'ACL token (env CONSUL_HTTP_TOKEN).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" token-file token-file' -l 'token-file' -o 'token-file' -d 'File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" ca-file ca-file' -l 'ca-file' -o 'ca-file' -d 'CA certificate file for TLS (env CONSUL_CACERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" ca-path ca-path' -l 'ca-path' -o 'ca-path' -d 'Directory of CA certificates for TLS (env CONSUL_CAPATH).' -rfa '(__centry_complete_directories)'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" client-cert client-cert' -l 'client-cert' -o 'client-cert' -d 'Client certificate for TLS (env CONSUL_CLIENT_CERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" client-key client-key' -l 'client-key' -o 'client-key' -d 'Client key for TLS (env CONSUL_CLIENT_KEY).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" tls-server-name tls-server-name' -l 'tls-server-name' -o 'tls-server-name' -d 'Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" namespace namespace' -l 'namespace' -o 'namespace' -d 'Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" partition partition' -l 'partition' -o 'partition' -d 'Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" stale stale' -l 'stale' -o 'stale' -d 'Let any server answer reads (?stale).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" timeout' -l 'timeout' -d 'Bound of each request to Consul (a Go duration).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" verbose' -l 'verbose' -d 'Log each request to Consul on stderr (never the token).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" datacenter datacenter' -l 'datacenter' -o 'datacenter' -d 'Datacenter to query (?dc=).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry diff" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" format' -l 'format' -d 'Output format: text (unified diff and impact) or json (both parts).' -rfka 'text json'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" http-addr http-addr' -l 'http-addr' -o 'http-addr' -d 'Consul\'s HTTP address: host:port, http://, https:// or unix:///path (env CONSUL_HTTP_ADDR; default 127.0.0.1:8500).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" token token' -l 'token' -o 'token' -d 'ACL token (env CONSUL_HTTP_TOKEN).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" token-file token-file' -l 'token-file' -o 'token-file' -d 'File holding the ACL token (env CONSUL_HTTP_TOKEN_FILE); wins over a token.' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" ca-file ca-file' -l 'ca-file' -o 'ca-file' -d 'CA certificate file for TLS (env CONSUL_CACERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" ca-path ca-path' -l 'ca-path' -o 'ca-path' -d 'Directory of CA certificates for TLS (env CONSUL_CAPATH).' -rfa '(__centry_complete_directories)'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" client-cert client-cert' -l 'client-cert' -o 'client-cert' -d 'Client certificate for TLS (env CONSUL_CLIENT_CERT).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" client-key client-key' -l 'client-key' -o 'client-key' -d 'Client key for TLS (env CONSUL_CLIENT_KEY).' -rF
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" tls-server-name tls-server-name' -l 'tls-server-name' -o 'tls-server-name' -d 'Server name for SNI and certificate checks (env CONSUL_TLS_SERVER_NAME).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" namespace namespace' -l 'namespace' -o 'namespace' -d 'Namespace, Enterprise only (env CONSUL_NAMESPACE; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" partition partition' -l 'partition' -o 'partition' -d 'Admin partition, Enterprise only (env CONSUL_PARTITION; CE rejects any value).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" stale stale' -l 'stale' -o 'stale' -d 'Let any server answer reads (?stale).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" timeout' -l 'timeout' -d 'Bound of each request to Consul (a Go duration).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" verbose' -l 'verbose' -d 'Log each request to Consul on stderr (never the token).'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" datacenter datacenter' -l 'datacenter' -o 'datacenter' -d 'Datacenter to query (?dc=).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry diff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry help" version' -l 'version' -d 'Show the version.'
