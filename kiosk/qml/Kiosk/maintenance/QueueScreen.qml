pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk

// Screen 4: visits waiting, dead letters with the server's reason (codes only: its text
// may quote the record), retry, and "send now" with its progress.
Item {
    objectName: "maintenanceQueueScreen"
    Component.onCompleted: Queue.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "queueSummary"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.text
                font.bold: true
                color: Theme.ink
                text: !Queue.status.ok ? qsTr("The visit store cannot be read (see the technician log).")
                      : qsTr("%n visit(s) waiting to be sent", "", Queue.status.queued) + " · "
                        + qsTr("%n refused by the server", "", Queue.status.deadLetters)
                        + (Queue.status.oldestMinutes >= 0 ? " · " + qsTr("oldest waiting %n minute(s)", "", Queue.status.oldestMinutes) : "")
            }
            BigButton {
                objectName: "queueSyncButton"
                enabled: Queue.progress < 0 || Queue.progress >= 1
                text: qsTr("Send now")
                onClicked: Queue.syncNow()
            }
        }
        ProgressBar {
            objectName: "queueProgress"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.gap
            visible: Queue.progress >= 0
            from: 0
            to: 1
            value: Math.max(0, Queue.progress)
        }
        Text {
            Layout.fillWidth: true
            font.pixelSize: Theme.textSmall
            color: Theme.inkSoft
            text: qsTr("Refused by the server (dead letters)")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 3
            model: Queue.deadLetters
            delegate: Rectangle {
                id: letter
                required property var modelData
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touch, info.implicitHeight + Theme.gap / 2)
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: Theme.line
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 4
                    Text {
                        id: info
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: Theme.textSmall * 0.8
                        color: Theme.ink
                        text: letter.modelData.id + " · " + letter.modelData.deadAt + " · "
                              + qsTr("%n attempt(s)", "", letter.modelData.attempts) + "\n" + letter.modelData.reason
                    }
                    BigButton {
                        kind: "secondary"
                        text: qsTr("Retry")
                        onClicked: Queue.retry(letter.modelData.id)
                    }
                }
            }
        }
    }
}
