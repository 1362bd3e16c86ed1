import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: screen
    objectName: "doneScreen"
    SpokenPrompt { text: qsTr("Thank you for your visit. Please take your ID card with you.") }
    readonly property string state_: Session.guest ? "guest" : Session.saveState

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 1400 * Theme.s)
        spacing: Theme.gap * (Access.largeText ? 0.5 : 1.5)  // large text: the words take the air

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.touch * 1.6
            Layout.preferredHeight: Layout.preferredWidth
            radius: width / 2
            color: Theme.bandColor(screen.state_ === "guest" ? "caution" : "good")
            Text {
                anchors.centerIn: parent
                text: "✓"
                font.pixelSize: Theme.huge
                font.bold: true
                color: "#FFFFFF"
            }
        }
        Heading {
            objectName: "doneTitle"
            Layout.fillWidth: true
            text: {
                switch (screen.state_) {
                case "synced": return qsTr("Added to your electronic health record")
                case "queued": return qsTr("Saved on this station")
                }
                return qsTr("Your results were not saved")
            }
        }
        Body {
            objectName: "doneDetail"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: {
                switch (screen.state_) {
                case "synced": return qsTr("You can see them in your health record. Thank you for your visit!")
                case "queued": return qsTr("They are stored safely and will be sent to your electronic health record as soon as the station is online.")
                }
                return qsTr("As you asked, nothing from this visit was kept. Thank you for your visit!")
            }
        }
        Body {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.inkSoft
            text: qsTr("Please take your ID card with you.")
        }
        PrintSlip { Layout.fillWidth: true }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap
            BigButton {
                objectName: "otherServicesButton"
                visible: Session.moreServices
                kind: "secondary"
                text: qsTr("Other services")
                onClicked: Session.leaveService()
            }
            BigButton {
                objectName: "doneButton"
                text: qsTr("Finish")
                onClicked: Session.endVisit()
            }
        }
    }
}
