"""drivers.lifeline: a child dies with the process that started it, even on kill -9, and not before."""
import subprocess
import sys
import threading
import time

from kiosk import paths
from tests.procs import alive, gone_within

# A parent that starts its child from a short-lived thread, as a job thread would.
PARENT = """
import threading, time
from drivers import lifeline
box = {}
t = threading.Thread(target=lambda: box.update(p=lifeline.popen(["sleep", "60"])))
t.start(); t.join()
print(box["p"].pid, flush=True)
time.sleep(60)
"""


def test_a_child_outlives_the_thread_that_started_it():
    from drivers import lifeline

    box = {}
    t = threading.Thread(target=lambda: box.update(p=lifeline.popen(["sleep", "30"])))
    t.start()
    t.join()
    time.sleep(0.3)  # PDEATHSIG tied to that thread would have fired by now
    try:
        assert box["p"].poll() is None
    finally:
        box["p"].kill()
        box["p"].wait()


def test_the_child_dies_on_kill_9_of_its_parent():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=paths.ROOT, stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        assert alive(child)
    finally:
        parent.kill()
        parent.wait()
    assert gone_within(child, 5)
