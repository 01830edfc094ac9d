#!/bin/sh
# versions.sh MAKE
#
# Proves the version is one. The macros of xen-compat.h, as the compiler sees
# them, agree: XEN_PUBLIC_VERSION is XEN_PUBLIC_XEN_RELEASE's three numbers,
# then XEN_PUBLIC_REVISION. `make version` (which the Makefile, and so the
# installed .pc files and CMake version file, use), the newest entry of
# debian/changelog and the newest release of NEWS.md name that same version.
# CMake's and Meson's own reading of it is held to make's by tests/install,
# whose trees must equal make install's; dist.sh checks the installed files.
# Run by: make check-release (tests/check.mk), from the top of the tree.
set -eu
make=$1
fail() { echo "release: $*" >&2; exit 1; }

macros=$(printf '%s\n' '#include <xen/public/xen-compat.h>' \
    'xen_public_version: XEN_PUBLIC_XEN_RELEASE XEN_PUBLIC_REVISION XEN_PUBLIC_VERSION' |
    ${CC:-cc} -E -P -Iinclude -x c - | sed -n 's/^xen_public_version: //p')
# shellcheck disable=SC2086
set -- $macros
[ $# -eq 3 ] || fail "xen-compat.h's version macros expand to '$macros'"
release=$1 revision=$2 quoted=$3
hex='[0-9a-fA-F]'
case $release in
0x00$hex$hex$hex$hex$hex$hex) ;;
*) fail "XEN_PUBLIC_XEN_RELEASE is '$release', not 0x00MMmmpp" ;;
esac
case $revision in
'' | *[!0-9]*) fail "XEN_PUBLIC_REVISION is '$revision', not a number" ;;
esac
case $quoted in
\"*\") version=${quoted#\"}; version=${version%\"} ;;
*) fail "XEN_PUBLIC_VERSION is '$quoted', not a string" ;;
esac
expected=$((release >> 16 & 255)).$((release >> 8 & 255)).$((release & 255)).$revision
[ "$version" = "$expected" ] || fail "XEN_PUBLIC_VERSION is $version, but XEN_PUBLIC_XEN_RELEASE" \
    "$release and XEN_PUBLIC_REVISION $revision make $expected"

made=$($make --no-print-directory -s version)
[ "$made" = "$version" ] || fail "make version says '$made', xen-compat.h $version"
debian=$(sed -n '1s/^xen-public (\([^)]*\)) .*/\1/p' debian/changelog)
[ "$debian" = "$version" ] || fail "debian/changelog's newest entry is '$debian', not $version"
news=$(awk '/^## / { print $2; exit }' NEWS.md)
[ "$news" = "$version" ] || fail "NEWS.md's newest release is '$news', not $version"
echo "release: version $version (Xen $release, revision $revision) in xen-compat.h," \
    "make, debian/changelog and NEWS.md"
