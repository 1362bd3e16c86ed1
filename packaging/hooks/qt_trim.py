"""What of Qt the kiosk uses: the hooks below keep only this, before dependency analysis.

Trimming in the hooks (not the spec) matters: a plugin dropped here never drags in
its libraries, while one dropped from the spec leaves them behind (about 50 MB).
The QML modules are those imported by kiosk/qml (tests/packaging checks the list
against the sources); the plugins are the Wayland platform (cage on a station) and
offscreen (tests and the tour).
"""
from __future__ import annotations

from pathlib import PurePosixPath

# QML module directories (under Qt/qml) kept with their files, and why.
QML_MODULES = (
    "QtQml",  # the language, and QtQml.Models / WorkerScript that QtQuick imports
    "QtQuick",  # its own directory's files only: see QML_SUBDIRS_OF_QTQUICK
)
QML_SUBDIRS_OF_QTQUICK = (
    "Controls",  # its top-level files only (the style selector)...
    "Controls/Basic",  # ...and the one style the app sets (QT_QUICK_CONTROLS_STYLE=Basic)
    "Controls/impl",
    "Templates",  # what every Controls style is built on
    "Layouts",
    "Window",
)
# Plugin directories (under Qt/plugins) and the files kept in each; other plugin types go.
PLUGINS = {
    "platforms": ("libqwayland.so", "libqoffscreen.so"),
    "wayland-shell-integration": ("libxdg-shell.so",),  # what cage speaks
    "wayland-graphics-integration-client": ("libqt-plugin-wayland-egl.so",),  # GL on Wayland
    "imageformats": ("libqjpeg.so",),  # PNG is built into QtGui; JPEG for the photos
}


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def keep_qml(dest: str) -> bool:
    """dest: a destination directory like PySide6/Qt/qml/QtQuick/Controls/Basic."""
    parts = _parts(dest)
    if "qml" not in parts:
        return True
    rel = parts[parts.index("qml") + 1:]
    if not rel:
        return False  # Qt/qml's own files (builtins.qmltypes) are for tools
    if rel[0] == "QtQml":
        return rel[1:2] != ("XmlListModel",) and rel[1:2] != ("StateMachine",)
    if rel[0] != "QtQuick":
        return False
    sub = "/".join(rel[1:])
    return sub == "" or sub in QML_SUBDIRS_OF_QTQUICK or any(
        sub.startswith(s + "/") for s in QML_SUBDIRS_OF_QTQUICK if s != "Controls")


def keep_plugin(src: str, dest: str) -> bool:
    parts = _parts(dest)
    if "plugins" not in parts:
        return True
    rel = parts[parts.index("plugins") + 1:]
    if not rel:
        return False
    return PurePosixPath(src).name in PLUGINS.get(rel[0], ())
