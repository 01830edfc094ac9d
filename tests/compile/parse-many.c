/*
 * parse-many FLAGS... -- FILE...
 *
 * Parses each FILE as its own translation unit with clang's front end (through
 * libclang, the library clang itself is built from), with the same command-line
 * FLAGS a `clang FLAGS -fsyntax-only FILE` run would get, and prints one line
 * per file: "pass FILE" or "fail FILE". A file fails when clang reports an
 * error (with -Werror, any warning) or cannot parse it at all.
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
    int sep, i, failed = 0;
    CXIndex index;

    for (sep = 1; sep < argc && strcmp(argv[sep], "--") != 0; sep++)
        continue;
    if (sep >= argc) {
        fprintf(stderr, "usage: parse-many FLAGS... -- FILE...\n");
        return 2;
    }
    index = clang_createIndex(0, 0);
    for (i = sep + 1; i < argc; i++) {
        int ok = parses_cleanly(index, argv[i], (const char *const *)argv + 1, sep - 1);
        printf("%s %s\n", ok ? "pass" : "fail", argv[i]);
        failed |= !ok;
    }
    clang_disposeIndex(index);
    return failed;
}
