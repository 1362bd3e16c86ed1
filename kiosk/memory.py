"""Keep the kiosk's resident memory flat over months of visits (glibc only).

Every visit moves many ~1 MB buffers (camera frames at 30 frames/s, scaled
previews, model inputs) through threads that live for one visit. glibc raises
its mmap threshold the first time such a buffer is freed, so from then on they
come from the per-thread malloc arenas, which keep the freed pages resident
and fragmented: up to 16 arenas on 2 cores each grew to their own high-water
mark, about 7 MB of RSS a visit for the first 30-40 visits (293 → 446 MB in
22 visits), while the memory in use stayed at 129 MB.

A fixed threshold (which also turns the dynamic raise off) serves those
buffers with mmap, so each goes back to the system when freed. Measured with
benchmarks/soak.py: RSS flat from the second visit, 40 MB less malloc heap,
no visible CPU cost next to the face models.
"""
from __future__ import annotations

import gc
import logging

log = logging.getLogger("kiosk.memory")

M_MMAP_THRESHOLD = -3  # glibc <malloc.h>
MMAP_THRESHOLD = 256 * 1024


def keep_big_buffers_out_of_the_heap() -> bool:
    """Serve allocations of MMAP_THRESHOLD bytes and more with mmap; False where not glibc."""
    import ctypes  # here: loading it would delay a station's first frame

    try:
        # The process's own symbols: glibc's mallopt when there is one. (ctypes.util.find_library
        # would run a compiler or ldconfig, and costs a tenth of the start before the first frame.)
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    if mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) != 1:
        log.warning("mallopt(M_MMAP_THRESHOLD) refused; resident memory may grow with visits")
        return False
    return True


def freeze_start_up_objects() -> None:
    """Leave the objects made at start-up out of every later garbage collection.

    Each wipe runs a full gc.collect() so that a visit's card data and photo go at once
    (FlowController._wipe). A full collection walks every tracked object, and after start-up
    there are about 125,000 that live as long as the process (Qt bindings, QML wrappers,
    the face models): 250-400 ms per wipe on the 2-core VM, holding the GIL, so the window
    froze and the welcome screen's prompt started that much later (benchmarks/speech.py).
    Frozen, they are skipped (about 1 ms); a visit's objects, all made later, are not."""
    gc.collect()
    gc.freeze()


def unfreeze() -> None:
    """The window is closing: what was frozen may be collected again (tests make many windows)."""
    gc.unfreeze()
