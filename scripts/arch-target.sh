#!/bin/sh
# arch-target.sh ARCH [FIELD]
#
# Writes clang's --target triple for ARCH (FIELD 2, the default), or its arch-*
# header family (FIELD 3), as scripts/arches.txt records them; fails for an
# architecture that file does not list. `arch-target.sh --list` writes the
# architecture names, one per line.
set -eu
list=${0%/*}/arches.txt
if [ "${1:-}" = --list ]; then
    exec awk '!/^#/ && NF { print $1 }' "$list"
fi
awk -v arch="${1:-}" -v field="${2:-2}" '
!/^#/ && $1 == arch { print $field; found = 1 }
END { if (!found) { printf "arch-target.sh: unknown architecture \047%s\047\n", arch > "/dev/stderr"; exit 2 } }
' "$list"
