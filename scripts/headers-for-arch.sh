#!/bin/sh
# headers-for-arch.sh [--stable|--unstable] ARCH [ROOT]
#
# Reads:  the header tree under ROOT (default: include), i.e. ROOT/xen/public,
#         and ARCH's header family from scripts/arches.txt.
# Writes: to stdout, one per line and sorted, the paths (relative to ROOT) of the
#         headers that apply to ARCH: every generic header, plus the arch-*
#         headers of ARCH's family only (arch-x86 files naming x86_32 or x86_64
#         only on that flavour). --stable leaves out xen/public/unstable/,
#         --unstable keeps only it.
# Used by: the compile matrix, scripts/abi-lock.sh and the tests/abi scripts;
# make install, CMakeLists.txt and meson.build, for the installed lists
# share/xen-public/headers-ARCH.txt and headers-ARCH-unstable.txt.
set -eu
part=all
case ${1:-} in
--stable | --unstable) part=${1#--}; shift ;;
esac
arch=$1
root=${2:-include}
(cd "$root" && find xen -name '*.h') | LC_ALL=C sort |
awk -v arch="$arch" -v part="$part" '
# The architecture'"'"'s header family (third field of arches.txt), read first.
FILENAME != "-" { if (!/^#/ && $1 == arch) family = $3; next }
!family {
    printf "headers-for-arch.sh: unknown architecture \047%s\047\n", arch > "/dev/stderr"
    exit 2
}
part == "stable" && /^xen\/public\/unstable\// { next }
part == "unstable" && !/^xen\/public\/unstable\// { next }
!/\/arch-/ { print; next }
!index($0, "/arch-" family) { next }
/x86_32/ && arch != "x86_32" { next }
/x86_64/ && arch != "x86_64" { next }
{ print }
END { if (!family) exit 2 }' "${0%/*}/arches.txt" -
