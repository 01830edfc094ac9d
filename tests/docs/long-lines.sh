#!/bin/sh
# long-lines.sh ROOT
#
# Proves every header under ROOT reads in 100 columns: prints each line
# longer, as FILE:LINE, and fails on any; an #error message too, which is
# why each is kept short enough to stay one string. Fails too when it finds
# no header.
# Run by: make check (tests/check.mk).
set -eu
root=$1
find "$root" -name '*.h' | LC_ALL=C sort | xargs awk '
FNR == 1 { files++ }
length($0) > 100 {
    print FILENAME ":" FNR ": " length($0) " columns"; long++
}
END {
    if (files == 0) { print "long-lines: no header found"; exit 1 }
    printf "long-lines: %d headers, %d lines over 100 columns\n", files, long
    exit long > 0
}'
