import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    objectName: "faceCheckScreen"
    SpokenPrompt { text: qsTr("Now a face check. Look at the camera and fit your face in the oval.") }
    SpokenPrompt { kind: "guidance"; text: guidance.text }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap * 2

        // The live picture with an oval guide where the face should be.
        Item {
            Layout.fillHeight: true
            Layout.preferredWidth: height * 4 / 3
            Layout.maximumWidth: parent.width * (Access.largeText ? 0.42 : 0.6)  // large text needs the room
            CameraPreview {
                id: preview
                objectName: "cameraPreview"
                anchors.fill: parent
            }
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height * 4 / 3) * 0.36
                height: width * 1.3
                radius: width / 2
                color: "transparent"
                border.width: 6
                border.color: Session.faceGuidance === "checking" || Session.faceGuidance === "hold_still" ? "#3DDC84" : "#FFFFFF"
                opacity: 0.9
            }
        }

        // Scrolls only when large text makes the words taller than the screen.
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: words.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: Theme.gap / 2; policy: ScrollBar.AsNeeded }

        ColumnLayout {
            id: words
            width: parent.width - Theme.gap / 2
            spacing: Theme.gap
            StepBar { current: 1 }
            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: Session.givenName.length ? qsTr("Hello, %1. Now a face check").arg(Session.givenName) : qsTr("Now a face check")
            }
            Body {
                Layout.fillWidth: true
                color: Theme.inkSoft
                text: qsTr("Card %1").arg(Session.maskedId)
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: guidance.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.primary
                border.width: 3
                Text {
                    id: guidance
                    objectName: "faceGuidance"
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.textLarge
                    font.bold: true
                    color: Theme.primary
                    text: {
                        switch (Session.faceGuidance) {
                        case "move_closer": return qsTr("Please move closer")
                        case "move_back": return qsTr("Please move back a little")
                        case "look_at_camera": return qsTr("Look straight at the camera")
                        case "too_dark": return qsTr("It is too dark: please face the light")
                        case "hold_still": return qsTr("Hold still")
                        case "one_person": return qsTr("Only one person at a time, please")
                        case "turn_left": return qsTr("Slowly turn your head to the left")
                        case "turn_right": return qsTr("Slowly turn your head to the right")
                        case "come_closer": return qsTr("Now come a little closer")
                        case "checking": return qsTr("Checking…")
                        }
                        return qsTr("Look at the camera and fit your face in the oval")
                    }
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.gap
                from: 0
                to: 1
                value: Session.faceProgress
            }
            Body {
                Layout.fillWidth: true
                font.pixelSize: Theme.textSmall
                color: Theme.inkSoft
                text: qsTr("The camera picture is compared with the photo on your card and then deleted. It is never stored.")
            }
        }
        }
    }
}
