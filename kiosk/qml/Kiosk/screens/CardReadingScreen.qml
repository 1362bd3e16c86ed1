import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    objectName: "cardReadingScreen"
    SpokenPrompt { text: qsTr("Reading your card. Please do not move the card.") }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 1400 * Theme.s)
        spacing: Theme.gap * 1.5

        StepBar { current: 1; Layout.alignment: Qt.AlignHCenter }
        Heading {
            Layout.fillWidth: true
            text: qsTr("Reading your card…")
        }
        CardPicture { Layout.alignment: Qt.AlignHCenter; busy: true }
        ProgressBar {
            objectName: "cardProgress"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.gap * 1.5
            from: 0
            to: 1
            value: Session.cardProgress
        }
        Body {
            objectName: "cardStepText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.bold: true
            text: {
                switch (Session.cardStep) {
                case "authenticating": return qsTr("Opening the chip with your number…")
                case "reading": return qsTr("Reading your details and photo…")
                case "verifying": return qsTr("Checking that the card is genuine…")
                case "card_removed": return qsTr("The card was taken off the reader. Please put it back to continue.")
                }
                return qsTr("Connecting to the card…")
            }
        }
        Body {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.inkSoft
            visible: Session.cardStep !== "card_removed"
            text: qsTr("Please do not move the card.")
        }
    }
}
