pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk

// Screen 6: ports and protocols, backend URL, language, timeouts. Checked with the same
// rules as at start-up before saving; the previous file is kept for "Undo last change".
Item {
    id: screen
    objectName: "maintenanceSettingsScreen"

    property var edits: ({})
    function put(key, value) { var e = edits; e[key] = value; edits = e }

    function label(key) {
        switch (key) {
        case "backend.url": return qsTr("Health-record server address")
        case "station.language": return qsTr("Default language (vi or en)")
        case "timeouts.idle_s": return qsTr("Idle before the warning (s)")
        case "timeouts.idle_warning_s": return qsTr("Warning countdown (s)")
        case "timeouts.card_read_s": return qsTr("Card read limit (s)")
        case "timeouts.face_check_s": return qsTr("Face check limit (s)")
        case "timeouts.measurement_s": return qsTr("Measurement limit (s)")
        case "timeouts.done_return_s": return qsTr("Back to welcome after (s)")
        }
        return key
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        Text {
            objectName: "settingsMessage"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.textSmall
            visible: Settings.error !== "" || Settings.saved
            color: Settings.error !== "" ? Theme.danger : Theme.bandColor("good")
            text: Settings.error !== "" ? qsTr("Not saved: %1").arg(Settings.error)
                                        : qsTr("Saved. The change applies when the app restarts.")
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: form.implicitHeight
            GridLayout {
                id: form
                width: parent.width
                columns: 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap / 3
                Repeater {
                    model: ["backend.url", "station.language", "timeouts.idle_s", "timeouts.idle_warning_s",
                            "timeouts.card_read_s", "timeouts.face_check_s", "timeouts.measurement_s", "timeouts.done_return_s"]
                    delegate: RowLayout {
                        id: field
                        required property string modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        Text {
                            Layout.preferredWidth: form.width * 0.4
                            text: screen.label(field.modelData)
                            font.pixelSize: Theme.textSmall
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        TextField {
                            objectName: "setting_" + field.modelData
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touch * 0.7
                            font.pixelSize: Theme.textSmall
                            text: String(Settings.values[field.modelData])
                            onTextEdited: screen.put(field.modelData, text)
                        }
                    }
                }
                Repeater {
                    model: ["blood_pressure", "body", "spo2", "temperature"]
                    delegate: RowLayout {
                        id: dev
                        required property string modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        visible: Settings.values["devices." + modelData + ".port"] !== ""
                        Text {
                            Layout.preferredWidth: form.width * 0.4
                            text: HealthWords.component("device:" + dev.modelData)
                            font.pixelSize: Theme.textSmall
                            color: Theme.ink
                        }
                        ComboBox {
                            objectName: "port_" + dev.modelData
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touch * 0.7
                            font.pixelSize: Theme.textSmall * 0.8
                            editable: true
                            model: [String(Settings.values["devices." + dev.modelData + ".port"])].concat(Settings.ports)
                            onActivated: (i) => screen.put("devices." + dev.modelData + ".port", model[i])
                            onAccepted: screen.put("devices." + dev.modelData + ".port", editText)
                        }
                        ComboBox {
                            Layout.preferredWidth: form.width * 0.25
                            Layout.preferredHeight: Theme.touch * 0.7
                            font.pixelSize: Theme.textSmall * 0.8
                            model: Settings.protocols(dev.modelData)
                            currentIndex: Math.max(0, model.indexOf(Settings.values["devices." + dev.modelData + ".protocol"]))
                            onActivated: (i) => screen.put("devices." + dev.modelData + ".protocol", model[i])
                        }
                    }
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap
            BigButton {
                objectName: "settingsRollBack"
                kind: "secondary"
                enabled: Settings.canRollBack
                text: qsTr("Undo last change")
                onClicked: Settings.rollBack()
            }
            BigButton {
                objectName: "settingsSave"
                text: qsTr("Check and save")
                onClicked: Settings.save(screen.edits)
            }
            BigButton {
                objectName: "settingsRestart"
                kind: "secondary"
                visible: Settings.saved
                text: qsTr("Restart the app now")
                onClicked: Maintenance.restartApp()
            }
        }
    }
}
