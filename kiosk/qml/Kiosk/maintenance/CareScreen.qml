pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk

// Screen 3: calibration check against a reference, due dates, use counts and cleaning.
Item {
    id: screen
    objectName: "maintenanceCareScreen"
    Component.onCompleted: Care.refresh()

    function valueName(v) {
        switch (v) {
        case "systolic": return qsTr("Systolic (mmHg)")
        case "diastolic": return qsTr("Diastolic (mmHg)")
        case "weight_kg": return qsTr("Test weight (kg)")
        case "spo2": return qsTr("SpO2 set on the simulator (%)")
        case "body_temp_c": return qsTr("Reference temperature (°C)")
        }
        return v
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        Text {
            objectName: "careLastCheck"
            Layout.fillWidth: true
            visible: Care.lastCheck.kind !== undefined
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.text
            font.bold: true
            color: Care.lastCheck.passed ? Theme.bandColor("good") : Theme.danger
            text: Care.lastCheck.error !== undefined
                  ? qsTr("No reading: the check was not recorded. Check the device and try again.")
                  : Care.lastCheck.passed ? qsTr("Check passed: within ± %1.").arg(Care.lastCheck.tolerance)
                                          : qsTr("Check FAILED: more than ± %1 off. The device stays out of citizen use until a check passes.").arg(Care.lastCheck.tolerance)
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: Care.devices
            delegate: Rectangle {
                id: card
                required property var modelData
                objectName: "care_" + modelData.kind
                width: ListView.view.width
                implicitHeight: body.implicitHeight + Theme.gap
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: 3
                border.color: card.modelData.outOfService ? Theme.danger : card.modelData.cleaningDue ? Theme.bandColor("caution") : Theme.line
                ColumnLayout {
                    id: body
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.text
                        font.bold: true
                        color: card.modelData.outOfService ? Theme.danger : Theme.ink
                        text: HealthWords.component("device:" + card.modelData.kind) + " · "
                              + (card.modelData.outOfService ? qsTr("OUT OF CITIZEN USE: check due %1").arg(card.modelData.due)
                                                             : qsTr("next check due %1 (%n day(s))", "", card.modelData.daysLeft).arg(card.modelData.due))
                    }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.textSmall
                        color: card.modelData.cleaningDue ? Theme.bandColor("caution") : Theme.inkSoft
                        text: qsTr("%1 uses in all, %2 since the last cleaning (clean every %3)")
                              .arg(card.modelData.uses).arg(card.modelData.usesSinceCleaning).arg(card.modelData.cleanEvery)
                              + (card.modelData.cleaningDue ? " · " + qsTr("Please clean it now.") : "")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap / 2
                        Repeater {
                            id: refs
                            model: card.modelData.values
                            TextField {
                                required property string modelData
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.touch * 0.8
                                font.pixelSize: Theme.textSmall
                                placeholderText: screen.valueName(modelData)
                                inputMethodHints: Qt.ImhFormattedNumbersOnly
                            }
                        }
                        BigButton {
                            objectName: "careCheck_" + card.modelData.kind
                            enabled: !Care.busy
                            text: Care.busy ? qsTr("Measuring…") : qsTr("Measure and compare")
                            onClicked: {
                                var values = []
                                for (var i = 0; i < refs.count; ++i)
                                    values.push((refs.itemAt(i) as TextField).text)
                                Care.check(card.modelData.kind, values)
                            }
                        }
                        BigButton {
                            objectName: "careClean_" + card.modelData.kind
                            kind: "secondary"
                            text: qsTr("Cleaned")
                            onClicked: Care.recordCleaning(card.modelData.kind)
                        }
                    }
                }
            }
        }
    }
}
