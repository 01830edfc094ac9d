/* SPDX-License-Identifier: MIT */
/*
 * io/xs_wire.h against the XenStore protocol documents of Xen 4.22.0
 * (docs/misc/xenstore.txt and docs/misc/xenstore-ring.txt). Every expected
 * value below is written out literally from those documents (section named
 * in the comment), never computed from the header under test, so a wrong
 * number, a missing operation or a reordered error name in the header fails
 * the test.
 */
#include <errno.h> /* first: xs_wire.h defines xsd_errors only with errno */
#include <xen/public/io/xs_wire.h>

#include <stddef.h>
#include <stdio.h>
#include <string.h>

static unsigned int checks, failures;

static void expect(int ok, const char *what, long got, long want)
{
    checks++;
    if (!ok) {
        failures++;
        fprintf(stderr, "FAIL: %s is %ld, the protocol says %ld\n", what, got,
                want);
    }
}
#define EXPECT_EQ(expr, want) \
    expect((long)(expr) == (long)(want), #expr, (long)(expr), (long)(want))

int main(void)
{
    /* xenstore.txt, "Defined Xenstore message types": name and value. */
    static const struct { long value; long want; const char *name; } ops[] = {
        { XS_CONTROL, 0, "CONTROL" },
        { XS_DIRECTORY, 1, "DIRECTORY" },
        { XS_READ, 2, "READ" },
        { XS_GET_PERMS, 3, "GET_PERMS" },
        { XS_WATCH, 4, "WATCH" },
        { XS_UNWATCH, 5, "UNWATCH" },
        { XS_TRANSACTION_START, 6, "TRANSACTION_START" },
        { XS_TRANSACTION_END, 7, "TRANSACTION_END" },
        { XS_INTRODUCE, 8, "INTRODUCE" },
        { XS_RELEASE, 9, "RELEASE" },
        { XS_GET_DOMAIN_PATH, 10, "GET_DOMAIN_PATH" },
        { XS_WRITE, 11, "WRITE" },
        { XS_MKDIR, 12, "MKDIR" },
        { XS_RM, 13, "RM" },
        { XS_SET_PERMS, 14, "SET_PERMS" },
        { XS_WATCH_EVENT, 15, "WATCH_EVENT" },
        { XS_ERROR, 16, "ERROR" },
        { XS_IS_DOMAIN_INTRODUCED, 17, "IS_DOMAIN_INTRODUCED" },
        { XS_RESUME, 18, "RESUME" },
        { XS_SET_TARGET, 19, "SET_TARGET" },
        /* 20: RESTRICT, removed; the value is invalid. */
        { XS_RESET_WATCHES, 21, "RESET_WATCHES" },
        { XS_DIRECTORY_PART, 22, "DIRECTORY_PART" },
        { XS_GET_FEATURE, 23, "GET_FEATURE" },
        { XS_SET_FEATURE, 24, "SET_FEATURE" },
        { XS_GET_QUOTA, 25, "GET_QUOTA" },
        { XS_SET_QUOTA, 26, "SET_QUOTA" },
        { XS_INVALID, 65535, "INVALID" },
        /* "DEBUG is a deprecated alias of CONTROL." */
        { XS_DEBUG, 0, "DEBUG" },
        /* One past the highest type the table defines (SET_QUOTA, 26). */
        { XS_TYPE_COUNT, 27, "TYPE_COUNT" },
    };
    /* The errno names an ERROR reply may carry. xenstore.txt ("Error
     * replies") says the payload is the name of an errno value from the
     * protocol's list, transmitted as a string, and that the list only
     * grows at its end; the list of Xen 4.22.0, in order: */
    static const struct { int value; const char *name; } errs[] = {
        { EINVAL, "EINVAL" }, { EACCES, "EACCES" }, { EEXIST, "EEXIST" },
        { EISDIR, "EISDIR" }, { ENOENT, "ENOENT" }, { ENOMEM, "ENOMEM" },
        { ENOSPC, "ENOSPC" }, { EIO, "EIO" }, { ENOTEMPTY, "ENOTEMPTY" },
        { ENOSYS, "ENOSYS" }, { EROFS, "EROFS" }, { EBUSY, "EBUSY" },
        { EAGAIN, "EAGAIN" }, { EISCONN, "EISCONN" }, { E2BIG, "E2BIG" },
        { EPERM, "EPERM" },
    };
    const size_t nerrs = sizeof(errs) / sizeof(errs[0]);
    size_t i, j;
    int seen_enosys = 0, seen_eagain = 0;
    struct xenstore_domain_interface page;
    char buf[sizeof(struct xsd_sockmsg) + 8];
    struct xsd_sockmsg hdr;

    for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
        checks++;
        if (ops[i].value != ops[i].want) {
            failures++;
            fprintf(stderr, "FAIL: XS_%s is %ld, the protocol says %ld\n",
                    ops[i].name, ops[i].value, ops[i].want);
        }
        /* No operation may take the withdrawn code 20. */
        expect(ops[i].value != 20, ops[i].name, ops[i].value, -1);
    }

    /* xenstore.txt: a message is a struct xsd_sockmsg header (type, req_id,
     * tx_id, len: four 32-bit fields in that order, tx_id being "32-bit
     * binary") followed by len bytes of payload. */
    EXPECT_EQ(sizeof(struct xsd_sockmsg), 16);
    EXPECT_EQ(offsetof(struct xsd_sockmsg, type), 0);
    EXPECT_EQ(offsetof(struct xsd_sockmsg, req_id), 4);
    EXPECT_EQ(offsetof(struct xsd_sockmsg, tx_id), 8);
    EXPECT_EQ(offsetof(struct xsd_sockmsg, len), 12);
    EXPECT_EQ(sizeof(hdr.type), 4);
    EXPECT_EQ(sizeof(hdr.req_id), 4);
    EXPECT_EQ(sizeof(hdr.tx_id), 4);
    EXPECT_EQ(sizeof(hdr.len), 4);
    /* A header then its payload, e.g. READ "<path>|". */
    hdr.type = XS_READ;
    hdr.req_id = 7;
    hdr.tx_id = 0;
    hdr.len = 5;
    memcpy(buf, &hdr, sizeof(hdr));
    memcpy(buf + sizeof(hdr), "/a/b", 5);
    EXPECT_EQ(buf[16], '/');
    EXPECT_EQ(buf[20], '\0');
    /* WATCH_EVENT payload: <epath>|<token>| */
    EXPECT_EQ(XS_WATCH_PATH, 0);
    EXPECT_EQ(XS_WATCH_TOKEN, 1);
    /* Limits: payload 4096 (XENSTORE_PAYLOAD_MAX), absolute paths 3072,
     * relative paths 2048 bytes. */
    EXPECT_EQ(XENSTORE_PAYLOAD_MAX, 4096);
    EXPECT_EQ(XENSTORE_ABS_PATH_MAX, 3072);
    EXPECT_EQ(XENSTORE_REL_PATH_MAX, 2048);

    /* The error-name table. */
    EXPECT_EQ(sizeof(xsd_errors) / sizeof(xsd_errors[0]), nerrs);
    for (i = 0; i < nerrs && i < sizeof(xsd_errors) / sizeof(xsd_errors[0]);
         i++) {
        checks++;
        if (xsd_errors[i].errnum != errs[i].value ||
            strcmp(xsd_errors[i].errstring, errs[i].name) != 0) {
            failures++;
            fprintf(stderr, "FAIL: error %u is %s (%d), the protocol says "
                    "%s (%d)\n", (unsigned int)i, xsd_errors[i].errstring,
                    xsd_errors[i].errnum, errs[i].name, errs[i].value);
        }
        for (j = 0; j < i; j++)
            expect(strcmp(xsd_errors[i].errstring, xsd_errors[j].errstring)
                   != 0, "duplicate error name", (long)i, (long)j);
        seen_enosys |= strcmp(xsd_errors[i].errstring, "ENOSYS") == 0;
        seen_eagain |= strcmp(xsd_errors[i].errstring, "EAGAIN") == 0;
    }
    /* Named by xenstore.txt itself: unsupported types get ENOSYS, a
     * conflicting transaction end gets EAGAIN. */
    expect(seen_enosys, "ENOSYS in xsd_errors", seen_enosys, 1);
    expect(seen_eagain, "EAGAIN in xsd_errors", seen_eagain, 1);

    /* xenstore-ring.txt, "The xenstore ring datastructure". */
    EXPECT_EQ(XENSTORE_RING_SIZE, 1024);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, req), 0);
    EXPECT_EQ(sizeof(page.req), 1024);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, rsp), 1024);
    EXPECT_EQ(sizeof(page.rsp), 1024);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, req_cons), 2048);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, req_prod), 2052);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, rsp_cons), 2056);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, rsp_prod), 2060);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, server_features),
              2064);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, connection), 2068);
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, error), 2072);
    EXPECT_EQ(sizeof(page.req_cons), 4);
    EXPECT_EQ(sizeof(page.error), 4);
    /* The event-channel field Xen 4.21 added after the error indicator
     * (not yet in the ring document's table): the next 4 bytes. */
    EXPECT_EQ(offsetof(struct xenstore_domain_interface, evtchn_port), 2076);
    EXPECT_EQ(sizeof(XENSTORE_RING_IDX), 4);
    /* "The byte at offset 'x' in the byte stream will be stored at offset
     * 'x modulo 1024'", with 32-bit free-running offsets. */
    EXPECT_EQ(MASK_XENSTORE_IDX(0u), 0);
    EXPECT_EQ(MASK_XENSTORE_IDX(1023u), 1023);
    EXPECT_EQ(MASK_XENSTORE_IDX(1024u), 0);
    EXPECT_EQ(MASK_XENSTORE_IDX(0xffffffffu), 1023);
    EXPECT_EQ(MASK_XENSTORE_IDX((XENSTORE_RING_IDX)(0xfffffc00u + 0x500u)),
              0x100);
    /* Feature bits 0, 1, 2. */
    EXPECT_EQ(XENSTORE_SERVER_FEATURE_RECONNECTION, 1);
    EXPECT_EQ(XENSTORE_SERVER_FEATURE_ERROR, 2);
    EXPECT_EQ(XENSTORE_SERVER_FEATURE_WATCHDEPTH, 4);
    /* Connection state 0 connected, 1 reconnect in progress. */
    EXPECT_EQ(XENSTORE_CONNECTED, 0);
    EXPECT_EQ(XENSTORE_RECONNECT, 1);
    /* Connection error indicator 0 .. 3. */
    EXPECT_EQ(XENSTORE_ERROR_NONE, 0);
    EXPECT_EQ(XENSTORE_ERROR_COMM, 1);
    EXPECT_EQ(XENSTORE_ERROR_RINGIDX, 2);
    EXPECT_EQ(XENSTORE_ERROR_PROTO, 3);

    if (failures) {
        fprintf(stderr, "xs_wire: %u of %u checks failed\n", failures, checks);
        return 1;
    }
    printf("xs_wire: %u checks against the XenStore protocol documents "
           "passed (%u operation codes, %u error names, message header, "
           "ring page layout)\n", checks, (unsigned int)(sizeof(ops) /
           sizeof(ops[0])), (unsigned int)nerrs);
    return 0;
}
