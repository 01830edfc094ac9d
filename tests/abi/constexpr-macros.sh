#!/bin/sh
# constexpr-macros.sh ARCH LOCK [ROOT]
#
# Proves every integer constant macro of the stable tree is free of undefined
# behaviour and has the value the committed lock LOCK records: each one is
# evaluated in a C++11 constexpr initialiser (where an over-wide shift or a
# signed overflow is a hard error) with -Werror=shift-sign-overflow (which
# catches `1 << 31`, undefined in C), and compared with the lock by a
# static_assert. Only the stable headers applying to ARCH are included, so the
# macros of unstable/ are skipped through #ifdef.
# Run by: make check-abi.
set -eu
arch=$1
lock=$2
root=${3:-include}
here=$(cd "$(dirname "$0")" && pwd)
target=$("$here/../../scripts/arch-target.sh" "$arch")
tu=$(mktemp "${TMPDIR:-/tmp}/xen-constexpr.XXXXXX")
trap 'rm -f "$tu"' EXIT INT TERM
{
    echo '#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__'
    "$here/../../scripts/headers-for-arch.sh" "$arch" "$root" | grep -v '/unstable/' | sed 's/.*/#include <&>/'
    awk '
    $1 == "macro" && $3 == "=" && $4 ~ /^-?0x[0-9a-f]+$/ {
        n++
        if ($4 ~ /^-/) { v = substr($4, 2); cast = "long long"; lit = "-" v "LL" }
        else { cast = "unsigned long long"; lit = $4 "ULL" }
        printf "#ifdef %s\nconstexpr %s xen_cx_%s = static_cast<%s>(%s);\n", $2, cast, $2, cast, $2
        printf "static_assert(xen_cx_%s == %s, \"%s\");\n#endif\n", $2, lit, $2
    }' "$lock"
} > "$tu"
count=$(clang++ --target="$target" -ffreestanding -std=c++11 -x c++ -I"$root" -E "$tu" | grep -c '^constexpr ' || true)
clang++ --target="$target" -ffreestanding -std=c++11 -x c++ -I"$root" -fsyntax-only \
    -Werror=shift-sign-overflow -Werror=shift-count-overflow -Werror=integer-overflow -ferror-limit=5 "$tu"
echo "constexpr: $count stable integer macros evaluated on $arch"
