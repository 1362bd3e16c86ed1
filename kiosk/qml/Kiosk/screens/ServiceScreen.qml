import QtQuick
import Kiosk

// A registered service's current page (Session.servicePage, from its registry entry).
Loader {
    objectName: "serviceScreen"
    source: Session.servicePage
}
