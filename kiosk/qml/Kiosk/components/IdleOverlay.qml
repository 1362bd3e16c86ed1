import QtQuick
import QtQuick.Layouts
import Kiosk

// "Are you still there?": shown for the last seconds before the visit is wiped.
Rectangle {
    objectName: "idleOverlay"
    visible: Session.countdown >= 0
    // Spoken once when the warning appears (its text does not change with the countdown).
    SpokenPrompt { kind: "error"; text: Session.countdown >= 0 ? qsTr("Are you still there? Touch I am still here to continue, or your visit will end.") : "" }
    color: "#CC0B1A2A"

    MouseArea {
        anchors.fill: parent  // swallow taps outside the dialog: only the button continues
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.8, 1200 * Theme.s)
        height: column.implicitHeight + 3 * Theme.gap
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: parent.width - 3 * Theme.gap
            spacing: Theme.gap

            Heading {
                Layout.fillWidth: true
                text: qsTr("Are you still there?")
            }
            Text {
                objectName: "idleCountdown"
                Layout.alignment: Qt.AlignHCenter
                text: Session.countdown
                font.pixelSize: Theme.huge
                font.bold: true
                color: Theme.danger
            }
            Body {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your visit will end in %n second(s) and your information will be cleared from this screen.", "", Session.countdown)
            }
            BigButton {
                objectName: "stillHereButton"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("I am still here")
                onClicked: Session.extendSession()
            }
        }
    }
}
