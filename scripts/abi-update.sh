#!/bin/sh
# abi-update.sh DIR ARCH...
#
# Replaces tests/abi/ARCH.lock with DIR/ARCH.lock (generated from the headers
# by scripts/abi-lock.sh) for each ARCH, unless that would change or remove a
# stable entry: then it writes nothing, lists those entries and fails, unless
# ALLOW_STABLE_BREAK=1 is set, when it writes the locks and names every stable
# entry it changed. Unstable entries and new stable names are rewritten
# freely. Run by: make abi-update.
set -eu
dir=$1
shift
here=${0%/*}
breaks=0
for arch in "$@"; do
    "$here/abi-diff.sh" "tests/abi/$arch.lock" "$dir/$arch.lock" > "$dir/$arch.update" || true
    n=$(grep -cE '^stable (changed|removed) ' "$dir/$arch.update" || true)
    if [ "$n" -gt 0 ]; then
        echo "$arch: $n stable entr(ies) would change:"
        awk '/^[a-z]/ { show = ($0 ~ /^stable (changed|removed) /) } show' "$dir/$arch.update"
        breaks=$((breaks + n))
    fi
done
if [ "$breaks" -gt 0 ] && [ "${ALLOW_STABLE_BREAK:-}" != 1 ]; then
    echo "abi-update: refused, $breaks stable entr(ies) would change (listed above); nothing written."
    echo "A stable layout or value is a promise to every binary built against it. If this"
    echo "break is deliberate, run: make abi-update ALLOW_STABLE_BREAK=1"
    exit 1
fi
for arch in "$@"; do
    if cmp -s "$dir/$arch.lock" "tests/abi/$arch.lock"; then
        echo "tests/abi/$arch.lock unchanged"
    else
        cp "$dir/$arch.lock" "tests/abi/$arch.lock"
        echo "wrote tests/abi/$arch.lock: $(grep -c '^[a-z]' "$dir/$arch.update") entr(ies) changed"
    fi
done
[ "$breaks" -eq 0 ] || echo "abi-update: ALLOW_STABLE_BREAK=1: $breaks stable entr(ies) changed, as listed above."
