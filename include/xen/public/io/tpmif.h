/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV TPM (vTPM): how a guest's TPM driver hands TPM commands to a
 *        backend, usually a vTPM stub domain, and gets the answers back.
 *
 * A TPM is a passive device: the guest sends a command, the TPM answers.
 * The frontend (Linux `xen-tpmfront`, Mini-OS `tpmfront`) therefore drives
 * every exchange, and the backend (the vTPM stub domain's `tpmback`, or
 * the vTPM manager) only ever reacts. Commands and responses use the byte
 * format of the TCG TPM specifications; this interface carries them
 * unchanged.
 *
 * The interface in use is version 2: one shared page, laid out as struct
 * tpmif_shared_page, optionally extended by more granted pages. The
 * structures of the original version 1 (tpmif_tx_request and friends)
 * remain defined for old code but no current backend speaks it.
 *
 * XenStore handshake (device class `vtpm`; frontend directory
 * `device/vtpm/<n>`, backend directory `backend/vtpm/<frontend-domid>/<n>`),
 * as Mini-OS's tpmback and Linux's xen-tpmfront run it:
 *
 * 1. The backend reads `uuid` (the vTPM's identity, written by the
 *    toolstack) from its directory, enters InitWait and writes
 *    `feature-protocol-v2` = "1" there.
 * 2. The frontend, without waiting for the backend, grants the shared
 *    page, allocates a port, writes `ring-ref` (the grant reference),
 *    `event-channel` (the port) and `feature-protocol-v2` = "1" in its
 *    directory and enters Initialised.
 * 3. On the frontend's Initialised (or Connected) the backend reads those
 *    keys, refuses a frontend whose `feature-protocol-v2` is not "1", maps
 *    the page, binds the port, writes `ready` = 1 in its directory and
 *    enters Connected.
 * 4. On the backend's Initialised or Connected the frontend checks that
 *    the backend's `feature-protocol-v2` is set, refusing to connect
 *    otherwise, and enters Connected.
 *
 * One exchange, with the `state` byte as the handshake:
 * 1. The frontend (state IDLE or FINISH) writes the command after the
 *    header (see struct tpmif_shared_page), sets `length` and `locality`,
 *    then `state` = TPMIF_STATE_SUBMIT, and notifies the event channel.
 * 2. The backend runs the command, writes the response in the same place,
 *    sets `length` to the response size, then `state` =
 *    TPMIF_STATE_FINISH, and notifies.
 * 3. To abandon a long command the frontend may set `state` =
 *    TPMIF_STATE_CANCEL and notify at any time; the backend then either
 *    completes normally (FINISH) or drops the command (IDLE). A backend
 *    may also end in IDLE for reasons of its own (e.g. a physical TPM
 *    whose interface was taken by another locality).
 *
 * Only the frontend ever writes SUBMIT or CANCEL, only the backend IDLE or
 * FINISH. Each side writes `state` last, after a write barrier, and reads
 * it first; plain stores suffice, no atomic operation is needed.
 *
 * Stability: stable (wire protocol). Callers: vTPM frontends in guests,
 * vTPM backends (stub domains, the vTPM manager), the toolstack.
 */
#ifndef __XEN_PUBLIC_IO_TPMIF_H__
#define __XEN_PUBLIC_IO_TPMIF_H__

#include "../grant_table.h"

/** @defgroup hdr_io_tpmif_h io/tpmif.h
 *  @ingroup xen_io */

/** @defgroup io_tpmif_h_v1 Version 1 (obsolete)
 *  @ingroup hdr_io_tpmif_h
 *  The first vTPM interface, which passed packets through a one-slot
 *  "ring" of transmit descriptors. Kept so that old sources build; new
 *  code uses version 2 (@ref io_tpmif_h_v2).
 *  @{ */

/** One packet descriptor of version 1. */
struct tpmif_tx_request {
    unsigned long addr; /**< Machine address of the packet. */
    grant_ref_t ref;    /**< Grant reference of the page holding the packet. */
    uint16_t unused;    /**< Reserved: write zero. */
    uint16_t size;      /**< Packet length, in bytes. */
};
typedef struct tpmif_tx_request tpmif_tx_request_t;

/** Index type of the version 1 ring. */
typedef uint32_t TPMIF_RING_IDX;

/** Number of descriptors (pages exchanged) in the version 1 ring. */
#define TPMIF_TX_RING_SIZE 1

/** One slot of the version 1 ring. */
struct tpmif_ring {
    struct tpmif_tx_request req; /**< The packet descriptor in this slot. */
};
typedef struct tpmif_ring tpmif_ring_t;

/** The version 1 shared page: the ring, which must fit in one page. */
struct tpmif_tx_interface {
    struct tpmif_ring ring[TPMIF_TX_RING_SIZE]; /**< The descriptor slots. */
};
typedef struct tpmif_tx_interface tpmif_tx_interface_t;

/** @} */

/** @defgroup io_tpmif_h_v2 Version 2: the shared page
 *  @ingroup hdr_io_tpmif_h
 *  @{ */

/** Values of tpmif_shared_page::state. Each names what the page holds and,
 *  after the slash, what the TPM is doing. */
enum tpmif_state {
    /** Nothing valid / TPM idle; also the result of a completed cancel. Backend-written. */
    TPMIF_STATE_IDLE,
    TPMIF_STATE_SUBMIT, /**< A command is ready / TPM busy with it. Frontend-written. */
    TPMIF_STATE_FINISH, /**< The response is ready / TPM idle. Backend-written. */
    /** The frontend asks to abandon the command / TPM still busy. Frontend-written. */
    TPMIF_STATE_CANCEL
};

/**
 * Header at offset 0 of the page named by `ring-ref`.
 *
 * The command or response bytes start right after the header and its
 * grant list, at byte offset 8 + 4 * `nr_extra_pages`
 * (`sizeof(struct tpmif_shared_page)` is 8). When a packet does not fit in
 * the rest of the page, it continues into the extra pages, which the
 * backend maps so that they follow the shared page directly in one
 * virtually contiguous buffer. The frontend allocates and grants them.
 * Mini-OS's tpmback does not map extra pages: it drops a command that
 * does not fit in the shared page.
 * Before sending a command that needs them, the frontend should read the
 * TPM's TPM_CAP_PROP_INPUT_BUFFER property to learn whether the TPM
 * accepts commands that large.
 */
XEN_EXTENSIONS_BEGIN
struct tpmif_shared_page {
    /** IN-OUT: size of the command (frontend) or response (backend), in bytes. */
    uint32_t length;
    /** IN-OUT: an enum tpmif_state value; written last, see the file overview. */
    uint8_t state;
    uint8_t locality;        /**< IN: TPM locality (0-4) of the current command. */
    uint8_t pad;             /**< Padding: write zero. */
    /** IN: number of entries in `extra_pages`; 0 if the packet fits in this page. */
    uint8_t nr_extra_pages;
    /** IN: grant references of the extra pages, in order; `nr_extra_pages` entries. */
    uint32_t extra_pages[0];
};
XEN_EXTENSIONS_END
typedef struct tpmif_shared_page tpmif_shared_page_t;

/** @} */

#endif /* __XEN_PUBLIC_IO_TPMIF_H__ */
