#!/bin/sh
# constexpr-macros.sh ARCH LOCK [ROOT]
#
# Proves every integer constant macro of the stable tree is free of undefined
# behaviour and has the value the committed lock LOCK records: each stable one
# is evaluated in a C++11 constexpr initialiser (where an over-wide shift or a
# signed overflow is a hard error) with -Werror=shift-sign-overflow (which
# catches `1 << 31`, undefined in C), and compared with the lock by a
# static_assert. Only the stable headers applying to ARCH are included.
# Run by: make check (tests/abi/abi.mk).
set -eu
arch=$1
lock=$2
root=${3:-include}
here=$(cd "${0%/*}" && pwd)
target=$("$here/../../scripts/arch-target.sh" "$arch")
tu=$(mktemp "${TMPDIR:-/tmp}/xen-constexpr.XXXXXX")
trap 'rm -f "$tu"' EXIT INT TERM
{
    echo '#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__'
    "$here/../../scripts/headers-for-arch.sh" "$arch" "$root" | grep -v '/unstable/' | sed 's/.*/#include <&>/'
    awk '
    $1 == "stable" && $2 == "macro" && $4 == "=" && $5 ~ /^-?0x[0-9a-f]+$/ {
        n++
        if ($5 ~ /^-/) { v = substr($5, 2); cast = "long long"; lit = "-" v "LL" }
        else { cast = "unsigned long long"; lit = $5 "ULL" }
        printf "constexpr %s xen_cx_%s = static_cast<%s>(%s);\n", cast, $3, cast, $3
        printf "static_assert(xen_cx_%s == %s, \"%s\");\n", $3, lit, $3
    }
    END { printf "/* %d macros */\n", n }' "$lock"
} > "$tu"
"${CLANGXX:-clang++}" --target="$target" -ffreestanding -std=c++11 -x c++ -I"$root" -fsyntax-only \
    -Werror=shift-sign-overflow -Werror=shift-count-overflow -Werror=integer-overflow -ferror-limit=5 "$tu"
echo "constexpr: $(grep -c '^constexpr ' "$tu") stable integer macros evaluated on $arch"
