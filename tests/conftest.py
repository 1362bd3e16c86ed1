"""Suite-wide test set-up: Qt runs offscreen with the software Quick backend.

These must be set before any QGuiApplication exists, so they live here, at the
top of the suite, and not in a fixture.
"""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
# Keep real station paths out of tests even if a developer exported them.
os.environ.pop("KIOSK_CONFIG", None)

import PySide6.QtQuick  # noqa: E402,F401  (rootObjects() must come back as QQuickWindow)

# The `package` fixture: one build per session for tests/packaging and tests/chroot alike.
pytest_plugins = ["tests.packaging_build"]


def pytest_sessionstart(session):
    # The UI tests need the compiled translations; building them is a no-op when current.
    from kiosk.i18n_build import compile_all

    compile_all(quiet=True)
