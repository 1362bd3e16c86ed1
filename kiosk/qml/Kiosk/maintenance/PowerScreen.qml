import QtQuick
import QtQuick.Layouts
import Kiosk

// Screen 7: restart the app, or leave it for the desktop. Both are audited.
Item {
    objectName: "maintenancePowerScreen"
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 1400 * Theme.s)
        spacing: Theme.gap * 1.5

        Body {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Restarting takes a few seconds; the station then opens on the welcome screen. Visits waiting to be sent stay in the queue.")
        }
        BigButton {
            objectName: "restartAppButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.touch * 6
            text: qsTr("Restart the app")
            onClicked: Maintenance.restartApp()
        }
        Body {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Exit to the desktop closes the kiosk app and does not start it again: citizens cannot use the station until it is restarted.")
        }
        BigButton {
            objectName: "exitToDesktopButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.touch * 6
            kind: "danger"
            text: qsTr("Exit to the desktop")
            onClicked: Maintenance.exitToDesktop()
        }
    }
}
