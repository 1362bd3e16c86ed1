pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk

// Screen 5: the recent technician log, filtered by level and component, and the
// diagnostics archive (no personal data) to a USB drive or the log folder.
Item {
    objectName: "maintenanceLogsScreen"
    Component.onCompleted: Logs.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            ComboBox {
                objectName: "logsLevel"
                Layout.preferredHeight: Theme.touch * 0.8
                Layout.preferredWidth: Theme.touch * 3
                font.pixelSize: Theme.textSmall
                model: ["DEBUG", "INFO", "WARNING", "ERROR"]
                currentIndex: Math.max(0, model.indexOf(Logs.level))
                onActivated: (i) => Logs.setLevel(model[i])
            }
            ComboBox {
                id: component
                objectName: "logsComponent"
                Layout.preferredHeight: Theme.touch * 0.8
                Layout.fillWidth: true
                font.pixelSize: Theme.textSmall
                model: [qsTr("All components")].concat(Logs.components)
                onActivated: (i) => Logs.setComponent(i === 0 ? "" : Logs.components[i - 1])
            }
            BigButton {
                kind: "secondary"
                text: qsTr("Reload")
                onClicked: Logs.refresh()
            }
        }
        ListView {
            objectName: "logsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Logs.lines
            delegate: Text {
                id: line
                required property var modelData
                width: ListView.view.width
                wrapMode: Text.WrapAnywhere
                maximumLineCount: 4
                elide: Text.ElideRight
                font.pixelSize: Theme.textSmall * 0.7
                color: line.modelData.level === "ERROR" || line.modelData.level === "CRITICAL" ? Theme.danger
                       : line.modelData.level === "WARNING" ? Theme.bandColor("warning") : Theme.ink
                text: line.modelData.time + "  " + line.modelData.level + "  " + line.modelData.component + ": " + line.modelData.text
            }
        }
        Text {
            objectName: "logsExportResult"
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            font.pixelSize: Theme.textSmall
            visible: Logs.exported !== "" || Logs.exportError !== ""
            color: Logs.exportError !== "" ? Theme.danger : Theme.bandColor("good")
            text: Logs.exportError === "no_space" ? qsTr("Not saved: the drive is full.")
                  : Logs.exportError !== "" ? qsTr("Not saved: the folder cannot be written. Is the drive still in?")
                  : qsTr("Saved: %1").arg(Logs.exported)
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Repeater {
                model: Logs.media
                BigButton {
                    required property var modelData
                    enabled: !Logs.busy
                    text: qsTr("Export to %1").arg(modelData.label)
                    onClicked: Logs.exportTo(modelData.path)
                }
            }
            BigButton {
                objectName: "logsExportLocal"
                kind: "secondary"
                enabled: !Logs.busy
                text: Logs.media.length ? qsTr("Export to the log folder") : qsTr("No USB drive found: export to the log folder")
                onClicked: Logs.exportTo("")
            }
        }
    }
}
