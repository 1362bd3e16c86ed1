import QtQuick
import QtQuick.Layouts
import Kiosk

// Never a dead end: staff can help, or the person can still measure without saving.
Item {
    objectName: "staffHelpScreen"
    SpokenPrompt { text: qsTr("Please ask a staff member for help. You can also measure now without saving.") }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 1400 * Theme.s)
        spacing: Theme.gap * 1.5
        Heading {
            Layout.fillWidth: true
            text: qsTr("Please ask a staff member for help")
        }
        Notice {
            objectName: "staffReason"
            Layout.fillWidth: true
            severity: "caution"
            text: Messages.staff(Session.staffReason)
        }
        Body {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("A staff member can check your identity another way. You can also measure now without saving the results to your health record.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap * 2
            BigButton {
                objectName: "staffEndButton"
                kind: "secondary"
                text: qsTr("End")
                onClicked: Session.endVisit()
            }
            BigButton {
                objectName: "staffGuestButton"
                font.pixelSize: Theme.text
                text: qsTr("Measure without saving")
                onClicked: Session.guestMode()
            }
        }
    }
}
