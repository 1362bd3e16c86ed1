import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    objectName: "faceFailedScreen"
    SpokenPrompt { text: qsTr("Let us try the face check again. Remove glasses or a face mask and look at the camera.") }
    SpokenPrompt { kind: "error"; text: Messages.error(Session.errorKey) }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 1400 * Theme.s)
        spacing: Theme.gap * 1.5

        StepBar { current: 1; Layout.alignment: Qt.AlignHCenter }
        Heading {
            Layout.fillWidth: true
            text: qsTr("Let us try the face check again")
        }
        Notice {
            Layout.fillWidth: true
            severity: "caution"
            text: Messages.error(Session.errorKey)
        }
        Body {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Remove glasses or a face mask, stand about an arm's length from the screen and look at the camera.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap * 2
            BigButton {
                objectName: "guestButton"
                kind: "secondary"
                font.pixelSize: Theme.text
                text: qsTr("Measure without saving")
                onClicked: Session.guestMode()
            }
            BigButton {
                objectName: "retryFaceButton"
                text: qsTr("Try again")
                onClicked: Session.retryFace()
            }
        }
    }
}
