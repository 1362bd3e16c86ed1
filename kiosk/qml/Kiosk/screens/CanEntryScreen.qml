import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    objectName: "canEntryScreen"
    SpokenPrompt { text: qsTr("Type the last six digits of the ID number printed on the front of your card, then touch OK.") }
    SpokenPrompt { kind: "error"; text: Messages.error(Session.errorKey) }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            spacing: Theme.gap
            StepBar { current: 1 }
            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Enter the card number")
            }
            Body {
                Layout.fillWidth: true
                text: qsTr("Type the last %1 digits of the 12-digit ID number printed on the front of your card.").arg(Session.canLength)
            }
            Body {
                Layout.fillWidth: true
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
                text: qsTr("Example: for 079 158 001 234, type 001234.")
            }
            Notice {
                objectName: "canError"
                Layout.fillWidth: true
                text: Session.errorKey === "can_mismatch"
                      ? Messages.error("can_mismatch") + " " + qsTr("%n attempt(s) left.", "", Session.canAttemptsLeft)
                      : Messages.error(Session.errorKey)
            }
            Item { Layout.fillHeight: true }
        }
        Keypad {
            id: keypad
            objectName: "canKeypad"
            length: Session.canLength
            Layout.alignment: Qt.AlignVCenter
            onSubmitted: function (digits) {
                Session.submitCan(digits)
                keypad.value = ""
            }
        }
    }
}
