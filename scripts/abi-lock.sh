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
#         parameter count of function-like macros. Sorted by name, so a diff of
#         two locks reads item by item.
# Environment: XEN_LOCK_VERSION (default: the latest interface version) and
#         XEN_LOCK_CPPFLAGS (extra -D flags) select another view of the headers.
# Run by: `make abi-update` (writes tests/abi/ARCH.lock) and `make check`
#         (compares against the committed lock).
# Needs:  clang with the six targets, POSIX sh, awk, sort.
set -eu
arch=$1
root=${2:-include}
CLANG=${CLANG:-clang}
here=$(cd "$(dirname "$0")" && pwd)
target=$("$here/arch-target.sh" "$arch")
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-abi-lock.XXXXXX")
trap '[ -n "${XEN_ABI_LOCK_KEEP:-}" ] || rm -rf "$work"' EXIT INT TERM

cflags="--target=$target -ffreestanding -std=gnu11 -ferror-limit=0 -fno-color-diagnostics
 -D__XEN_INTERFACE_VERSION__=${XEN_LOCK_VERSION:-__XEN_LATEST_INTERFACE_VERSION__} ${XEN_LOCK_CPPFLAGS:-} -I$root"

"$here/headers-for-arch.sh" "$arch" "$root" | sed 's/.*/#include <&>/' > "$work/all.h"
[ -s "$work/all.h" ] || { echo "abi-lock.sh: no headers under $root" >&2; exit 1; }
printf '#include <stdint.h>\n#include <stddef.h>\n' > "$work/base.h"

# Names: what the headers declare beyond the freestanding C library itself.
names() { # $1: header to dump
    {
    # shellcheck disable=SC2086
    $CLANG $cflags -x c -fsyntax-only -Xclang -ast-dump "$1" | awk '
    /-RecordDecl / && / definition$/ {
        n = split($0, w, " ")
        if (w[n-1] != "struct" && w[n-1] != "union") print "record", w[n-2], w[n-1]
        next
    }
    /-TypedefDecl / || /-EnumConstantDecl / {
        head = substr($0, 1, index($0, "\047") - 1)
        n = split(head, w, " ")
        print (/-TypedefDecl / ? "typedef" : "enumerator"), w[n]
    }'
    # shellcheck disable=SC2086
    $CLANG $cflags -x c -E -dD "$1" | awk '
    /^#define / {
        name = $2
        if (index(name, "(")) {
            params = substr(name, index(name, "(") + 1)
            name = substr(name, 1, index(name, "(") - 1)
            sub(/\).*/, "", params)
            print "fmacro", name, (params == "" ? 0 : split(params, p, ","))
        } else {
            print "macro", name
        }
    }'
    } | LC_ALL=C sort -u
}
names "$work/base.h" > "$work/base.names"
names "$work/all.h" | LC_ALL=C comm -23 - "$work/base.names" |
    grep -v '^macro XEN_PUBLIC_[A-Z0-9_]*_H$' > "$work/names" || true

# String macros are recorded by their expansion text.
# shellcheck disable=SC2086
$CLANG $cflags -x c -E -dD "$work/all.h" | awk '
/^#define [A-Za-z_][A-Za-z0-9_]* "/ { v = $0; sub(/^#define [^ ]* /, "", v); s[$2] = v }
END { for (n in s) print n, s[n] }' | LC_ALL=C sort > "$work/strings"

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

pass=0
while :; do
    { cat "$work/all.h"; echo '#line 1 "probe"'; cat "$work/probe.body"; } > "$work/probe.c"
    # shellcheck disable=SC2086
    if $CLANG $cflags -Wno-everything -Werror=gnu-folding-constant -S -emit-llvm \
        -o "$work/probe.ll" -Xclang -fdump-record-layouts "$work/probe.c" \
        > "$work/layouts" 2> "$work/errors"; then
        break
    fi
    sed -n 's/^probe:\([0-9][0-9]*\):.*/\1/p' "$work/errors" | LC_ALL=C sort -un > "$work/bad"
    pass=$((pass + 1))
    if [ ! -s "$work/bad" ] || [ $pass -gt 8 ]; then
        echo "abi-lock.sh: the probe for $arch does not compile:" >&2
        head -n 20 "$work/errors" >&2
        exit 1
    fi
    awk 'NR == FNR { bad[$1] = 1; next } !(FNR in bad)' "$work/bad" "$work/probe.body" > "$work/probe.next"
    mv "$work/probe.next" "$work/probe.body"
done

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

# Members, from the record-layout dump, under the name of their record.
awk '
/^\*\*\* Dumping AST Record Layout/ { state = 1; next }
state == 1 && /\|/ {
    rec = $0; sub(/^[^|]*\| /, "", rec); state = 2
    gsub(/\((anonymous|unnamed) at [^)]*\)/, "(anonymous)", rec)
    # Unnamed records appear inside their parent; their own dumps would collide.
    dup = (rec in seen) || rec ~ /\(anonymous\)/; seen[rec] = 1; next
}
state == 2 && /\[sizeof=/ { state = 0; next }
state == 2 && !dup {
    off = $0; sub(/\|.*/, "", off); gsub(/ /, "", off)
    m = $0; sub(/^[^|]*\|/, "", m)
    gsub(/\((anonymous|unnamed) at [^)]*\)/, "(anonymous)", m); sub(/ +$/, "", m)
    key = rec; if (key !~ /^(struct|union) /) key = "typedef " key
    printf "%s\tlayout %s @%s%s\n", key, rec, off, m
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
cat "$work/values" "$work/members" "$work/others" | LC_ALL=C sort -s -t "$(printf '\t')" -k1,1 | cut -f2-
