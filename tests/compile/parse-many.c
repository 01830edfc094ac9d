/*
 * parse-many FLAGS... -- FILE... [--- FLAGS... -- FILE...]...
 *
 * Parses each FILE as its own translation unit with clang's front end (through
 * libclang, the library clang itself is built from), with the same command-line
 * FLAGS a `clang FLAGS -fsyntax-only FILE` run would get, and prints one line
 * per file: "pass FILE" or "fail FILE". Groups separated by "---" each have
 * their own FLAGS, so several configurations share the process. A file fails
 * when clang reports an error (with -Werror, any warning) or cannot parse it at all.
 *
 * Why: clang's driver starts a new compiler process for every file, and
 * loading it costs far more than parsing one of our headers. Here each file
 * still gets a compiler instance of its own (fresh preprocessor, AST and
 * diagnostic state), only the process is shared. run-config.sh treats a "fail"
 * as a hint and reruns that file with the real driver, whose verdict counts.
 *
 * Exit status: 0 when every file passed, 1 when one failed, 2 on bad usage.
 */
#include <clang-c/Index.h>
#include <stdio.h>
#include <string.h>

static int parses_cleanly(CXIndex index, const char *file, const char *const *flags, int nflags)
{
    CXTranslationUnit unit = NULL;
    enum CXErrorCode rc = clang_parseTranslationUnit2(index, file, flags, nflags, NULL, 0,
                                                      CXTranslationUnit_None, &unit);
    unsigned i, n;
    int clean;

    if (rc != CXError_Success || unit == NULL)
        return 0;
    clean = 1;
    n = clang_getNumDiagnostics(unit);
    for (i = 0; i < n; i++) {
        CXDiagnostic diag = clang_getDiagnostic(unit, i);
        if (clang_getDiagnosticSeverity(diag) >= CXDiagnostic_Error)
            clean = 0;
        clang_disposeDiagnostic(diag);
    }
    clang_disposeTranslationUnit(unit);
    return clean;
}

int main(int argc, char **argv)
{
    int first = 1, failed = 0, groups = 0;
    CXIndex index = clang_createIndex(0, 0);

    /* Each group: FLAGS... -- FILE..., up to the next "---" or the end. */
    while (first < argc) {
        int sep, end, i;

        for (sep = first; sep < argc && strcmp(argv[sep], "--") != 0; sep++)
            continue;
        for (end = sep; end < argc && strcmp(argv[end], "---") != 0; end++)
            continue;
        if (sep >= end) {
            fprintf(stderr, "usage: parse-many FLAGS... -- FILE... [--- FLAGS... -- FILE...]...\n");
            clang_disposeIndex(index);
            return 2;
        }
        for (i = sep + 1; i < end; i++) {
            int ok = parses_cleanly(index, argv[i], (const char *const *)argv + first, sep - first);
            printf("%s %s\n", ok ? "pass" : "fail", argv[i]);
            failed |= !ok;
        }
        groups++;
        first = end + 1;
    }
    clang_disposeIndex(index);
    if (groups == 0) {
        fprintf(stderr, "usage: parse-many FLAGS... -- FILE... [--- FLAGS... -- FILE...]...\n");
        return 2;
    }
    return failed;
}
