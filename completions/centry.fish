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
            __centry_parse_subcommand -r 1 'format=' 'color=' 'strict' 'catalog=' 'version' 'h/help'
        case 'compile'
            __centry_parse_subcommand -r 1 'format=' 'color=' 'strict' 'to=' 'service=' 'trust-domain=' 'datacenter=' 'consul=' 'for=' 'peer=+' 'version' 'h/help'
        case 'rules'
            __centry_parse_subcommand 1 'version' 'h/help'
        case 'explain'
            __centry_parse_subcommand -r 2 'trust-domain=' 'datacenter=' 'peer=+' 'format=' 'version' 'h/help'
        case 'route'
            __centry_parse_subcommand -r 2 'trust-domain=' 'datacenter=' 'peer=+' 'path=' 'method=' 'header=+' 'query=+' 'format=' 'version' 'h/help'
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
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'explain' -d 'Show the compiled discovery chain of a service: routes, splits, resolver targets.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'route' -d 'Simulate Envoy\'s route matching for a request to a service: route, splits, targets.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry lint" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" format' -l 'format' -d 'Report format: text, json, sarif, github or checkstyle.' -rfka 'text json sarif github checkstyle'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" color' -l 'color' -d 'Colour the text report: auto (only on a terminal), always or never. NO_COLOR disables it.' -rfka 'auto always never'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" strict' -l 'strict' -d 'Fail (exit 1) on warnings too.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry lint" catalog' -l 'catalog' -d 'Service instances (JSON of /v1/health/service/NAME, or an object of such arrays by service) to check subset filters against.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
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
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry explain" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" trust-domain' -l 'trust-domain' -d 'Trust domain for cluster names and SNIs.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" datacenter' -l 'datacenter' -d 'Datacenter of local targets.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain"' -l 'peer' -d 'A cluster peer\'s trust domain and datacenter, for its targets\' cluster names, SNIs and SANs (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" format' -l 'format' -d 'Output format: text, mermaid (flowchart) or dot (Graphviz).' -rfka 'text mermaid dot'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_positional "centry route" -ge 1' -F
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" trust-domain' -l 'trust-domain' -d 'Trust domain for cluster names and SNIs.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" datacenter' -l 'datacenter' -d 'Datacenter of local targets.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route"' -l 'peer' -d 'A cluster peer\'s trust domain and datacenter, for its targets\' cluster names, SNIs and SANs (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" path' -l 'path' -d 'Request path, optionally with a query string (/v2?debug=1).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" method' -l 'method' -d 'Request method.' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route"' -l 'header' -d 'A request header (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route"' -l 'query' -d 'A query parameter (repeatable).' -rfka ''
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" version' -l 'version' -d 'Show the version.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry route" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'centry' -n '__centry_should_offer_completions_for_flags_or_options "centry help" version' -l 'version' -d 'Show the version.'
