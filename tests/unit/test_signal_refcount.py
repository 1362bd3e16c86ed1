"""PySide6 6.12.0 drops a reference to True on every Python-side emit and
aborts CPython 3.11 once the count reaches zero. Our pin avoids it; this test
catches a regression if the pin is ever loosened.

It runs in a child process because the failure mode is an abort (exit 134),
which would take the whole test session down with it."""
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

    class Emitter(QObject):
        plain = Signal()
        flag = Signal(bool)

    class Sink(QObject):
        n = 0
        @Slot(bool)
        def on_flag(self, v):
            Sink.n += 1

    app = QCoreApplication([])
    e, s = Emitter(), Sink()
    e.flag.connect(s.on_flag)
    e.plain.connect(lambda: None)
    before = sys.getrefcount(True)
    for i in range(10_000):
        e.plain.emit()
        e.flag.emit(i % 2 == 0)
    after = sys.getrefcount(True)
    assert Sink.n == 10_000, Sink.n
    # A little slack for interpreter noise; the bug loses one per emit.
    assert after >= before - 50, (before, after)
    print("ok", before, after)
    """
)


def test_20000_signal_emits_keep_the_process_alive():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("ok")


def test_pyside6_is_pinned_below_6_12():
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) == (6, 11), PySide6.__version__
