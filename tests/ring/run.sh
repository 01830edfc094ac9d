#!/bin/sh
# run.sh LOG PREFIX PROGRAM [ARGS...]
#
# Runs one ring test program, keeping its whole output in LOG. On success
# prints the program's summary lines (its stdout), each after PREFIX; on
# failure prints the log and fails. A ThreadSanitizer build that cannot start because the kernel
# randomises mmap more than this TSan supports ("unexpected memory mapping")
# is retried with address-space randomisation off (setarch -R).
# Used by: tests/ring/ring.mk (make check-ring).
set -u
log=$1
prefix=$2
shift 2
"$@" > "$log.out" 2> "$log.err"
rc=$?
if [ $rc -ne 0 ] && grep -q 'unexpected memory mapping' "$log.err" &&
   command -v setarch > /dev/null 2>&1; then
    setarch "$(uname -m)" -R "$@" > "$log.out" 2> "$log.err"
    rc=$?
fi
cat "$log.out" "$log.err" > "$log"
if [ $rc -ne 0 ]; then
    echo "FAILED ($rc): $*" >&2
    cat "$log" >&2
    exit 1
fi
while IFS= read -r line; do
    printf '%s%s\n' "$prefix" "$line"
done < "$log.out"
