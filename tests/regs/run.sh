#!/bin/sh
# run.sh ROOT
#
# Reads:  tests/regs/tools-view.c and guest-view.c, and the headers under ROOT
#         (e.g. `include`).
# Writes: one summary line to stdout; on a failure, the failing command and its
#         diagnostics to stderr, and a non-zero exit status.
# Checks: tools-view.c, built with -DXEN_X86_TOOLS_REG_NAMES, by gcc and clang
#         as C99 and C11 and by g++ and clang++ as C++11 and C++20 for x86_64,
#         each binary run; and for i386 by gcc -m32 and clang as C11, linked
#         and run where a 32-bit C library is installed, else compiled
#         freestanding (-fsyntax-only). guest-view.c, built without the macro,
#         by the same compilers, proves the default view is unchanged. Every
#         build uses -Wall -Wextra -Werror -pedantic.
# Run by: `make check`, as `tests/regs/run.sh include`.
# Needs:  gcc, g++, clang, clang++ (override with CC, CXX, CLANG, CLANGXX).
set -u
root=${1:?usage: run.sh ROOT}
here=$(cd "${0%/*}" && pwd)
CC=${CC:-gcc}
CXX=${CXX:-g++}
CLANG=${CLANG:-clang}
CLANGXX=${CLANGXX:-clang++}
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-regs.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM

warn="-Wall -Wextra -Werror -pedantic"
tools="$here/tools-view.c"
guest="$here/guest-view.c"
builds=0
runs=0
failed=0

# step DESCRIPTION COMMAND...: run one build or run, keeping its output.
step() {
    s_what=$1
    shift
    if "$@" > "$work/log" 2>&1; then
        return 0
    fi
    echo "tests/regs: FAILED: $s_what" >&2
    echo "  $*" >&2
    sed 's/^/  /' "$work/log" >&2
    failed=$((failed + 1))
    return 1
}

# build NAME COMPILER LANG STD [FLAGS...]: build tools-view.c into $work/NAME.
build() {
    b_name=$1 b_cc=$2 b_lang=$3 b_std=$4
    shift 4
    builds=$((builds + 1))
    # shellcheck disable=SC2086
    step "tools view, $b_cc -std=$b_std $*" \
        "$b_cc" -x "$b_lang" -std="$b_std" $warn -DXEN_X86_TOOLS_REG_NAMES -I"$root" "$@" \
        "$tools" -o "$work/$b_name"
}

# check COMPILER LANG STD [FLAGS...]: compile guest-view.c (no macro).
check_guest() {
    g_cc=$1 g_lang=$2 g_std=$3
    shift 3
    builds=$((builds + 1))
    # shellcheck disable=SC2086
    step "guest view, $g_cc -std=$g_std $*" \
        "$g_cc" -x "$g_lang" -std="$g_std" $warn -I"$root" "$@" -fsyntax-only "$guest"
}

run() {
    runs=$((runs + 1))
    step "run $1" "$work/$1"
}

# x86_64, hosted: build and run every flavour.
for cc in "$CC" "$CLANG"; do
    for std in c99 c11; do
        n=$(basename "$cc")-$std
        build "$n" "$cc" c "$std" && run "$n"
    done
done
for cxx in "$CXX" "$CLANGXX"; do
    for std in c++11 c++20; do
        n=$(basename "$cxx")-$std
        build "$n" "$cxx" c++ "$std" && run "$n"
    done
done
check_guest "$CC" c c11
check_guest "$CLANG" c c99
check_guest "$CXX" c++ c++11

# i386: linked and run if a 32-bit C library is there, else freestanding.
printf 'int main(void) { return 0; }\n' > "$work/probe.c"
if "$CC" -m32 "$work/probe.c" -o "$work/probe" > /dev/null 2>&1 && "$work/probe"; then
    i386="linked and run"
    build gcc-m32 "$CC" c c11 -m32 && run gcc-m32
    build clang-m32 "$CLANG" c c11 --target=i386-linux-gnu && run clang-m32
    check_guest "$CC" c c11 -m32
else
    i386="freestanding, -fsyntax-only (no 32-bit C library)"
    build gcc-m32 "$CC" c c11 -m32 -ffreestanding -fsyntax-only
    build clang-m32 "$CLANG" c c11 --target=i386-linux-gnu -ffreestanding -fsyntax-only
    build clangxx-m32 "$CLANGXX" c++ c++11 --target=i386-linux-gnu -ffreestanding -fsyntax-only
    check_guest "$CC" c c11 -m32 -ffreestanding
fi
check_guest "$CLANG" c c11 --target=i386-linux-gnu -ffreestanding

if [ "$failed" -ne 0 ]; then
    echo "tests/regs: $failed of $((builds + runs)) steps FAILED" >&2
    exit 1
fi
echo "tests/regs: tools-view names (XEN_X86_TOOLS_REG_NAMES) and the unchanged guest view:" \
    "$builds builds, $runs runs passed; i386 $i386"
