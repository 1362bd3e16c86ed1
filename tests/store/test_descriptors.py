"""Saves do not hold descriptors: the kiosk saves each visit from a new job thread, for months."""
from __future__ import annotations

import os
import threading

from tests.store.visits import make_visit


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_200_saves_from_200_threads_leave_the_descriptor_count_unchanged(store):
    store.save(make_visit(0))  # the store's own files are open from here on
    before = open_fds()
    errors: list[BaseException] = []

    def save(n: int) -> None:
        try:
            store.save(make_visit(n))
        except BaseException as e:  # a failure must fail the test, not vanish with its thread
            errors.append(e)

    for n in range(1, 201):
        t = threading.Thread(target=save, args=(n,), name=f"save-visit-{n}")
        t.start()
        t.join()  # one at a time, as the kiosk saves one visit at a time
    assert errors == []
    assert open_fds() == before
    assert store.status().queued == 201


def test_saves_from_threads_at_once_all_commit(store):
    """The shared writer serialises concurrent saves; none is lost or half-written."""
    threads = [threading.Thread(target=store.save, args=(make_visit(n),)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.status().queued == 20
    assert store.integrity_check() == "ok"
