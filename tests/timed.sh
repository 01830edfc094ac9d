#!/bin/sh
# timed.sh LOG PART CMD [ARG...]
#
# Runs CMD and appends "PART START END STATUS CMD" to LOG (START and END in
# milliseconds since the epoch, CMD's first words), so `make check` can say
# how long each part took; exits with CMD's status. Makes LOG's directory
# when missing. Run by the rules of tests/check.mk.
log=$1
part=$2
shift 2
[ -d "${log%/*}" ] || mkdir -p "${log%/*}"
# Milliseconds since the epoch; a date without %N gives whole seconds.
now() {
    now_t=$(date +%s%N)
    case $now_t in *N) now_ms=$(( ${now_t%N} * 1000 )) ;; *) now_ms=$(( now_t / 1000000 )) ;; esac
}
now
start=$now_ms
"$@"
status=$?
now
printf '%s %s %s %s %.120s\n' "$part" "$start" "$now_ms" "$status" "$*" >> "$log"
exit $status
