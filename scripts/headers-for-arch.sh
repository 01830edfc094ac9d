#!/bin/sh
# headers-for-arch.sh ARCH [ROOT]
#
# Reads:  the header tree under ROOT (default: include), i.e. ROOT/xen/public,
#         and ARCH's header family from scripts/arches.txt.
# Writes: to stdout, one per line and sorted, the paths (relative to ROOT) of the
#         headers that apply to ARCH: every generic header, plus the arch-*
#         headers of ARCH's family only (arch-x86 files naming x86_32 or x86_64
#         only on that flavour).
# Used by: the compile matrix, scripts/abi-lock.sh and the tests/abi scripts.
set -eu
arch=$1
root=${2:-include}
family=$("$(dirname "$0")/arch-target.sh" "$arch" 3)
(cd "$root" && find xen -name '*.h') | LC_ALL=C sort | awk -v arch="$arch" -v family="$family" '
!/\/arch-/ { print; next }
!index($0, "/arch-" family) { next }
/x86_32/ && arch != "x86_32" { next }
/x86_64/ && arch != "x86_64" { next }
{ print }'
