"""Find and tap QML items by objectName: shared by the scripted tour and the UI tests."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


def _walk(item: QQuickItem):
    # The visual tree, not QObject children: delegates of a Repeater or a Loader's
    # item are not always QObject children of what displays them.
    yield item
    for child in item.childItems():
        yield from _walk(child)


def find_item(window: QQuickWindow, name: str) -> QQuickItem | None:
    for item in _walk(window.contentItem()):
        if item.objectName() == name:
            return item
    return None


def is_shown(item: QQuickItem) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() == 0:
            return False
        item = item.parentItem()
    return True


def tap(window: QQuickWindow, name: str) -> None:
    """Press and release at the item's centre, as a finger would."""
    # Let a layout that just changed settle (it is polished before the next frame),
    # or the tap lands where the button used to be.
    QTest.qWait(60)
    item = find_item(window, name)
    if item is None:
        raise LookupError(f"no item named {name!r} on screen")
    if not is_shown(item) or not item.isEnabled():
        raise LookupError(f"item {name!r} is hidden or disabled")
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def text_of(window: QQuickWindow, name: str) -> str:
    item = find_item(window, name)
    return "" if item is None else str(item.property("text"))


def all_named(window: QQuickWindow) -> list[str]:
    return [i.objectName() for i in _walk(window.contentItem()) if i.objectName()]
