#!/bin/sh
# long-lines.sh ROOT
#
# Proves every header under ROOT reads in 100 columns: prints each line
# longer, as FILE:LINE, and fails on any. An #error line is let through,
# since its message must stay one line to read well in a compiler's output.
# Fails too when it finds no header.
# Run by: make check (tests/check.mk).
set -eu
root=$1
find "$root" -name '*.h' | LC_ALL=C sort | xargs awk '
FNR == 1 { files++ }
length($0) > 100 && $0 !~ /^[ \t]*#[ \t]*error/ {
    print FILENAME ":" FNR ": " length($0) " columns"; long++
}
END {
    if (files == 0) { print "long-lines: no header found"; exit 1 }
    printf "long-lines: %d headers, %d lines over 100 columns\n", files, long
    exit long > 0
}'
