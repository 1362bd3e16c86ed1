"""Geometry of a rendered screen, for the large-text tests (issue 15): what a person
would see as cut off or overlapping, found from the items' scene rectangles."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui_driver import is_shown

SLACK = 1.5  # px: anti-aliased edges and rounding of scaled sizes


def _walk(item: QQuickItem):
    yield item
    for child in item.childItems():
        yield from _walk(child)


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _visible_area(item: QQuickItem, window: QRectF) -> QRectF:
    """What of the scene an item can show: the window, cut by every clipping ancestor."""
    area = QRectF(window)
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            area = area.intersected(_scene_rect(parent))
        parent = parent.parentItem()
    return area


def _inside(r: QRectF, area: QRectF) -> bool:
    return (r.left() >= area.left() - SLACK and r.top() >= area.top() - SLACK
            and r.right() <= area.right() + SLACK and r.bottom() <= area.bottom() + SLACK)


def _in_scroller(item: QQuickItem) -> QQuickItem | None:
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickFlickable"):
            return parent
        parent = parent.parentItem()
    return None


def _label(item: QQuickItem) -> str:
    text = item.property("text")
    return f"{item.metaObject().className()} {item.objectName() or ''} {str(text)[:40]!r}"


def problems(window: QQuickWindow) -> list[str]:
    """Every visible Text and Button lies inside the window; a Text in a scrolling area may be
    scrolled out of sight, but the area itself lies inside the window; a Text's words fit its
    box (nothing drawn over a neighbour); every button is whole on screen (never scrolled or
    cut off) and no two buttons overlap."""
    win = QRectF(0, 0, window.width(), window.height())
    found: list[str] = []
    buttons: list[tuple[QQuickItem, QRectF]] = []
    texts: list[tuple[QQuickItem, QRectF]] = []
    for item in _walk(window.contentItem()):
        if not is_shown(item) or item.width() <= 0 or item.height() <= 0:
            continue
        cls = item.metaObject().className()
        is_button = item.inherits("QQuickAbstractButton")
        is_text = cls.startswith("QQuickText") and not cls.startswith(("QQuickTextInput", "QQuickTextEdit"))
        if not (is_button or is_text):
            continue
        r = _scene_rect(item)
        if is_button:
            if not _inside(r, _visible_area(item, win)):
                found.append(f"button not wholly visible: {_label(item)} at {r.getRect()}")
            buttons.append((item, r))
            continue
        if not str(item.property("text") or "").strip():
            continue
        scroller = _in_scroller(item)
        if scroller is None:
            texts.append((item, r))
        if scroller is not None:
            if not _inside(_scene_rect(scroller), win):
                found.append(f"scrolling area outside the window: {_label(item)}")
        elif not _inside(r, _visible_area(item, win)):
            found.append(f"text cut off: {_label(item)} at {r.getRect()}")
        if not item.property("truncated"):  # an elided text shows "…" inside its box, by design
            cw, ch = float(item.property("contentWidth")), float(item.property("contentHeight"))
            if cw > item.width() + SLACK or ch > item.height() + SLACK:
                found.append(f"text larger than its box ({cw:.0f}x{ch:.0f} in {item.width():.0f}x"
                             f"{item.height():.0f}): {_label(item)}")
    for item, r in texts:  # a text drawn over a button (not its own label) hides one or the other
        for b, rb in buttons:
            o = r.intersected(rb)
            if o.width() > SLACK and o.height() > SLACK and not _contains(b, item):
                found.append(f"text over a button: {_label(item)} and {_label(b)}")
    for i, (a, ra) in enumerate(buttons):
        for b, rb in buttons[i + 1:]:
            o = ra.intersected(rb)
            if o.width() > SLACK and o.height() > SLACK and not (_contains(a, b) or _contains(b, a)):
                found.append(f"buttons overlap: {_label(a)} and {_label(b)}")
    return found


def _contains(outer: QQuickItem, inner: QQuickItem) -> bool:
    parent = inner.parentItem()
    while parent is not None:
        if parent is outer:
            return True
        parent = parent.parentItem()
    return False
