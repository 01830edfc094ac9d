#!/bin/sh
# run.sh MAKE WORKDIR
#
# Proves `make install` and xen-public.pc: installs into a temporary DESTDIR
# with prefix /usr and builds consumer.c with nothing but `pkg-config --cflags
# xen-public` (through PKG_CONFIG_SYSROOT_DIR); installs again with another
# prefix, moves the tree elsewhere and builds consumer.c through `pkg-config
# --define-prefix`; checks share/xen-public: the example types header, with
# which every stable header of headers-x86_64.txt builds together under
# -nostdinc, each architecture's lists (those of scripts/headers-for-arch.sh)
# and its ABI manifest (abi/ARCH.json); then `make uninstall` must leave no file and
# none of the package's directories. Only the temporary trees are searched, never the
# system's. Fails on a missing header, a wrong .pc file, or a leftover.
# Run by: make check-install.
set -eu
here=$(cd "${0%/*}" && pwd)
. "$here/common.sh"
mkdir -p "$work/root" "$work/stage"
dest=$(cd "$work/root" && pwd)
stage=$(cd "$work/stage" && pwd)
$make --no-print-directory install DESTDIR="$dest" PREFIX=/usr > "$work/install.log"
want=$(cd include && find xen xen-public-legacy -name '*.h' | wc -l)
have=$(cd "$dest/usr/include" && find xen xen-public-legacy -name '*.h' | wc -l)
[ "$want" -eq "$have" ] || fail "$have of $want headers installed"

# share/xen-public: the example types header and each architecture's lists.
data=$dest/usr/share/xen-public
cmp -s examples/xen-kernel-types.h "$data/xen-kernel-types.h" || fail "share/xen-public/xen-kernel-types.h is missing or differs"
lists=0
for a in $(scripts/arch-target.sh --list); do
    scripts/headers-for-arch.sh --stable "$a" include > "$work/headers-$a.txt"
    scripts/headers-for-arch.sh --unstable "$a" include > "$work/headers-$a-unstable.txt"
    for l in "headers-$a.txt" "headers-$a-unstable.txt"; do
        cmp -s "$work/$l" "$data/$l" || fail "share/xen-public/$l is missing or differs"
        lists=$((lists + 1))
    done
    cmp -s "abi/$a.json" "$data/abi/$a.json" || fail "share/xen-public/abi/$a.json is missing or differs"
    ! grep -q unstable/ "$data/headers-$a.txt" || fail "headers-$a.txt lists unstable headers"
    [ -s "$data/headers-$a-unstable.txt" ] || fail "headers-$a-unstable.txt is empty"
done
# "Every header for my architecture", kernel style, from the installed files alone.
sed 's/.*/#include <&>/' "$data/headers-x86_64.txt" > "$work/all-x86_64.c"
${CC:-cc} -std=c99 -Wall -Wextra -Werror -pedantic -nostdinc -ffreestanding \
    -DXEN_STDINT_HEADER='"xen-kernel-types.h"' -I"$data" -I"$dest/usr/include" \
    -fsyntax-only "$work/all-x86_64.c" || fail "the headers of headers-x86_64.txt do not build with -nostdinc and the installed xen-kernel-types.h"

pc=no
if need pkg-config pkg-config; then
    pc=yes
    # The consumer through the sysroot: -I$dest/usr/include and nothing else.
    cflags=$(PKG_CONFIG_LIBDIR="$dest/usr/share/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest" pkg-config --cflags xen-public)
    version=$(PKG_CONFIG_LIBDIR="$dest/usr/share/pkgconfig" pkg-config --modversion xen-public)
    [ "$(echo $cflags)" = "-I$dest/usr/include" ] || fail "pkg-config --cflags in the sysroot gave '$cflags'"
    want_version=$($make --no-print-directory -s version)
    [ "$version" = "$want_version" ] || fail "xen-public.pc: $version, make version: $want_version"
    # shellcheck disable=SC2086
    ${CC:-cc} -std=c99 -Wall -Wextra -Werror -pedantic $cflags -o "$work/consumer" "$here/consumer.c"
    "$work/consumer" > "$work/consumer.out"
    # Code written for upstream's layout, through xen-public-legacy.pc alone.
    legacy=$(PKG_CONFIG_LIBDIR="$dest/usr/share/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest" \
        pkg-config --cflags xen-public-legacy)
    [ "$(echo $legacy)" = "-I$dest/usr/include/xen-public-legacy -I$dest/usr/include" ] ||
        fail "pkg-config --cflags xen-public-legacy gave '$legacy'"
    # shellcheck disable=SC2086
    ${CC:-cc} -std=c99 -Wall -Wextra -Werror -pedantic $legacy -c -o /dev/null "$here/../legacy/upstream-layout.c" ||
        fail "tests/legacy/upstream-layout.c does not build through xen-public-legacy.pc"

    # A second install with another prefix names that prefix; moved elsewhere,
    # the tree is found through --define-prefix (the prefix itself never exists).
    $make --no-print-directory install DESTDIR="$stage" PREFIX=/nonexistent/xen-public > "$work/install-moved.log"
    grep -qx 'prefix=/nonexistent/xen-public' "$stage/nonexistent/xen-public/share/pkgconfig/xen-public.pc" \
        || fail "the second install's xen-public.pc does not name its prefix"
    mv "$stage/nonexistent/xen-public" "$work/moved"
    moved_cflags=$(PKG_CONFIG_LIBDIR="$work/moved/share/pkgconfig" pkg-config --define-prefix --cflags xen-public)
    [ "$(echo $moved_cflags)" = "-I$work/moved/include" ] || fail "pkg-config --define-prefix gave '$moved_cflags'"
    # shellcheck disable=SC2086
    ${CC:-cc} -std=c99 -Wall -Wextra -Werror -pedantic $moved_cflags -o "$work/consumer-moved" "$here/consumer.c"
    "$work/consumer-moved" > /dev/null
fi

$make --no-print-directory uninstall DESTDIR="$dest" PREFIX=/usr > /dev/null
left=$(cd "$dest" && find . ! -type d | head -n 5)
[ -z "$left" ] || fail "uninstall left files behind: $left"
left=$(cd "$dest" && find . -type d | LC_ALL=C sort | tr '\n' ' ')
[ "$left" = ". ./usr ./usr/include ./usr/share ./usr/share/cmake ./usr/share/pkgconfig " ] \
    || fail "uninstall left directories behind: $left"
[ $pc = no ] || echo "install: pkg-config: xen-public.pc $version; consumer built with $(echo $cflags) ($(cat "$work/consumer.out")); a moved install found through --define-prefix"
echo "install: make install put $want headers (the legacy layer's included), xen-public.pc, xen-public-legacy.pc, the CMake package, xen-kernel-types.h, $lists per-architecture lists and the ABI manifests in place (every header of headers-x86_64.txt built under -nostdinc with the installed types header); make uninstall removed them all"
