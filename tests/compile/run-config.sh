#!/bin/sh
# run-config.sh OUT ROOT NAME...
#
# Runs the configurations NAME... of the compile matrix (lines of
# OUT/configs.txt, see configs.sh) over the translation units prepare.sh left
# in OUT, against the headers under ROOT.
# Reads:  OUT/configs.txt, OUT/keys.txt, OUT/headers-ARCH.txt, OUT/tu,
#         OUT/stage; the compiler from the variable a configuration names
#         (CC, CXX, CLANG or CLANGXX); the assembly headers' list
#         (XEN_ASM_HEADERS, default tests/compile/asm-headers.txt).
# Writes: for each NAME, OUT/NAME/results.txt, a line "CELL RESULT KEY" per
#         cell (CELL a header path, all-forward or all-reverse; RESULT pass,
#         fail or skip), OUT/NAME/CELL.log for each failure (CELL's / spelled
#         _), and in OUT/NAME/compiled the number of cells this run compiled.
# A cell whose KEY (the configuration, the compiler binary, and the contents of
# every file the cell can include) is unchanged keeps its earlier result; the
# rest are compiled in as few compiler processes as exactness allows:
#   clang: parse-many (XEN_PARSE_MANY, built from parse-many.c when libclang
#          is there) parses the cells of all the NAMEs in one process, each as
#          its own translation unit; without it, one driver call per cell;
#   gcc:   one driver call per configuration and include directory takes all
#          its cells (gcc runs a cc1 per input);
#   assembly: one clang -cc1 process preprocesses a configuration's cells; a
#          cell whose output holds anything but line markers is assembled;
#   a cell not shown to pass in a batch is rerun on its own with the driver,
#   whose verdict and diagnostics are kept.
set -eu
out=$1
root=$2
shift 2
top=$(cd "${0%/*}/../.." && pwd)
allkey=$(awk '$1 == "all" { print $2 }' "$out/keys.txt")
parsed=$out/parse-many.$$
: > "$parsed.args"
: > "$parsed.cells"

# config NAME: sets line, role, arch, kind, flags, cc, dir.
config() {
    name=$1
    line=$(awk -v n="$name" '$1 == n' "$out/configs.txt")
    [ -n "$line" ] || { echo "run-config.sh: no configuration '$name'" >&2; exit 2; }
    # shellcheck disable=SC2086
    set -- $line
    role=$2 arch=$3 kind=$4
    shift 4
    flags=$*
    case $role in
    CC) cc=${CC:-gcc} ;; CXX) cc=${CXX:-g++} ;; CLANG) cc=${CLANG:-clang} ;;
    CLANGXX) cc=${CLANGXX:-clang++} ;;
    *) echo "run-config.sh: unknown compiler variable '$role'" >&2; exit 2 ;;
    esac
    dir=$out/$name
    action=-fsyntax-only
    [ "$kind" = asm ] && action="-c -o /dev/null"
    return 0
}

# one CELL TU INCDIR: compile one cell with the driver; pass or fail.
one() {
    # shellcheck disable=SC2086
    if "$cc" $flags -I"$3" $action "$2" > "$dir/$(echo "$1" | tr / _).log" 2>&1; then
        echo pass
    else
        echo fail
    fi
}

# judge INCDIR: "CELL RESULT" for each line "CELL TU" of $dir/cells, from the
# cells $dir/passed lists; any other cell is compiled on its own.
judge() {
    awk 'FILENAME == ARGV[1] { ok[$1] = 1; next }
         { print $1, $2, (($1 in ok) ? "pass" : "retry") }' \
        "$dir/passed" "$dir/cells" |
    while read -r c t r; do
        if [ "$r" = pass ]; then echo "$c pass"; else echo "$c $(one "$c" "$t" "$1")"; fi
    done
}

# batch INCDIR CELLS...: writes $dir/cells ("CELL TU"); for gcc and assembly,
# compiles them now and adds their results to $dir/new; clang's cells are
# queued for the shared parse-many run.
batch() {
    inc=$1; shift
    [ $# -gt 0 ] || return 0
    printf '%s\n' "$@" | awk -v tu="$out/tu/" -v arch="$arch" \
        '{ print $1, tu $1 (/^all-/ ? "-" arch : "") ".c" }' > "$dir/cells"
    tus=$(cut -d ' ' -f 2 "$dir/cells")
    : > "$dir/passed"
    case $role:$kind in
    CLANG*:all)
        if [ -n "${XEN_PARSE_MANY:-}" ]; then
            # shellcheck disable=SC2086
            printf '%s ' $flags -I"$inc" -- $tus --- >> "$parsed.args"
            awk -v name="$name" -v inc="$inc" '{ print name, inc, $1, $2 }' "$dir/cells" \
                >> "$parsed.cells"
            return 0
        fi ;;
    CLANG*:asm)
        # The driver starts a compiler process per input, so the cells go
        # straight to the one -cc1 command it shows for /dev/null (-###),
        # which preprocesses each input in turn with a fresh preprocessor;
        # its output gives each input a part opening '# 1 "TU"'. A cell
        # whose part holds only line markers has nothing to assemble. Any
        # error, or a #pragma (diagnostic state outlives an input), and no
        # cell counts as passed here: each is then judged on its own below.
        # shellcheck disable=SC2086
        cc1=$("$cc" $flags -I"$inc" -E -### /dev/null 2>&1 | tail -n 1)
        case $cc1 in *'"-cc1"'*) ;; *) cc1=false ;; esac
        eval "set -- $cc1"
        # shellcheck disable=SC2086
        if "$@" $tus > "$dir/cells.i" 2> "$dir/cell.log" &&
           ! grep -q '^[[:space:]]*#[[:space:]]*pragma' "$dir/cells.i"; then
            awk 'NR == FNR { cell["# 1 \"" $2 "\""] = $1; next }
                 $0 in cell { cur = cell[$0]; seen[cur] = 1; next }
                 /^# [0-9]+ "/ || /^[[:space:]]*$/ { next }
                 { code[cur] = 1 }
                 END { for (c in seen) if (!(c in code)) print c }' \
                "$dir/cells" "$dir/cells.i" > "$dir/passed"
        fi ;;
    *:all)
        # shellcheck disable=SC2086
        if "$cc" $flags -I"$inc" $action $tus > "$dir/batch.log" 2>&1; then
            cut -d ' ' -f 1 "$dir/cells" > "$dir/passed"
        fi ;;
    esac
    judge "$inc" >> "$dir/new"
}

# finish: the configuration's results, from the kept ones and $dir/new.
finish() {
    awk 'NR == FNR { key[$1] = $2; next } { print $1, $2, key[$1] }' "$dir/todo" "$dir/new" |
        cat "$dir/kept" - | LC_ALL=C sort > "$dir/results.txt.tmp"
    mv "$dir/results.txt.tmp" "$dir/results.txt"
    wc -l < "$dir/todo" | tr -d ' ' > "$dir/compiled"
    rm -f "$dir/todo" "$dir/kept" "$dir/new" "$dir/cells" "$dir/passed" "$dir/cells.i" \
        "$dir/cell.log" "$dir/batch.log"
}

todo_names=
for name; do
    config "$name"
    mkdir -p "$dir"
    results=$dir/results.txt
    cells=$(if [ "$kind" = asm ]; then
        sed -e 's/#.*//' -e '/^ *$/d' "${XEN_ASM_HEADERS:-$top/tests/compile/asm-headers.txt}" |
            LC_ALL=C sort | LC_ALL=C comm -12 - "$out/headers-$arch.txt"
    else
        cat "$out/headers-$arch.txt"; echo all-forward; echo all-reverse
    fi)
    ccpath=$(command -v "$cc" 2>/dev/null || true)
    if [ -z "$ccpath" ]; then
        for c in $cells; do echo "$c skip:$role=${cc:-unset}_not_found -"; done > "$results"
        echo 0 > "$dir/compiled"
        continue
    fi
    stamp=$({ echo "$line"; ls -lL "$ccpath"; cat "$top"/examples/xen-kernel-types.h; } |
        cksum | tr ' ' -)
    # The cells whose key changed.
    touch "$results"
    awk -v stamp="$stamp" -v allkey="$allkey" -v cells="$cells" -v todo="$dir/todo" '
    NR == FNR { key[$1] = $2; next }
    { old[$1] = $2 " " $3 }
    END {
        n = split(cells, c, "\n")
        for (i = 1; i <= n; i++) {
            k = stamp ":" (c[i] ~ /^all-/ ? allkey : key[c[i]])
            if ((c[i] in old) && old[c[i]] ~ /^(pass|fail) / && substr(old[c[i]], 6) == k)
                print c[i], old[c[i]]
            else
                print c[i], k > todo
        }
    }' "$out/keys.txt" "$results" > "$dir/kept"
    touch "$dir/todo"
    : > "$dir/new"
    # Stable cells against the copy without unstable/; the others against ROOT.
    stable=$(awk '$1 !~ /\/unstable\// && $1 !~ /^all-/ { print $1 }' "$dir/todo")
    others=$(awk '$1 ~ /\/unstable\// || $1 ~ /^all-/ { print $1 }' "$dir/todo")
    # shellcheck disable=SC2086
    batch "$out/stage" $stable
    # shellcheck disable=SC2086
    batch "$root" $others
    todo_names="$todo_names $name"
done

# clang's queued cells, all in one parse-many process; its lines come in the
# order of the queue.
if [ -s "$parsed.cells" ]; then
    # shellcheck disable=SC2046
    "$XEN_PARSE_MANY" $(sed 's/ --- $//' "$parsed.args") > "$parsed.out" 2> /dev/null || true
    awk 'FILENAME == ARGV[1] { verdict[FNR] = $1; next } verdict[FNR] == "pass" { print $1, $3 }' \
        "$parsed.out" "$parsed.cells" > "$parsed.passed"
    for name in $(cut -d ' ' -f 1 "$parsed.cells" | uniq); do
        config "$name"
        for inc in $(awk -v n="$name" '$1 == n { print $2 }' "$parsed.cells" | uniq); do
            awk -v n="$name" -v inc="$inc" '$1 == n && $2 == inc { print $3, $4 }' \
                "$parsed.cells" > "$dir/cells"
            awk -v n="$name" '$1 == n { print $2 }' "$parsed.passed" > "$dir/passed"
            judge "$inc" >> "$dir/new"
        done
    done
fi
for name in $todo_names; do
    config "$name"
    finish
done
rm -f "$parsed.args" "$parsed.cells" "$parsed.out" "$parsed.passed"
