#!/bin/sh
# timed.sh LOG PART CMD [ARG...]
#
# Runs CMD and appends "PART START END STATUS CMD" to LOG (START and END in
# milliseconds since the epoch, CMD's first words), so `make check` can say
# how long each part took; exits with CMD's status. Run by the rules of
# tests/check.mk.
log=$1
part=$2
shift 2
now() { t=$(date +%s%N); case $t in *N) echo $(( $(date +%s) * 1000 )) ;; *) echo $((t / 1000000)) ;; esac; }
start=$(now)
"$@"
status=$?
echo "$part $start $(now) $status $(echo "$*" | tr "\n" " " | cut -c 1-120)" >> "$log"
exit $status
