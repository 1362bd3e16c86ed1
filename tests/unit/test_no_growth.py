"""What a visit does again and again must not leave anything behind (benchmarks/soak.py measures the whole).

- Each visit switches the language at least twice; a switch used to create a QTranslator that was never freed.
- Each visit frees thousands of ~1 MB frame buffers; after glibc's first free of one, the rest used to
  stay resident in per-thread heaps (about 7 MB of RSS a visit).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kiosk.app import make_application
from kiosk.i18n import Translations

ROOT = Path(__file__).resolve().parents[2]


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


# In a fresh process: in this one, earlier tests may have left free heap space that a
# big malloc reuses without growing anything, which is fine but proves nothing.
_PROBE = """
import ctypes, ctypes.util
class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
if not hasattr(libc, "mallinfo2"):
    raise SystemExit(77)
libc.mallinfo2.restype = MallInfo2
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, (ctypes.c_size_t,)
libc.free.argtypes = (ctypes.c_void_p,)
from kiosk.app import make_application
make_application()
size = 4 * 640 * 480 * 3  # a few camera frames
libc.free(libc.malloc(size))  # left alone, glibc raises its mmap threshold above this size now
mapped = libc.mallinfo2().hblkhd
p = libc.malloc(size)
grew = libc.mallinfo2().hblkhd - mapped
libc.free(p)
raise SystemExit(0 if grew >= size else 1)
"""


def test_a_freed_frame_sized_buffer_goes_back_to_the_system():
    code = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, timeout=60).returncode
    if code == 77:
        pytest.skip("not glibc >= 2.33")
    assert code == 0, "a big buffer came from the heap, where it would stay resident once freed"
