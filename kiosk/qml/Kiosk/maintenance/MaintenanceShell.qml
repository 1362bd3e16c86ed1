pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk

// The technicians' part of the kiosk: its own header over the whole window, the PIN
// first, then the home tiles and the page chosen (MaintenancePages.qml).
Rectangle {
    id: shell
    objectName: "maintenanceShell"
    color: Theme.background

    MouseArea { anchors.fill: parent }  // nothing below (the citizen screens) is reachable

    readonly property var current: MaintenancePages.find(Maintenance.page)

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.touch + Theme.gap
            color: "#26323F"

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap * 1.5
                anchors.rightMargin: Theme.gap
                spacing: Theme.gap

                Text {
                    objectName: "maintenanceTitle"
                    Layout.fillWidth: true
                    text: shell.current ? qsTr("Maintenance · %1").arg(shell.current.title)
                                        : qsTr("Maintenance · station %1").arg(Maintenance.stationId)
                    color: Theme.inverse
                    font.pixelSize: Theme.textLarge
                    font.bold: true
                    elide: Text.ElideRight
                }
                LanguageSwitch {}
                BigButton {
                    objectName: "maintenanceHomeButton"
                    visible: Maintenance.unlocked && Maintenance.page !== "home"
                    kind: "secondary"
                    text: qsTr("Menu")
                    onClicked: Maintenance.show("home")
                }
                BigButton {
                    objectName: "maintenanceCloseButton"
                    kind: "secondary"
                    text: qsTr("Close")
                    onClicked: Maintenance.close()
                }
            }
        }

        Loader {
            objectName: "maintenancePage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: Qt.resolvedUrl(!Maintenance.pinConfigured ? "NoPinScreen.qml"
                                   : Maintenance.page === "pin" ? "PinScreen.qml"
                                   : Maintenance.page === "home" || !shell.current ? "HomeScreen.qml"
                                   : shell.current.source)
        }
    }
}
