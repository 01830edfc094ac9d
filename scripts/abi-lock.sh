#!/bin/sh
# abi-lock.sh ARCH [ROOT]
#
# Reads:  the headers under ROOT (default: include) that apply to ARCH (see
#         headers-for-arch.sh), compiled together with clang for ARCH,
#         freestanding, at the latest interface version.
# Writes: to stdout, the ABI lock of ARCH: for every struct and union its size,
#         alignment and each member's offset and type (clang's record-layout
#         dump); size and alignment of every typedef; the value of every
#         enumerator; value, size and signedness of every object-like macro that
#         is an integer constant expression, the text of string macros, the
#         parameter count of function-like macros. Each line starts with
#         "stable" when a header outside unstable/ declares the name, else
#         "unstable". No line holds a source position. Sorted by name, so a
#         diff of two locks reads item by item.
# Environment: XEN_LOCK_VERSION (default: the latest interface version) and
#         XEN_LOCK_CPPFLAGS (extra -D/-I flags) select another view of the
#         headers; XEN_LOCK_DROP_FAILING=1 leaves out, with a note on stderr,
#         the headers that do not compile in that view (for locking upstream's
#         tree, whose toolstack headers stop plain builds with #error);
#         XEN_LOCK_LAYOUTS_ONLY=1 leaves macros out (for a check that
#         compares layouts only, it saves the preprocessor pass and the
#         probes that do not compile). XEN_LOCK_FACTS=DIR also leaves in DIR
#         what scripts/abi-manifest.sh reads beside the lock: the unit
#         compiled (all.h), its AST dump (all.ast) and its preprocessed text
#         with macro definitions (all.macros).
# Run by: `make abi-update` (writes tests/abi/ARCH.lock), `make check`
#         (compares against the committed lock) and tests/upstream/lock-upstream.sh.
# Needs:  clang with the six targets, POSIX sh, awk, sort.
set -eu
arch=$1
root=${2:-include}
CLANG=${CLANG:-clang}
here=$(cd "${0%/*}" && pwd)
target=$("$here/arch-target.sh" "$arch")
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-abi-lock.XXXXXX")
trap '[ -n "${XEN_ABI_LOCK_KEEP:-}" ] || rm -rf "$work"' EXIT INT TERM

cflags="--target=$target -ffreestanding -std=gnu11 -ferror-limit=0 -fno-color-diagnostics
 -D__XEN_INTERFACE_VERSION__=${XEN_LOCK_VERSION:-__XEN_LATEST_INTERFACE_VERSION__} ${XEN_LOCK_CPPFLAGS:-} -I$root"

# Stable headers first: their layouts are fixed before any unstable header is read.
"$here/headers-for-arch.sh" "$arch" "$root" > "$work/headers"
# The C library's fixed-width types and xen.h come first, as upstream's headers
# expect (some of them are meant to be reached only through xen.h).
{
    printf '#include <stdint.h>\n#include <stddef.h>\n'
    grep -x 'xen/public/xen.h' "$work/headers" || true
    grep -v -e '/unstable/' -e '^xen/public/xen.h$' "$work/headers" || true
} | sed 's/^xen.*/#include <&>/' > "$work/all.h"
# A marker between the two: every name declared after it is unstable.
printf 'typedef int xen_lock_unstable_from_here;\n#define XEN_LOCK_UNSTABLE_FROM_HERE\n' >> "$work/all.h"
grep '/unstable/' "$work/headers" | sed 's/.*/#include <&>/' >> "$work/all.h" || true
[ -s "$work/headers" ] || { echo "abi-lock.sh: no headers under $root" >&2; exit 1; }
printf '#include <stdint.h>\n#include <stddef.h>\n' > "$work/base.h"

if [ "${XEN_LOCK_DROP_FAILING:-}" = 1 ]; then
    # Leave out each header whose inclusion fails, until the rest compiles.
    while :; do
        # shellcheck disable=SC2086
        $CLANG $cflags -x c -fsyntax-only "$work/all.h" 2> "$work/errors" && break
        awk -v all="$work/all.h" '
        index($0, "In file included from " all ":") == 1 { split($0, w, ":"); line = w[2] + 0; next }
        / error: / && line { print line; line = 0 }' "$work/errors" | LC_ALL=C sort -un > "$work/bad"
        [ -s "$work/bad" ] && [ "$(wc -l < "$work/all.h")" -gt 4 ] ||
            { echo "abi-lock.sh: headers of $arch do not compile:" >&2; head -n 20 "$work/errors" >&2; exit 1; }
        awk -v arch="$arch" 'FILENAME == ARGV[1] { bad[$1] = 1; next }
            (FNR in bad) { sub(/^#include /, ""); print "abi-lock.sh: " arch ": left out " $0 > "/dev/stderr" }
            !(FNR in bad)' "$work/bad" "$work/all.h" > "$work/all.next"
        mv "$work/all.next" "$work/all.h"
    done
fi

# keep FILE: passes its input through, and copies it to $XEN_LOCK_FACTS (under
# FILE's own name) when that is set.
keep() { if [ -n "${XEN_LOCK_FACTS:-}" ]; then tee "$XEN_LOCK_FACTS/${1##*/}"; else cat; fi; }
[ -z "${XEN_LOCK_FACTS:-}" ] || cp "$work/all.h" "$XEN_LOCK_FACTS/"

# Names: what the headers declare beyond the freestanding C library itself,
# each marked S (declared before the marker: stable) or U; string macros keep
# their text. names FILE PREFIX writes PREFIX.names and PREFIX.strings.
names() {
    # shellcheck disable=SC2086
    $CLANG $cflags -x c -fsyntax-only -Xclang -ast-dump "$1" | keep "$2.ast" | awk '
    /-RecordDecl / && / definition$/ {
        n = split($0, w, " ")
        if (w[n-1] != "struct" && w[n-1] != "union") print "record", w[n-2], w[n-1], (u ? "U" : "S")
        next
    }
    /-TypedefDecl / || /-EnumConstantDecl / {
        head = substr($0, 1, index($0, "\047") - 1)
        n = split(head, w, " ")
        if (w[n] == "xen_lock_unstable_from_here") { u = 1; next }
        print (/-TypedefDecl / ? "typedef" : "enumerator"), w[n], (u ? "U" : "S")
    }' > "$2.decls"
    : > "$2.strings"
    if [ "${XEN_LOCK_LAYOUTS_ONLY:-}" = 1 ]; then
        LC_ALL=C sort -u "$2.decls" > "$2.names"
        return
    fi
    # shellcheck disable=SC2086
    $CLANG $cflags -x c -E -dD "$1" | keep "$2.macros" | awk -v strings="$2.strings" '
    /^#define XEN_LOCK_UNSTABLE_FROM_HERE/ { u = 1; next }
    /^#define / {
        name = $2
        if (index(name, "(")) {
            params = substr(name, index(name, "(") + 1)
            name = substr(name, 1, index(name, "(") - 1)
            sub(/\).*/, "", params)
            print "fmacro", name, (params == "" ? 0 : split(params, p, ",")), (u ? "U" : "S")
        } else {
            print "macro", name, (u ? "U" : "S")
            if ($3 ~ /^"/) { v = $0; sub(/^#define [^ ]* /, "", v); print name, v > strings }
        }
    }' | cat "$2.decls" - | LC_ALL=C sort -u > "$2.names"
}
names "$work/base.h" "$work/base"
names "$work/all.h" "$work/all"
LC_ALL=C sort "$work/all.strings" > "$work/strings"
# The key of each stable entry, as the lines below spell it.
awk '$NF == "S" { print ($1 == "record" ? $2 " " $3 : $1 " " $2) }' "$work/all.names" |
    LC_ALL=C sort -u > "$work/stable.keys"
# The names, without their mark, minus the C library's.
sed 's/ [SU]$//' "$work/base.names" | LC_ALL=C sort -u > "$work/base.plain"
sed 's/ [SU]$//' "$work/all.names" | LC_ALL=C sort -u | LC_ALL=C comm -23 - "$work/base.plain" |
    grep -v '^macro XEN_PUBLIC_[A-Z0-9_]*_H$' > "$work/names" || true

# One probe line per item; a line that does not compile (a macro that is not an
# integer constant expression, a typedef of a function type) is dropped and the
# probe compiled again.
awk '
$1 == "record" { printf "const unsigned long long xen_lock_%s__%s[2] = { sizeof(%s %s), _Alignof(%s %s) };\n", $2, $3, $2, $3, $2, $3 }
$1 == "typedef" { printf "const unsigned long long xen_lock_typedef__%s[2] = { sizeof(%s), _Alignof(%s) };\n", $2, $2, $2 }
$1 == "enumerator" { printf "const long long xen_lock_enumerator__%s = %s;\n", $2, $2 }
$1 == "macro" {
    m = "(" $2 ")"
    printf "char xen_lock_ice__%s[%s ? 1 : 1]; const unsigned long long xen_lock_macro__%s[5] = { %s < 0, (%s < 0 ? -(unsigned long long)%s : (unsigned long long)%s) >> 32, (%s < 0 ? -(unsigned long long)%s : (unsigned long long)%s) & 0xffffffffULL, sizeof(%s), (__typeof__(%s))-1 < 0 };\n", $2, m, $2, m, m, m, m, m, m, m, m, m
}' "$work/names" > "$work/probe.body"

# Lines that do not compile are found with cheap syntax-only passes, then the
# rest is compiled once to IR with the record layouts dumped.
pass=0
while :; do
    { cat "$work/all.h"; echo '#line 1 "probe"'; cat "$work/probe.body"; } > "$work/probe.c"
    # shellcheck disable=SC2086
    $CLANG $cflags -Wno-everything -Werror=gnu-folding-constant -fsyntax-only "$work/probe.c" \
        2> "$work/errors" && break
    sed -n 's/^probe:\([0-9][0-9]*\):.*/\1/p' "$work/errors" | LC_ALL=C sort -un > "$work/bad"
    pass=$((pass + 1))
    if [ ! -s "$work/bad" ] || [ $pass -gt 8 ]; then
        echo "abi-lock.sh: the probe for $arch does not compile:" >&2
        head -n 20 "$work/errors" >&2
        exit 1
    fi
    awk 'FILENAME == ARGV[1] { bad[$1] = 1; next } !(FNR in bad)' "$work/bad" "$work/probe.body" > "$work/probe.next"
    mv "$work/probe.next" "$work/probe.body"
done
# shellcheck disable=SC2086
$CLANG $cflags -Wno-everything -Werror=gnu-folding-constant -S -emit-llvm -o "$work/probe.ll" \
    -Xclang -fdump-record-layouts "$work/probe.c" > "$work/layouts"

# Values, read back from the constant initialisers of the LLVM IR.
awk '
/^@xen_lock_/ {
    name = $1; sub(/^@xen_lock_/, "", name)
    kind = substr(name, 1, index(name, "__") - 1); item = substr(name, index(name, "__") + 2)
    body = $0; sub(/.*constant /, "", body); sub(/, align [0-9]+$/, "", body)
    sub(/^\[[0-9]+ x i64\] /, "", body); gsub(/i64 /, "", body); gsub(/[][,]/, " ", body)
    n = split(body, v, " ")
    if (kind == "struct" || kind == "union")
        printf "%s %s\tlayout %s %s size=%s align=%s\n", kind, item, kind, item, v[1], v[2]
    else if (kind == "typedef")
        printf "typedef %s\ttypedef %s size=%s align=%s\n", item, item, v[1], v[2]
    else if (kind == "enumerator")
        printf "enumerator %s\tenumerator %s = %s\n", item, item, v[1]
    else if (kind == "macro") {
        hex = v[2] ? sprintf("%x%08x", v[2], v[3]) : sprintf("%x", v[3])
        printf "macro %s\tmacro %s = %s0x%s (%s%s)\n", item, item, (v[1] ? "-" : ""), hex, (v[5] ? "s" : "u"), v[4] * 8
    }
}' "$work/probe.ll" > "$work/values"

# Members, from the record-layout dump, under the name of their record. An
# unnamed record has no dump of its own in the lock: its members show inside
# its parent's. The elements of an array of unnamed records do not, so their
# members follow the array's line, as "@OFF NAME[]: @ELEMENT_OFF TYPE MEMBER".
# The dump's source positions only pair an array with its element's dump.
awk '
function position(text) { return match(text, /\((anonymous|unnamed)[^()]* at [^()]*\)/) ? substr(text, RSTART, RLENGTH) : "" }
function plain(text) { gsub(/\((anonymous|unnamed)[^()]* at [^()]*\)/, "(anonymous)", text); return text }
/^\*\*\* Dumping AST Record Layout/ { state = 1; next }
state == 1 && /\|/ {
    raw = $0; sub(/^[^|]*\| /, "", raw); state = 2
    rec = plain(raw)
    unnamed = rec ~ /\(anonymous\)$/
    if (unnamed) {
        # Keyed by its position, as the member line of the parent spells it.
        at = position(raw); sub(/^\((anonymous|unnamed) at /, "", at); n_elem[at] = 0
    }
    dup = (rec in seen) || rec ~ /\(anonymous\)/; seen[rec] = 1; next
}
state == 2 && /\[sizeof=/ { state = 0; next }
state == 2 && unnamed {
    off = $0; sub(/\|.*/, "", off); gsub(/ /, "", off)
    m = $0; sub(/^[^|]*\|/, "", m); sub(/^  /, "", m); sub(/ +$/, "", m)
    elem[at, ++n_elem[at]] = "@" off plain(m)
    next
}
state == 2 && !dup {
    off = $0; sub(/\|.*/, "", off); gsub(/ /, "", off)
    m = $0; sub(/^[^|]*\|/, "", m); sub(/ +$/, "", m)
    key = rec; if (key !~ /^(struct|union) /) key = "typedef " key
    line[++n] = key "\tlayout " rec " @" off plain(m)
    # A top-level array of unnamed records: remember where its elements go.
    if (m ~ /^   [^ ]/ && m ~ /\((anonymous|unnamed)[^()]* at [^()]*\)\[[0-9]+\] [A-Za-z_0-9]+$/) {
        at = position(m); sub(/^\((anonymous|unnamed) (struct|union) at /, "", at)
        name = m; sub(/.* /, "", name)
        array[n] = at; prefix[n] = key "\tlayout " rec " @" off " " name "[]: "
    }
}
END {
    for (i = 1; i <= n; i++) {
        print line[i]
        if (i in array) for (j = 1; j <= n_elem[array[i]]; j++) print prefix[i] elem[array[i], j]
    }
}' "$work/layouts" > "$work/members"

# String macros, function-like macros, and the names that have no value (type
# or empty macros, typedefs of function types): still part of the ABI surface.
awk -v strings="$work/strings" -v values="$work/values" '
BEGIN {
    while ((getline l < strings) > 0) { split(l, w, " "); s[w[1]] = substr(l, length(w[1]) + 2) }
    while ((getline l < values) > 0) { split(l, w, "\t"); have[w[1]] = 1 }
}
$1 == "fmacro" { printf "fmacro %s\tfmacro %s(%d)\n", $2, $2, $3; next }
$1 == "macro" && ($2 in s) { printf "macro %s\tmacro %s = %s\n", $2, $2, s[$2]; next }
$1 == "macro" && !(("macro " $2) in have) { printf "macro %s\tmacro %s (not an integer constant)\n", $2, $2; next }
$1 == "typedef" && !(("typedef " $2) in have) { printf "typedef %s\ttypedef %s (no size)\n", $2, $2 }
' "$work/names" > "$work/others"

printf '# ABI lock for %s, generated by scripts/abi-lock.sh: do not edit, run make abi-update.\n' "$arch"
printf '# Each line: stable or unstable (where the name is declared), then the entry.\n'
cat "$work/values" "$work/members" "$work/others" | LC_ALL=C sort -s -t "$(printf '\t')" -k1,1 |
    awk -F '\t' 'FILENAME == ARGV[1] { stable[$0] = 1; next } { print (($1 in stable) ? "stable " : "unstable ") $2 }' \
        "$work/stable.keys" -
