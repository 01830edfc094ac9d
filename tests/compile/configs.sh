#!/bin/sh
# configs.sh
#
# Writes the compile matrix's configurations, one per line:
#   NAME COMPILER ARCH HEADERS FLAGS...
# COMPILER names the variable that holds the compiler (CC, CXX, CLANG or
# CLANGXX: gcc, g++, clang and clang++ unless the caller sets them); ARCH is
# the architecture whose headers are compiled (scripts/arches.txt); HEADERS is
# "all" (each header alone, then all together in both orders) or "asm" (each
# header of asm-headers.txt alone, as assembly).
# Used by: tests/compile/compile.mk, which runs tests/compile/run-config.sh
# once per line.
set -eu
top=$(cd "${0%/*}/../.." && pwd)
arches=$("$top/scripts/arch-target.sh" --list)
warn='-Wall -Wextra -Werror -pedantic -Wundef -Wshadow'
c="-x c $warn -Wstrict-prototypes"
cxx="-x c++ $warn"
# Kernel style: no system header at all; the consumer's own header supplies the
# fixed-width types through XEN_STDINT_HEADER.
kernel="-nostdinc -ffreestanding -DXEN_STDINT_HEADER=\"xen-kernel-types.h\" -Iexamples"
# ARCH=TRIPLE pairs of scripts/arches.txt, read once; target ARCH prints the triple.
pairs=$(awk '!/^#/ && NF { print $1 "=" $2 }' "$top/scripts/arches.txt")
target() {
    for pair in $pairs; do [ "${pair%%=*}" != "$1" ] || { echo "${pair#*=}"; return; }; done
    exit 2
}

# Hosted, on the build machine (x86_64): both compilers, every standard.
for s in c89 c99 c11 c17 c2x; do
    echo "gcc-$s CC x86_64 all $c -std=$s"
    echo "clang-$s CLANG x86_64 all $c -std=$s"
done
for s in c++98 c++11 c++17 c++20; do
    echo "g++-$s CXX x86_64 all $cxx -std=$s"
    echo "clang++-$s CLANGXX x86_64 all $cxx -std=$s"
done
# Freestanding, every architecture, the oldest and newest standards.
for a in $arches; do
    for s in c89 c2x; do
        echo "clang-$a-$s CLANG $a all $c -std=$s --target=$(target "$a") -ffreestanding"
    done
    for s in c++98 c++20; do
        echo "clang++-$a-$s CLANGXX $a all $cxx -std=$s --target=$(target "$a") -ffreestanding"
    done
done
for s in c89 c11; do echo "gcc-m32-$s CC x86_32 all $c -std=$s -m32 -ffreestanding"; done
for s in c++98 c++17; do echo "g++-m32-$s CXX x86_32 all $cxx -std=$s -m32 -ffreestanding"; done
# Kernel style, every architecture with clang, and gcc on the build machine.
for a in $arches; do
    echo "kernel-clang-$a CLANG $a all $c -std=c11 --target=$(target "$a") $kernel"
done
echo "kernel-gcc-x86_64 CC x86_64 all $c -std=gnu11 $kernel"
# Assembly: the headers assembly sources may include, preprocessed and assembled.
for a in $arches; do
    echo "asm-clang-$a CLANG $a asm -x assembler-with-cpp -Werror --target=$(target "$a")"
done
echo "asm-gcc-x86_64 CC x86_64 asm -x assembler-with-cpp -Werror"
