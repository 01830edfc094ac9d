#!/bin/sh
# run.sh MAKE WORKDIR
#
# Proves the install: `make install` into a temporary DESTDIR with prefix /usr,
# then builds consumer.c with nothing but `pkg-config --cflags xen-public`
# (through PKG_CONFIG_SYSROOT_DIR), then `make uninstall` must leave nothing.
# Fails on a missing header, a wrong .pc file, or a leftover file.
# Run by: make check-install.
set -eu
make=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work/root"
dest=$(cd "$work/root" && pwd)

$make --no-print-directory install DESTDIR="$dest" PREFIX=/usr > "$work/install.log"
want=$(cd include && find xen -name '*.h' | wc -l)
have=$(cd "$dest/usr/include" && find xen -name '*.h' | wc -l)
[ "$want" -eq "$have" ] || { echo "install: $have of $want headers installed" >&2; exit 1; }

export PKG_CONFIG_PATH="$dest/usr/share/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest"
export PKG_CONFIG_LIBDIR="$dest/usr/share/pkgconfig"
cflags=$(pkg-config --cflags xen-public)
version=$(pkg-config --modversion xen-public)
# shellcheck disable=SC2086
${CC:-cc} -std=c99 -Wall -Wextra -Werror -pedantic $cflags -o "$work/consumer" "$here/consumer.c"
"$work/consumer" > "$work/consumer.out"

$make --no-print-directory uninstall DESTDIR="$dest" PREFIX=/usr > /dev/null
left=$(cd "$dest" && find . ! -type d | head -n 5)
[ -z "$left" ] || { echo "uninstall left files behind: $left" >&2; exit 1; }
echo "install: $want headers and xen-public.pc $version; consumer built with $cflags ($(cat "$work/consumer.out")); uninstall clean"
