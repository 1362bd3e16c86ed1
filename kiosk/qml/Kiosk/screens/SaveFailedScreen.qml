import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    objectName: "saveFailedScreen"
    SpokenPrompt { text: qsTr("Your results could not be saved. Please ask a staff member for help.") }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 1400 * Theme.s)
        spacing: Theme.gap * 1.5
        Heading {
            Layout.fillWidth: true
            text: qsTr("Your results could not be saved")
        }
        Notice {
            Layout.fillWidth: true
            text: Messages.error(Session.errorKey)
        }
        Body {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Nothing was added to your health record. Please ask a staff member for help.")
        }
        BigButton {
            objectName: "saveFailedButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Finish")
            onClicked: Session.endVisit()
        }
    }
}
