import QtQuick
import Kiosk

// Reports every press and release to the maintenance view-model, which alone decides
// whether they make the hidden entry gesture (kiosk/maintenance/gesture.py) and
// whether entry is allowed now. Passive: it never takes a touch from a button.
Item {
    objectName: "maintenanceGesture"

    PointHandler {
        id: handler
        property point last
        onPointChanged: if (active) last = point.scenePosition
        onActiveChanged: {
            var w = parent.width, h = parent.height
            if (active) {
                last = point.scenePressPosition
                Maintenance.pointPressed(last.x, last.y, w, h)
            } else {
                Maintenance.pointReleased(last.x, last.y, w, h)
            }
        }
    }
}
