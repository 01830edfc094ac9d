#!/bin/sh
# per-op-blocks-fails.sh ROOT WORK
#
# Proves tests/docs/per-op-blocks.sh can fail: it copies grant_table.h from
# ROOT into WORK once per fault below, with that one fault written in, and
# expects the check to fail naming it. Fails when the check lets one pass,
# or passes nothing on the unchanged copy.
# Run by: make check (tests/check.mk).
set -eu
root=$1
work=$2
header=xen/public/grant_table.h
check="tests/docs/per-op-blocks.sh abi/since.txt tests/docs/op-families.txt"
rm -rf "$work" && mkdir -p "$work/$(dirname "$header")"
status=0
cp "$root/$header" "$work/$header"
$check "$work" "$header" > "$work/log" ||
    { echo "per-op-blocks-fails: the unchanged copy fails:" >&2; cat "$work/log" >&2; exit 1; }
# Each line: what the check must print | a sed program that writes the fault.
while IFS='|' read -r expect program; do
    sed "$program" "$root/$header" > "$work/$header"
    if $check "$work" "$header" > "$work/log"; then
        echo "per-op-blocks-fails: not caught: $expect" >&2; status=1
    elif ! grep -q "$expect" "$work/log"; then
        echo "per-op-blocks-fails: caught, but not as \"$expect\":" >&2
        cat "$work/log" >&2; status=1
    fi
done <<'EOF'
Since must say|0,/| Since          | Xen/s//| Since          | Xen 9./
rows are|0,/| Since          | /{/| Since          | /d;}
Number says 13|s/| Number         | 12 |/| Number         | 13 |/
must name a function|0,/| Implemented by | [a-z_]*() in xen/s//| Implemented by | somewhere in xen/
no Errors: list follows|0,/^ \* Errors:$/s//*/
has no per-op block|$s/^#endif/#define GNTTABOP_clone 99\n#endif/
is empty|0,/| Caller         | [^|]*|/s//| Caller         | |/
EOF
exit $status
