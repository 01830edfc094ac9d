#!/bin/sh
# headers-for-arch.sh ARCH [ROOT]
#
# Reads:  the header tree under ROOT (default: include), i.e. ROOT/xen/public.
# Writes: to stdout, one per line and sorted, the paths (relative to ROOT) of the
#         headers that apply to ARCH: every generic header, plus the architecture
#         headers of ARCH only (arch-x86 files naming x86_32 or x86_64 only on that
#         flavour). ARCH is one of x86_64 x86_32 arm64 arm32 riscv64 ppc64le.
# Used by: the compile matrix (tests/compile/matrix.mk) and scripts/abi-lock.sh.
set -eu
arch=$1
root=${2:-include}
case $arch in
x86_64|x86_32|arm64|arm32|riscv64|ppc64le) ;;
*) echo "headers-for-arch.sh: unknown architecture '$arch'" >&2; exit 2 ;;
esac
(cd "$root" && find xen -name '*.h') | LC_ALL=C sort | awk -v arch="$arch" '
{
    family = ""
    if ($0 ~ /arch-x86/) family = "x86"
    else if ($0 ~ /arch-arm/) family = "arm"
    else if ($0 ~ /arch-riscv/) family = "riscv64"
    else if ($0 ~ /arch-ppc/) family = "ppc64le"
    if (family == "") { print; next }
    if (family == "x86") {
        if (arch != "x86_64" && arch != "x86_32") next
        if ($0 ~ /x86_32/ && arch != "x86_32") next
        if ($0 ~ /x86_64/ && arch != "x86_64") next
        print; next
    }
    if (family == "arm") { if (arch == "arm64" || arch == "arm32") print; next }
    if (family == arch) print
}'
