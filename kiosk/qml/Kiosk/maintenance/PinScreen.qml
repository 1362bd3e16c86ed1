import QtQuick
import QtQuick.Layouts
import Kiosk

// The PIN, with the wait after wrong ones (it grows, and outlives a restart).
Item {
    objectName: "maintenancePinScreen"

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            spacing: Theme.gap
            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Technician PIN")
            }
            Body {
                Layout.fillWidth: true
                text: qsTr("Maintenance is for station technicians. Enter your PIN of %1 to %2 digits.")
                      .arg(Maintenance.pinMinLength).arg(Maintenance.pinMaxLength)
            }
            Notice {
                objectName: "pinError"
                Layout.fillWidth: true
                text: Maintenance.waitSeconds > 0
                      ? qsTr("Wrong PIN. You can try again in %n second(s).", "", Maintenance.waitSeconds)
                      : Maintenance.pinError === "wrong_pin" ? qsTr("Wrong PIN. Please try again.") : ""
            }
            Body {
                Layout.fillWidth: true
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
                text: qsTr("Each wrong PIN makes the wait before the next try longer. Every attempt is recorded.")
            }
            Item { Layout.fillHeight: true }
        }
        Keypad {
            id: keypad
            objectName: "pinKeypad"
            Layout.alignment: Qt.AlignVCenter
            masked: true
            length: Maintenance.pinMaxLength
            minLength: Maintenance.pinMinLength
            enabled: Maintenance.waitSeconds === 0
            onSubmitted: function (digits) {
                keypad.value = ""
                Maintenance.submitPin(digits)
            }
        }
    }
}
