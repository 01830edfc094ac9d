# Doxygen input filter for the headers (doc/Doxyfile, FILTER_PATTERNS), run
# by `make docs`. It reads one header and writes it back with a brief
# attached to two kinds of macro whose meaning the header already states
# elsewhere, so that the header need not carry a comment that only repeats
# a name:
#   - an operation's number, `#define NAME value` inside the block
#     (`@name NAME`, or a `@defgroup` titled NAME) that documents NAME;
#   - a bit number, `#define _NAME value`, where the header also defines
#     the mask NAME.
# It also blanks the lines that declare guest handles for a type
# (`DEFINE_XEN_GUEST_HANDLE(type);`): the macro that does it is documented
# once, and each use would otherwise be a member of its own to document.
# Lines are never added or removed, so Doxygen's line numbers stay the
# header's own. Macros that carry their own comment are left alone.

BEGIN {
    while ((getline line < ARGV[1]) > 0)
        if (match(line, /^#[ \t]*define[ \t]+[A-Za-z_][A-Za-z0-9_]*/)) {
            name = substr(line, RSTART, RLENGTH)
            sub(/^#[ \t]*define[ \t]+/, "", name)
            defined[name] = 1
        }
    close(ARGV[1])
}

/@name[ \t]+[A-Za-z_]/ || /@defgroup[ \t]+[A-Za-z_]/ {
    title = $0
    sub(/.*@(name|defgroup)[ \t]+/, "", title)
    if ($0 ~ /@defgroup/)
        sub(/^[^ \t]+[ \t]+/, "", title)
    split("", block)
    n = split(title, words, /[ \t,]+/)
    for (i = 1; i <= n; i++)
        block[words[i]] = 1
}

{
    if ($0 ~ /^[ \t]*(__)?DEFINE_XEN_GUEST_HANDLE\(/) {
        print ""
        next
    }
    if (match($0, /^#[ \t]*define[ \t]+[A-Za-z_][A-Za-z0-9_]*/)) {
        name = substr($0, RSTART, RLENGTH)
        sub(/^#[ \t]*define[ \t]+/, "", name)
        if ((name in block) && $0 !~ /\/\*\*</) {
            print $0 " /**< The operation's number. */"
            next
        }
        if (name ~ /^_[A-Za-z]/ && (substr(name, 2) in defined) &&
            $0 ~ /^#[ \t]*define[ \t]+[A-Za-z0-9_]+[ \t]+\(?[0-9]+[UL]*\)?[ \t]*$/) {
            print $0 " /**< Bit number of " substr(name, 2) ". */"
            next
        }
    }
    print
}
