import QtQuick

// The chooser's words for "Check my prescription" (kiosk/services/prescription).
Item {
    readonly property string title: qsTr("Check my prescription")
    readonly property string detail: qsTr("Show or type your e-prescription code: see your medicines and get a pick-up pass for the pharmacy.")
}
