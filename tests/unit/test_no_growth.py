"""What a visit does again and again must not leave anything behind (benchmarks/soak.py measures the whole).

- Each visit switches the language at least twice; a switch used to create a QTranslator that was never freed.
- Each visit frees thousands of ~1 MB frame buffers; after glibc's first free of one, the rest used to
  stay resident in per-thread heaps (about 7 MB of RSS a visit).
"""
from __future__ import annotations

import ctypes
import ctypes.util

import pytest
from PySide6.QtCore import QTranslator

from kiosk.app import make_application
from kiosk.i18n import Translations


def test_language_switches_create_no_translators(qapp):
    app = make_application()
    t = Translations()
    t.set_language("en")
    t.set_language("vi")
    before = len(app.findChildren(QTranslator))  # one loaded per language is fine
    for _ in range(20):
        t.set_language("en")
        t.set_language("vi")
    assert len(app.findChildren(QTranslator)) == before
    t.detach()


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]


def test_a_freed_frame_sized_buffer_goes_back_to_the_system(qapp):
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    if not hasattr(libc, "mallinfo2"):
        pytest.skip("not glibc ≥ 2.33")
    libc.mallinfo2.restype = _MallInfo2
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, (ctypes.c_size_t,)
    libc.free.argtypes = (ctypes.c_void_p,)
    make_application()
    frame = 640 * 480 * 3
    libc.free(libc.malloc(frame))  # left alone, glibc raises its mmap threshold above this size now
    mapped = libc.mallinfo2().hblkhd
    p = libc.malloc(frame)
    try:
        assert libc.mallinfo2().hblkhd >= mapped + frame, "a frame-sized buffer came from the heap"
    finally:
        libc.free(p)
