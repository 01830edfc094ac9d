#!/bin/sh
# summary.sh DIR NAME...
#
# Reads:  DIR/NAME/results.txt of each configuration NAME of the compile matrix
#         (run-config.sh) and the logs of the failed cells.
# Writes: each failure with the first error of its log, the skipped
#         configurations, and last the line "N passed, N failed".
# Exits:  1 if anything failed, if nothing passed, or if something was skipped
#         while XEN_REQUIRE_ALL=1 (CI sets it: every compiler must be there).
# Run by: make check (tests/compile/compile.mk).
set -eu
dir=$1
shift
missing=0
for name in "$@"; do
    [ -s "$dir/$name/results.txt" ] || { echo "FAIL $name: no results"; missing=$((missing + 1)); }
done
[ "$missing" -eq 0 ] || exit 1
for name in "$@"; do
    awk -v n="$name" '{ print n, $1, $2 }' "$dir/$name/results.txt"
done | awk -v dir="$dir" '
$3 == "pass" { pass++; next }
$3 ~ /^skip/ { skipped[$1 ": " $3] = 1; skip++; next }
{
    fail++
    cell = $2; gsub(/\//, "_", cell); logf = dir "/" $1 "/" cell ".log"
    first = ""
    while ((getline line < logf) > 0) if (line ~ /error/) { first = line; break }
    close(logf)
    printf "FAIL %s %s%s\n", $1, $2, (first == "" ? "" : "\n     " first)
}
END {
    for (s in skipped) printf "SKIP %s\n", s
    if (skip) printf "%d skipped\n", skip
    printf "compile matrix: %d passed, %d failed\n", pass, fail
    if (fail || !pass || (skip && ENVIRON["XEN_REQUIRE_ALL"] == "1")) exit 1
}'
