#!/bin/sh
# since.sh GIT_DIR [MANIFEST...]
#
# Reads:  every name the manifests offer (default: abi/*.json): records,
#         their named members, typedefs, enums and enumerators, and macros;
#         and, in the upstream Xen repository GIT_DIR, the public headers
#         (xen/include/public) of each tag RELEASE-x.y.z, oldest first.
# Writes: to stdout the first release whose public headers have each name, one
#         "KIND NAME RELEASE" a line, sorted: KIND is struct, union, typedef,
#         enum, enumerator, macro or member (NAME is then RECORD.MEMBER).
#         RELEASE is x.y.z; "<=2.0.0" when the oldest tag already has the name
#         (it may be older); "xen-public" when no release has it (the
#         package's own additions). Then, for each unstable interface, the
#         first release of each value its version macro has had, as
#         "version MACRO VALUE RELEASE".
# A name counts as present in a release when it is a token of the headers'
#         code (comments and strings left out); a member, when it is a token
#         of its record's body; a name that a macro pastes together (guest
#         handles, ring types, HVM save records, CPU features, error numbers,
#         flexible rings, x86 registers), when the macro is called with
#         its stem; a member of such a record, with its record.
# Run by: a maintainer, after the names change:
#         scripts/since.sh XEN_GIT > abi/since.txt (XEN_GIT: a clone of xen-project/xen)
#         then make abi-update, which puts it in the manifests.
# Needs:  POSIX sh, awk, sort, git, tar.
set -eu
git_dir=$1
shift
[ $# -gt 0 ] || set -- abi/*.json
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-since.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# The names, as the keys of the output, from the manifests (one entry a line).
awk '
/^"[a-z_]+": \[$/ { section = $1; gsub(/[":]/, "", section); next }
!/^\{"name": / { next }
{
    name = $0; sub(/^\{"name": "/, "", name); sub(/".*/, "", name)
    if (section == "records") {
        record = name
        if ($0 ~ /"tagged": true/) { kind = $0; sub(/.*"kind": "/, "", kind); sub(/".*/, "", kind) }
        else kind = "typedef"
        print kind, name
        rest = $0; sub(/"members": /, "", rest)
        while (match(rest, /\{"name": "[A-Za-z_0-9]+", "offset_bits"/)) {
            member = substr(rest, RSTART + 10, RLENGTH - 10); sub(/".*/, "", member)
            print "member", record "." member
            rest = substr(rest, RSTART + RLENGTH)
        }
    } else if (section == "typedefs") print "typedef", name
    else if (section == "enums") {
        if ($0 !~ /^\{"name": null/) print "enum", name
        rest = $0; sub(/"enumerators": /, "", rest)
        while (match(rest, /\{"name": "[A-Za-z_0-9]+", "value"/)) {
            enumerator = substr(rest, RSTART + 10, RLENGTH - 10); sub(/".*/, "", enumerator)
            print "enumerator", enumerator
            rest = substr(rest, RSTART + RLENGTH)
        }
    } else print "macro", name
}' "$@" | LC_ALL=C sort -u > "$work/wanted"

# The names one release's headers have, as keys of $work/wanted, and the
# values of the unstable interfaces' version macros.
scan='
BEGIN {
    while ((getline l < wanted) > 0) {
        split(l, w, " ")
        if (w[1] == "member") member[w[2]] = 1
        else { plain[w[2]] = 1; kinds[w[2]] = kinds[w[2]] " " w[1] }
    }
    split("XEN_DOMCTL_INTERFACE_VERSION XEN_SYSCTL_INTERFACE_VERSION VM_EVENT_INTERFACE_VERSION",
          v, " ")
    for (i in v) versioned[v[i]] = 1
    # The macros whose calls paste names together from their first argument.
    pasting = "^(__)?DEFINE_XEN_GUEST_HANDLE$|^DEFINE_RING_TYPES$|^DECLARE_HVM_SAVE_TYPE|" \
              "^XEN_(CPUFEATURE|ERRNO)$|^DEFINE_XEN_FLEX_RING|^__DECL_REG"
}
FNR == 1 { comment = 0; joined = ""; depth = 0; unnamed = "" }
/\\$/ { joined = joined substr($0, 1, length($0) - 1) " "; next }
{
    line = joined $0; joined = ""; code = ""
    # The code of the line: comments out, then string and character literals.
    while (line != "") {
        if (comment) {
            p = index(line, "*/"); if (!p) break
            line = substr(line, p + 2); comment = 0; continue
        }
        p = index(line, "/*"); c = index(line, "//")
        if (c && (!p || c < p)) { code = code substr(line, 1, c - 1); break }
        if (!p) { code = code line; break }
        code = code substr(line, 1, p - 1) " "; line = substr(line, p + 2); comment = 1
    }
    if (code ~ /^[ \t]*#[ \t]*define[ \t]/) {
        name = code; sub(/^[ \t]*#[ \t]*define[ \t]+/, "", name); value = name
        sub(/[^A-Za-z0-9_].*/, "", name); sub(/^[A-Za-z0-9_]+[ \t]+/, "", value)
        if (name in versioned) { sub(/[ \t].*/, "", value); print "version", name, value }
    }
    if (code ~ /const_[ \t]*##/) paste["const"] = 1
    if (index(code, "__guest_handle_64_")) paste["64"] = 1
    directive = code ~ /^[ \t]*#/
    gsub(/"([^"\\]|\\.)*"/, " ", code); gsub(/\047([^\047\\]|\\.)*\047/, " ", code)
    gsub(/[{};(),]/, " & ", code)
    n = split(code, token, /[^A-Za-z0-9_{};(),]+/)
    for (i = 1; i <= n; i++) if (token[i] != "") take(token[i], directive)
}
# Record bodies are followed outside directives; a body without a tag is
# named by the identifier after it (its typedef).
function take(t, directive,   j, r) {
    if (t ~ /^[A-Za-z0-9_]/ && call != "" && !(call in argument)) argument[call] = t
    if (t ~ /^[A-Za-z_]/) {
        if (t in plain) found[t] = 1
        if (unnamed != "" &&
            t !~ /^(struct|union|const|volatile|__(attribute|packed|aligned)__)$/) {
            name_of[unnamed] = t; unnamed = ""
        }
        for (j = 1; j <= depth; j++) if ((r = open[j]) != "") {
            if (r ~ /^#/) body[r, t] = 1
            else if ((r "." t) in member) found[r "." t] = 1
        }
    } else if (t == "(" && previous ~ pasting) {
        call = previous " " ++calls
    } else if (t == "{" && !directive) {
        open[++depth] = ""
        if (previous ~ /^(struct|union)$/) open[depth] = "#" ++bodies
        else if (before ~ /^(struct|union)$/) open[depth] = previous
    } else if (t == "}" && !directive && depth > 0) {
        if (open[depth] ~ /^#/) unnamed = open[depth]
        depth--
    }
    before = previous; previous = t
}
END {
    for (c in argument) {
        split(c, w, " "); macro = w[1]
        if (macro ~ /^DECLARE_HVM_SAVE_TYPE/) macro = "DECLARE_HVM_SAVE_TYPE"
        if (macro == "__DEFINE_XEN_GUEST_HANDLE") macro = "DEFINE_XEN_GUEST_HANDLE"
        if (macro ~ /^DEFINE_XEN_FLEX_RING/) macro = "DEFINE_XEN_FLEX_RING"
        if (macro ~ /^__DECL_REG/) macro = "__DECL_REG"
        stem[macro, argument[c]] = 1
    }
    # A body without a tag: its members under the name it was given.
    for (k in body) {
        split(k, w, SUBSEP)
        if ((w[1] in name_of) && ((name_of[w[1]] "." w[2]) in member))
            found[name_of[w[1]] "." w[2]] = 1
    }
    # Names a macro pastes from the stem it is called with.
    for (t in plain) {
        if (t in found) continue
        s = t
        if (sub(/^__guest_handle_/, "", s)) {
            if (sub(/^64_/, "", s) && !paste["64"]) continue
            if (sub(/^const_/, "", s) && !paste["const"]) continue
            if (("DEFINE_XEN_GUEST_HANDLE", s) in stem) pasted[t] = 1
            continue
        }
        s = t
        if (sub(/_(sring|sring_entry|front_ring|back_ring)(_t)?$/, "", s) &&
            (("DEFINE_RING_TYPES", s) in stem))
            pasted[t] = 1
        s = t
        if (sub(/^__HVM_SAVE_(TYPE|TYPE_COMPAT|LENGTH|CODE|FIX|COMPAT_NUM)_/, "", s) &&
            (("DECLARE_HVM_SAVE_TYPE", s) in stem))
            pasted[t] = 1
        s = t
        if (sub(/^XEN_X86_FEATURE_/, "", s) && (("XEN_CPUFEATURE", s) in stem)) pasted[t] = 1
        s = t
        if (sub(/^XEN_/, "", s) && (("XEN_ERRNO", s) in stem)) pasted[t] = 1
        s = t
        if (sub(/_data(_intf)?$/, "", s) && (("DEFINE_XEN_FLEX_RING", s) in stem)) pasted[t] = 1
    }
    for (t in pasted) found[t] = 1
    for (m in member) { split(m, w, "."); if ((w[1] in pasted)) found[m] = 1 }
    # The registers of the x86 cpu_user_regs, pasted from a stem in three widths.
    for (m in member) {
        split(m, w, "."); s = w[2]
        if ((w[1] in found) && sub(/^(r|e|_e)/, "", s) && (("__DECL_REG", s) in stem)) found[m] = 1
    }
    for (t in found) {
        if (!(t in plain)) { print "member", t; continue }
        n = split(kinds[t], w, " "); for (i = 1; i <= n; i++) print w[i], t
    }
}'

git -C "$git_dir" tag -l "RELEASE-*" | sed "s/^RELEASE-//" |
    LC_ALL=C sort -t . -k1,1n -k2,2n -k3,3n -k4,4n \
    > "$work/releases"
: > "$work/seen"
: > "$work/versions"
while read -r release; do
    rm -rf "$work/tree"
    mkdir "$work/tree"
    git -C "$git_dir" archive "RELEASE-$release" xen/include/public | tar -x -C "$work/tree"
    find "$work/tree" -name '*.h' | LC_ALL=C sort > "$work/files"
    # shellcheck disable=SC2046
    awk -v wanted="$work/wanted" "$scan" $(cat "$work/files") > "$work/found"
    first=$(head -n 1 "$work/releases")
    label=$release
    [ "$release" != "$first" ] || label="<=$release"
    grep -v '^version ' "$work/found" | LC_ALL=C sort -u | LC_ALL=C comm -23 - "$work/seen" |
        sed "s/\$/ $label/" >> "$work/since"
    grep -v "^version " "$work/found" | LC_ALL=C sort -u | LC_ALL=C sort -u -m - "$work/seen" \
        > "$work/seen.next"
    mv "$work/seen.next" "$work/seen"
    sed -n "s/^version \(.*\)/\1 $release/p" "$work/found" >> "$work/versions"
done < "$work/releases"
LC_ALL=C comm -23 "$work/wanted" "$work/seen" | sed 's/$/ xen-public/' >> "$work/since"
printf '# The first Xen release whose public headers have each name: written by\n'
printf '# scripts/since.sh from upstream'\''s tags; do not edit.\n'
LC_ALL=C sort "$work/since"
# The first release of each value of each version macro.
awk '!(($1 " " $2) in seen) { seen[$1 " " $2] = 1; print "version", $0 }' "$work/versions"
