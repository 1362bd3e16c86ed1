pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk

// Screen 2: each peripheral's self-test; every result is also in the audit log.
Item {
    id: screen
    objectName: "maintenanceSelfTestScreen"

    function statusWords(s) {
        switch (s) {
        case "ok": return qsTr("Passed")
        case "silent": return qsTr("Port opens; the device is quiet when not in use")
        case "no_card": return qsTr("Reader answers; no card inserted")
        case "busy": return qsTr("In use right now; try again")
        case "reader_missing": return qsTr("No card reader found")
        case "pcsc_unavailable": return qsTr("Card service is not running")
        case "no_frames": return qsTr("The camera gives no picture")
        case "no_face": return qsTr("Pictures arrive, but no face was found: stand in front of the camera")
        case "camera_unavailable": return qsTr("Camera cannot be opened")
        case "port_missing": return qsTr("Not connected (port not found)")
        case "port_error": return qsTr("Port cannot be opened")
        case "no_answer": return qsTr("No answer from the device")
        case "device_error": return qsTr("The device answered with an error")
        case "not_configured": return qsTr("Not configured")
        }
        return qsTr("The test itself failed (see the technician log)")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            Body {
                Layout.fillWidth: true
                text: qsTr("Tests the card reader, the camera and each measuring device. Takes up to a minute.")
            }
            BigButton {
                objectName: "selfTestRunButton"
                enabled: !SelfTest.busy
                text: SelfTest.busy ? qsTr("Testing…") : qsTr("Run the self-test")
                onClicked: SelfTest.runAll()
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: SelfTest.results
            delegate: Rectangle {
                id: row
                required property var modelData
                objectName: "selftest_" + modelData.device
                width: ListView.view.width
                implicitHeight: col.implicitHeight + Theme.gap
                radius: Theme.radius / 2
                color: Theme.bandTint(row.modelData.passed ? "good" : "critical")
                border.width: 2
                border.color: Theme.bandColor(row.modelData.passed ? "good" : "critical")
                ColumnLayout {
                    id: col
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    Text {
                        Layout.fillWidth: true
                        text: HealthWords.component(row.modelData.device) + ": " + screen.statusWords(row.modelData.status)
                        font.pixelSize: Theme.textSmall
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.modelData.detail
                        font.pixelSize: Theme.textSmall * 0.8
                        color: Theme.inkSoft
                        wrapMode: Text.WrapAnywhere
                    }
                }
            }
        }
    }
}
