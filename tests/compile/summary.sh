#!/bin/sh
# summary.sh DIR
#
# Reads:  the result files (*.res: pass, fail..., skip...) and their logs that the
#         compile matrix left under DIR.
# Writes: each failure with the first error of its log, the skipped
#         configurations, and last the line "N passed, N failed".
# Exits:  1 if anything failed, if nothing passed, or if something was skipped
#         while XEN_REQUIRE_ALL=1 (CI sets it: every compiler must be there).
# Run by: make check-compile.
set -eu
dir=$1
find "$dir" -name '*.res' | LC_ALL=C sort | while read -r res; do
    printf '%s\t%s\n' "${res#"$dir"/}" "$(head -n 1 "$res")"
done > "$dir/results.txt"
awk -F '\t' -v dir="$dir" '
$2 == "pass" { pass++; next }
$2 ~ /^skip/ { split($1, p, "/"); skipped[p[1] ": " $2] = 1; skip++; next }
{
    fail++
    logf = dir "/" $1 ".log"
    first = ""
    while ((getline line < logf) > 0) if (line ~ /error/) { first = line; break }
    close(logf)
    printf "FAIL %s: %s%s\n", $1, $2, (first == "" ? "" : "\n     " first)
}
END {
    for (s in skipped) printf "SKIP %s\n", s
    if (skip) printf "%d skipped\n", skip
    printf "%d passed, %d failed\n", pass, fail
    if (fail || !pass || (skip && ENVIRON["XEN_REQUIRE_ALL"] == "1")) exit 1
}' "$dir/results.txt"
