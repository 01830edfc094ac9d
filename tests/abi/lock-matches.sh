#!/bin/sh
# lock-matches.sh ARCH COMMITTED NEW
#
# Proves the headers still have the ABI the committed lock records (and that
# the committed lock holds no source position, which would change with every
# edit of a comment): compares
# the committed lock of ARCH with the one just generated (scripts/abi-diff.sh)
# and, on a difference, says which kind of entry moved and what to do:
#   stable changed/removed  an ABI break: never, short of a deliberate
#                           `make abi-update ALLOW_STABLE_BREAK=1`;
#   stable added            a new stable name: `make abi-update`, commit;
#   unstable                an unstable interface moved: `make abi-update`,
#                           commit (and bump its interface version).
# Run by: make check (tests/abi/abi.mk).
set -eu
arch=$1
if grep -nE '\.h[:"]|:[0-9]+:[0-9]+' "$2" | head -n 3 | grep .; then
    echo "ABI lock: $2 holds a source position (above); a lock records ABI only"
    exit 1
fi
if "${0%/*}/../../scripts/abi-diff.sh" "$2" "$3" > "$3.diff"; then
    echo "ABI lock: $arch matches ($(grep -c '^stable ' "$2") stable and $(grep -c '^unstable ' "$2") unstable lines)"
    exit 0
fi
broken=$(grep -cE '^stable (changed|removed) ' "$3.diff" || true)
added=$(grep -c '^stable added ' "$3.diff" || true)
unstable=$(grep -c '^unstable ' "$3.diff" || true)
echo "ABI lock mismatch on $arch ('-' the committed lock, '+' the headers now):"
head -n 80 "$3.diff"
[ "$(wc -l < "$3.diff")" -le 80 ] || echo "... (whole list: $3.diff)"
[ "$broken" -eq 0 ] || echo "$broken STABLE entr(ies) changed or removed: an ABI break. Fix the header; only a deliberate break may be recorded, with make abi-update ALLOW_STABLE_BREAK=1."
[ "$added" -eq 0 ] || echo "$added stable entr(ies) added: run make abi-update and commit the lock."
[ "$unstable" -eq 0 ] || echo "$unstable unstable entr(ies) moved: run make abi-update and commit the lock (and bump the interface's version)."
exit 1
