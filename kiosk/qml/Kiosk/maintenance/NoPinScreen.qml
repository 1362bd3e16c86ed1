import QtQuick
import QtQuick.Layouts
import Kiosk

// No PIN configured: maintenance cannot be entered; say who can fix it and how.
Item {
    objectName: "maintenanceNoPinScreen"
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 1400 * Theme.s)
        spacing: Theme.gap * 1.5
        Heading {
            Layout.fillWidth: true
            text: qsTr("Maintenance is not set up on this station")
        }
        Notice {
            objectName: "noPinNotice"
            Layout.fillWidth: true
            severity: "caution"
            text: qsTr("No technician PIN has been set, so maintenance cannot be opened.")
        }
        Body {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("The deployer sets it on the station's computer with the command: %1").arg("kiosk maintenance set-pin")
        }
    }
}
