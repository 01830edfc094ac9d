#!/bin/sh
# arch-target.sh ARCH
#
# Writes the clang --target triple of one of the six architectures the
# package is checked on (x86_64 x86_32 arm64 arm32 riscv64 ppc64le), or fails
# for any other name. Used by scripts/abi-lock.sh and the tests/abi scripts.
case ${1:-} in
x86_64) echo x86_64-linux-gnu ;;
x86_32) echo i386-linux-gnu ;;
arm64) echo aarch64-linux-gnu ;;
arm32) echo arm-linux-gnueabihf ;;
riscv64) echo riscv64-linux-gnu ;;
ppc64le) echo powerpc64le-linux-gnu ;;
*) echo "arch-target.sh: unknown architecture '${1:-}'" >&2; exit 2 ;;
esac
