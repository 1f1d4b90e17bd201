#!/bin/bash

__centry_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__centry_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__centry_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__centry_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_centry() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __centry_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    lint|compile|rules|schema|explain|route|write|read|list|delete|diff|help)
        # Offer subcommand argument completions
        "_centry_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'lint compile rules schema explain route write read list delete diff help' -- "${cur}"))
        ;;
    esac
}

_centry_lint() {
    repeating_flags=()
    non_repeating_flags=(--strict --consul --stale -stale --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--format --color --catalog --http-addr -http-addr --token -token --token-file -token-file --ca-file -ca-file --ca-path -ca-path --client-cert -client-cert --client-key -client-key --tls-server-name -tls-server-name --namespace -namespace --partition -partition --timeout)
    __centry_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __centry_add_completions -W 'text'$'\n''json'$'\n''sarif'$'\n''github'$'\n''checkstyle'
        return
        ;;
    '--color')
        __centry_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--catalog')
        __centry_add_completions -o plusdirs -fX '!*.@(json)'
        return
        ;;
    '--http-addr'|'-http-addr')
        return
        ;;
    '--token'|'-token')
        return
        ;;
    '--token-file'|'-token-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-file'|'-ca-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-path'|'-ca-path')
        __centry_add_completions -d
        return
        ;;
    '--client-cert'|'-client-cert')
        __centry_add_completions -f
        return
        ;;
    '--client-key'|'-client-key')
        __centry_add_completions -f
        return
        ;;
    '--tls-server-name'|'-tls-server-name')
        return
        ;;
    '--namespace'|'-namespace')
        return
        ;;
    '--partition'|'-partition')
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __centry_add_completions -f
        return
        ;;
    esac
}

_centry_compile() {
    repeating_flags=()
    non_repeating_flags=(--strict --version -h --help)
    repeating_options=(--peer)
    non_repeating_options=(--format --color --to --service --trust-domain --datacenter --consul --for)
    __centry_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __centry_add_completions -W 'text'$'\n''json'$'\n''sarif'$'\n''github'$'\n''checkstyle'
        return
        ;;
    '--color')
        __centry_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--to')
        __centry_add_completions -W 'json'$'\n''envoy'$'\n''crd'$'\n''hcl'
        return
        ;;
    '--service')
        return
        ;;
    '--trust-domain')
        return
        ;;
    '--datacenter')
        return
        ;;
    '--consul')
        return
        ;;
    '--for')
        return
        ;;
    '--peer')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __centry_add_completions -f
        return
        ;;
    esac
}

_centry_rules() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __centry_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __centry_add_completions -W "$(__centry_custom_complete ---completion rules -- positional@0 "${COMP_CWORD}" "$(__centry_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_centry_schema() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--format)
    __centry_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __centry_add_completions -W 'text'$'\n''json'$'\n''markdown'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __centry_add_completions -W "$(__centry_custom_complete ---completion schema -- positional@0 "${COMP_CWORD}" "$(__centry_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_centry_explain() {
    repeating_flags=()
    non_repeating_flags=(--consul --stale -stale --verbose --version -h --help)
    repeating_options=(--peer)
    non_repeating_options=(--trust-domain --datacenter --http-addr -http-addr --token -token --token-file -token-file --ca-file -ca-file --ca-path -ca-path --client-cert -client-cert --client-key -client-key --tls-server-name -tls-server-name --namespace -namespace --partition -partition --timeout --format)
    __centry_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--trust-domain')
        return
        ;;
    '--datacenter')
        return
        ;;
    '--http-addr'|'-http-addr')
        return
        ;;
    '--token'|'-token')
        return
        ;;
    '--token-file'|'-token-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-file'|'-ca-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-path'|'-ca-path')
        __centry_add_completions -d
        return
        ;;
    '--client-cert'|'-client-cert')
        __centry_add_completions -f
        return
        ;;
    '--client-key'|'-client-key')
        __centry_add_completions -f
        return
        ;;
    '--tls-server-name'|'-tls-server-name')
        return
        ;;
    '--namespace'|'-namespace')
        return
        ;;
    '--partition'|'-partition')
        return
        ;;
    '--timeout')
        return
        ;;
    '--peer')
        return
        ;;
    '--format')
        __centry_add_completions -W 'text'$'\n''mermaid'$'\n''dot'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __centry_add_completions -f
        return
        ;;
    esac
}

_centry_route() {
    repeating_flags=()
    non_repeating_flags=(--consul --stale -stale --verbose --version -h --help)
    repeating_options=(--peer --header --query)
    non_repeating_options=(--trust-domain --datacenter --http-addr -http-addr --token -token --token-file -token-file --ca-file -ca-file --ca-path -ca-path --client-cert -client-cert --client-key -client-key --tls-server-name -tls-server-name --namespace -namespace --partition -partition --timeout --path --method --format)
    __centry_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--trust-domain')
        return
        ;;
    '--datacenter')
        return
        ;;
    '--http-addr'|'-http-addr')
        return
        ;;
    '--token'|'-token')
        return
        ;;
    '--token-file'|'-token-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-file'|'-ca-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-path'|'-ca-path')
        __centry_add_completions -d
        return
        ;;
    '--client-cert'|'-client-cert')
        __centry_add_completions -f
        return
        ;;
    '--client-key'|'-client-key')
        __centry_add_completions -f
        return
        ;;
    '--tls-server-name'|'-tls-server-name')
        return
        ;;
    '--namespace'|'-namespace')
        return
        ;;
    '--partition'|'-partition')
        return
        ;;
    '--timeout')
        return
        ;;
    '--peer')
        return
        ;;
    '--path')
        return
        ;;
    '--method')
        return
        ;;
    '--header')
        return
        ;;
    '--query')
        return
        ;;
    '--format')
        __centry_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __centry_add_completions -f
        return
        ;;
    esac
}

_centry_write() {
    repeating_flags=()
    non_repeating_flags=(--strict --cas -cas --dry-run --consul --stale -stale --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--format --color --modify-index -modify-index --http-addr -http-addr --token -token --token-file -token-file --ca-file -ca-file --ca-path -ca-path --client-cert -client-cert --client-key -client-key --tls-server-name -tls-server-name --namespace -namespace --partition -partition --timeout --datacenter -datacenter)
    __centry_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __centry_add_completions -W 'text'$'\n''json'$'\n''sarif'$'\n''github'$'\n''checkstyle'
        return
        ;;
    '--color')
        __centry_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--modify-index'|'-modify-index')
        return
        ;;
    '--http-addr'|'-http-addr')
        return
        ;;
    '--token'|'-token')
        return
        ;;
    '--token-file'|'-token-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-file'|'-ca-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-path'|'-ca-path')
        __centry_add_completions -d
        return
        ;;
    '--client-cert'|'-client-cert')
        __centry_add_completions -f
        return
        ;;
    '--client-key'|'-client-key')
        __centry_add_completions -f
        return
        ;;
    '--tls-server-name'|'-tls-server-name')
        return
        ;;
    '--namespace'|'-namespace')
        return
        ;;
    '--partition'|'-partition')
        return
        ;;
    '--timeout')
        return
        ;;
    '--datacenter'|'-datacenter')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __centry_add_completions -f
        return
        ;;
    esac
}

_centry_read() {
    repeating_flags=()
    non_repeating_flags=(--stale -stale --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--http-addr -http-addr --token -token --token-file -token-file --ca-file -ca-file --ca-path -ca-path --client-cert -client-cert --client-key -client-key --tls-server-name -tls-server-name --namespace -namespace --partition -partition --timeout --datacenter -datacenter)
    __centry_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--http-addr'|'-http-addr')
        return
        ;;
    '--token'|'-token')
        return
        ;;
    '--token-file'|'-token-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-file'|'-ca-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-path'|'-ca-path')
        __centry_add_completions -d
        return
        ;;
    '--client-cert'|'-client-cert')
        __centry_add_completions -f
        return
        ;;
    '--client-key'|'-client-key')
        __centry_add_completions -f
        return
        ;;
    '--tls-server-name'|'-tls-server-name')
        return
        ;;
    '--namespace'|'-namespace')
        return
        ;;
    '--partition'|'-partition')
        return
        ;;
    '--timeout')
        return
        ;;
    '--datacenter'|'-datacenter')
        return
        ;;
    esac
}

_centry_list() {
    repeating_flags=()
    non_repeating_flags=(--stale -stale --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--http-addr -http-addr --token -token --token-file -token-file --ca-file -ca-file --ca-path -ca-path --client-cert -client-cert --client-key -client-key --tls-server-name -tls-server-name --namespace -namespace --partition -partition --timeout --datacenter -datacenter)
    __centry_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--http-addr'|'-http-addr')
        return
        ;;
    '--token'|'-token')
        return
        ;;
    '--token-file'|'-token-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-file'|'-ca-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-path'|'-ca-path')
        __centry_add_completions -d
        return
        ;;
    '--client-cert'|'-client-cert')
        __centry_add_completions -f
        return
        ;;
    '--client-key'|'-client-key')
        __centry_add_completions -f
        return
        ;;
    '--tls-server-name'|'-tls-server-name')
        return
        ;;
    '--namespace'|'-namespace')
        return
        ;;
    '--partition'|'-partition')
        return
        ;;
    '--timeout')
        return
        ;;
    '--datacenter'|'-datacenter')
        return
        ;;
    esac
}

_centry_delete() {
    repeating_flags=()
    non_repeating_flags=(--cas -cas --stale -stale --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--modify-index -modify-index --http-addr -http-addr --token -token --token-file -token-file --ca-file -ca-file --ca-path -ca-path --client-cert -client-cert --client-key -client-key --tls-server-name -tls-server-name --namespace -namespace --partition -partition --timeout --datacenter -datacenter)
    __centry_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--modify-index'|'-modify-index')
        return
        ;;
    '--http-addr'|'-http-addr')
        return
        ;;
    '--token'|'-token')
        return
        ;;
    '--token-file'|'-token-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-file'|'-ca-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-path'|'-ca-path')
        __centry_add_completions -d
        return
        ;;
    '--client-cert'|'-client-cert')
        __centry_add_completions -f
        return
        ;;
    '--client-key'|'-client-key')
        __centry_add_completions -f
        return
        ;;
    '--tls-server-name'|'-tls-server-name')
        return
        ;;
    '--namespace'|'-namespace')
        return
        ;;
    '--partition'|'-partition')
        return
        ;;
    '--timeout')
        return
        ;;
    '--datacenter'|'-datacenter')
        return
        ;;
    esac
}

_centry_diff() {
    repeating_flags=()
    non_repeating_flags=(--stale -stale --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--format --http-addr -http-addr --token -token --token-file -token-file --ca-file -ca-file --ca-path -ca-path --client-cert -client-cert --client-key -client-key --tls-server-name -tls-server-name --namespace -namespace --partition -partition --timeout --datacenter -datacenter)
    __centry_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __centry_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--http-addr'|'-http-addr')
        return
        ;;
    '--token'|'-token')
        return
        ;;
    '--token-file'|'-token-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-file'|'-ca-file')
        __centry_add_completions -f
        return
        ;;
    '--ca-path'|'-ca-path')
        __centry_add_completions -d
        return
        ;;
    '--client-cert'|'-client-cert')
        __centry_add_completions -f
        return
        ;;
    '--client-key'|'-client-key')
        __centry_add_completions -f
        return
        ;;
    '--tls-server-name'|'-tls-server-name')
        return
        ;;
    '--namespace'|'-namespace')
        return
        ;;
    '--partition'|'-partition')
        return
        ;;
    '--timeout')
        return
        ;;
    '--datacenter'|'-datacenter')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __centry_add_completions -f
        return
        ;;
    esac
}

_centry_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __centry_offer_flags_options -1
}

complete -o filenames -F _centry centry
