#!/bin/sh
# cxx-agrees.sh ARCH LOCK [ROOT]
#
# Proves that C++ sees the ABI the C lock records: turns every record and
# typedef size and alignment, and every top-level member offset, of the
# committed lock LOCK into a static_assert, and compiles all headers that apply
# to ARCH with them as C++11 (clang++ for ARCH, freestanding). An empty
# structure that C++ would grow to one byte, for instance, fails here.
# Run by: make check-abi.
set -eu
arch=$1
lock=$2
root=${3:-include}
here=$(cd "${0%/*}" && pwd)
target=$("$here/../../scripts/arch-target.sh" "$arch")
tu=$(mktemp "${TMPDIR:-/tmp}/xen-cxx-agrees.XXXXXX")
trap 'rm -f "$tu" "$tu.kept" "$tu.nested" "$tu.err" "$tu.lock"' EXIT INT TERM
# The entries without their stable/unstable mark.
sed -e '/^#/d' -e 's/^[a-z]* //' "$lock" > "$tu.lock"
{
    echo '#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__'
    "$here/../../scripts/headers-for-arch.sh" "$arch" "$root" | sed 's/.*/#include <&>/'
    awk '
    function ident(s) { return s ~ /^[A-Za-z_][A-Za-z0-9_]*$/ }
    $1 != "layout" && $1 != "typedef" { next }
    $1 == "typedef" && $3 ~ /^size=/ {
        n++; split($3, s, "="); split($4, a, "=")
        printf "static_assert(sizeof(%s) == %s && alignof(%s) == %s, \"%s\");\n", $2, s[2], $2, a[2], $2
        next
    }
    $1 != "layout" { next }
    ($2 == "struct" || $2 == "union") && $4 ~ /^size=/ {
        n++; split($4, s, "="); split($5, a, "=")
        printf "static_assert(sizeof(%s %s) == %s && alignof(%s %s) == %s, \"%s %s\");\n", $2, $3, s[2], $2, $3, a[2], $2, $3
        next
    }
    {
        # A top-level member: "@OFF" then exactly three spaces of indentation.
        rec = ($2 == "struct" || $2 == "union") ? $2 " " $3 : $2
        at = index($0, " @"); rest = substr($0, at + 2)
        off = rest; sub(/ .*/, "", off)
        body = substr(rest, length(off) + 1)
        if (body !~ /^   [^ ]/ || off !~ /^[0-9]+$/ || rec ~ /\(/) next
        name = body; sub(/.* /, "", name)
        if (!ident(name)) next
        n++
        printf "static_assert(offsetof(%s, %s) == %s, \"%s.%s\");\n", rec, name, off, rec, name
    }
    END { printf "/* %d assertions */\n", n }' "$tu.lock"
} > "$tu"
# A struct C declares inside another one is nested in C++ (a member type of
# the outer class), so C++ cannot name it at file scope: drop the assertions
# that fail only for that reason. Its layout is still checked through the
# record that contains it.
"${CLANGXX:-clang++}" --target="$target" -ffreestanding -std=c++11 -x c++ -I"$root" -fsyntax-only \
    -ferror-limit=0 "$tu" 2> "$tu.err" || true
sed -n "s|^$tu:\([0-9]*\):.*incomplete type.*|\1|p" "$tu.err" | sort -un > "$tu.nested"
awk 'FILENAME == ARGV[1] { drop[$1] = 1; next } !(FNR in drop)' "$tu.nested" "$tu" > "$tu.kept"
rm -f "$tu.err"
"${CLANGXX:-clang++}" --target="$target" -ffreestanding -std=c++11 -x c++ -I"$root" -fsyntax-only -ferror-limit=5 "$tu.kept"
echo "C++ agrees with the C lock on $arch: $(grep -c '^static_assert' "$tu.kept") assertions ($(wc -l < "$tu.nested") nested-only types skipped)"
