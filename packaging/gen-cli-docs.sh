#!/usr/bin/env bash
# Writes the COMMANDS section of dcsdesk-cli(1) and the bash completion of dcsdesk-cli from the
# built program's own English help, so that both list exactly the commands and options it takes.
#
#   bash gen-cli-docs.sh CLI MAN_TEMPLATE OUT_MAN OUT_COMPLETION
#
# MAN_TEMPLATE is the hand-written page with a line "%COMMANDS%" where the commands go.
# Needs only bash, awk and sed (all essential on Debian).
set -euo pipefail

cli=$1
man_template=$2
out_man=$3
out_completion=$4

# detect_leaks=0: in the AddressSanitizer build a leak report would fail the build, not a test.
help_of() { LC_ALL=C.UTF-8 ASAN_OPTIONS=detect_leaks=0 "$cli" --lang en help "$@"; }

commands=$(help_of | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[ -n "$commands" ] || { echo "gen-cli-docs: $cli listed no commands" >&2; exit 1; }

# One command's help as roff: a subsection, its summary, its options (without the global ones,
# described once) and its arguments.
man_section() {
    local name=$1
    help_of "$name" | awk -v name="$name" '
    function esc(s) { gsub(/\\/, "\\e", s); sub(/^[.'\'']/, "\\\\\\&&", s); return s }
    function opt(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
    function flush() {
        if (tag == "") return
        if (!global[tag]) { print ".TP"; print tag; print esc(text) }
        tag = ""; text = ""
    }
    BEGIN { global["\\fB\\-\\-json\\fR"] = 1; global["\\fB\\-\\-lang\\fR \\fIcode\\fR"] = 1
            global["\\fB\\-h\\fR, \\fB\\-\\-help\\fR"] = 1 }
    NR == 1 {
        syntax = $0; sub(/^Usage: [^ ]+ [^ ]+ \[options\] ?/, "", syntax)
        printf ".SS \"%s\"\n", "\\fB" opt(name) "\\fR [\\fIoptions\\fR]" (syntax == "" ? "" : " \\fI" esc(syntax) "\\fR")
        next
    }
    NR == 2 { print esc($0); next }
    /^Options:/ { flush(); section = "options"; next }
    /^Arguments:/ { flush(); section = "arguments"; next }
    /^$/ { flush(); next }
    section == "options" && /^  -/ {
        flush()
        spec = $0; sub(/^  /, "", spec)
        desc = spec; sub(/^[^ ]+( [^ ]+)*  +/, "", desc)
        spec = substr(spec, 1, length(spec) - length(desc)); sub(/ +$/, "", spec)
        tag = ""
        n = split(spec, parts, ", ")
        for (i = 1; i <= n; i++) {
            p = parts[i]; value = ""
            if (match(p, / <[^>]*>$/)) { value = substr(p, RSTART + 2, RLENGTH - 3); p = substr(p, 1, RSTART - 1) }
            tag = tag (i > 1 ? ", " : "") "\\fB" opt(p) "\\fR" (value == "" ? "" : " \\fI" esc(value) "\\fR")
        }
        text = desc
        next
    }
    section == "arguments" && /^  [^ ]/ {
        flush()
        arg = $1; desc = $0; sub(/^  [^ ]+ +/, "", desc)
        tag = "\\fI" esc(arg) "\\fR"; text = desc
        next
    }
    /^   / { line = $0; sub(/^ +/, "", line); text = text " " line; next }
    END { flush() }'
}

{
    while IFS= read -r line; do
        if [ "$line" = "%COMMANDS%" ]; then
            for c in $commands; do man_section "$c"; done
        else
            printf '%s\n' "$line"
        fi
    done <"$man_template"
} >"$out_man.tmp"
mv "$out_man.tmp" "$out_man"

# Per command: every option, the options that take a file, and options with a fixed set of
# values (a placeholder such as <skip|stop>).
completion_case() {
    local name=$1
    help_of "$name" | awk -v name="$name" '
    /^Options:/ { on = 1; next }
    /^Arguments:/ { on = 0 }
    on && /^  -/ {
        spec = $0; sub(/^  /, "", spec); sub(/  .*$/, "", spec)
        n = split(spec, parts, ", ")
        for (i = 1; i <= n; i++) {
            p = parts[i]; value = ""
            if (match(p, / <[^>]*>$/)) { value = substr(p, RSTART + 2, RLENGTH - 3); p = substr(p, 1, RSTART - 1) }
            opts = opts (opts == "" ? "" : " ") p
            if (value ~ /^(file|workspace)$/) files = files (files == "" ? "" : "|") p
            else if (value ~ /\|/) { gsub(/\|/, " ", value); choices = choices "            " p ") choices=\"" value "\" ;;\n" }
            else if (value != "") valued = valued (valued == "" ? "" : " ") p
        }
    }
    END {
        printf "    %s)\n        opts=\"%s\"\n        valued=\"%s\"\n", name, opts, valued
        printf "        case $prev in\n"
        if (files != "") printf "            %s) _filedir; return ;;\n", files
        printf "%s", choices
        printf "            --lang) choices=\"en es de fr\" ;;\n"
        printf "        esac\n        ;;\n"
    }'
}

{
    cat <<'EOF'
# bash completion for dcsdesk-cli. Generated from `dcsdesk-cli help COMMAND` by
# packaging/gen-cli-docs.sh when DCS Desk is built; do not edit.
_dcsdesk_cli() {
    local cur prev words cword
    _init_completion || return

EOF
    printf '    local commands="%s"\n' "$(echo $commands) help"
    cat <<'EOF'
    local cmd="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --lang) ((i++)) ;;
        -*) ;;
        *) cmd=${words[i]}; break ;;
        esac
    done

    if [[ -z $cmd ]]; then
        if [[ $prev == --lang ]]; then
            COMPREPLY=($(compgen -W "en es de fr" -- "$cur"))
        elif [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--json --lang --help" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local opts="" valued="" choices=""
    case $cmd in
    help)
        ((cword == i + 1)) && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
        ;;
EOF
    for c in $commands; do completion_case "$c"; done
    cat <<'EOF'
    *) return ;;
    esac

    if [[ -n $choices ]]; then
        COMPREPLY=($(compgen -W "$choices" -- "$cur"))
        return
    fi
    [[ " $valued " == *" $prev "* ]] && return # a value only the user knows
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [[ $cmd == mappings && $cword == $((i + 1)) ]]; then
        COMPREPLY=($(compgen -W "export import" -- "$cur"))
    else
        _filedir
    fi
} &&
    complete -F _dcsdesk_cli dcsdesk-cli
EOF
} >"$out_completion.tmp"
mv "$out_completion.tmp" "$out_completion"
