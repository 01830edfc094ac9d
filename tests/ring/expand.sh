#!/bin/sh
# expand.sh FILE CONFIG...
#
# Compiles FILE (tests/ring/expand.c, which expands every io/ring.h macro with
# nothing included first) in each CONFIG, "COMPILER:FLAGS" with @ standing for
# a space, with -Wall -Wextra -Werror -pedantic -Wundef -Wshadow -Iinclude.
# clang's configurations are parsed together by one parse-many process
# (XEN_PARSE_MANY, when set; CLANG and CLANGXX name clang); if any of them
# does not pass there, each is compiled again by the driver, whose verdict and
# diagnostics count. Other compilers run their driver once per configuration.
# Run by: make check (tests/ring/ring.mk).
set -eu
file=$1
shift
warn="-Wall -Wextra -Werror -pedantic -Wundef -Wshadow -Iinclude"
driver() { # COMPILER FLAGS...
    "$@" -fsyntax-only "$file" || { echo "expand: failed with $*" >&2; exit 1; }
}
batch= batched=
for c; do
    cc=${c%%:*}
    flags="$(echo "${c#*:}" | tr @ ' ') $warn"
    case $cc in "${CLANG:-clang}"|"${CLANGXX:-clang++}") is_clang=yes ;; *) is_clang=no ;; esac
    if [ -n "${XEN_PARSE_MANY:-}" ] && [ $is_clang = yes ]; then
        batch="$batch $flags -- $file ---"
        batched="$batched $c"
    else
        # shellcheck disable=SC2086
        driver "$cc" $flags
    fi
done
# shellcheck disable=SC2086
if [ -n "$batch" ] && ! "$XEN_PARSE_MANY" ${batch% ---} > /dev/null; then
    for c in $batched; do
        # shellcheck disable=SC2086
        driver "${c%%:*}" $(echo "${c#*:}" | tr @ ' ') $warn
    done
fi
echo "expand: every ring.h macro expands cleanly, with nothing included first," \
     "in $# compiler configurations"
