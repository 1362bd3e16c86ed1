import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    objectName: "cardWaitScreen"
    SpokenPrompt { text: qsTr("Place your chip ID card flat on the reader below the screen, photo side up, and leave it there.") }
    SpokenPrompt { kind: "error"; text: Messages.error(Session.errorKey) }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 1500 * Theme.s)
        spacing: Theme.gap * (Access.largeText ? 0.5 : 1.5)  // large text: the words take the air

        StepBar { current: 1; Layout.alignment: Qt.AlignHCenter }
        Heading {
            Layout.fillWidth: true
            text: qsTr("Place your ID card on the reader")
        }
        CardPicture { Layout.alignment: Qt.AlignHCenter }
        Body {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Put the chip ID card flat on the reader below the screen, photo side up, and leave it there.")
        }
        Notice {
            objectName: "cardError"
            Layout.fillWidth: true
            text: Messages.error(Session.errorKey)
        }
        BigButton {
            objectName: "noCardButton"
            Layout.alignment: Qt.AlignHCenter
            kind: "secondary"
            text: qsTr("I do not have my card: measure without saving")
            font.pixelSize: Theme.text
            onClicked: Session.guestMode()
        }
    }
}
