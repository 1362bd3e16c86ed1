import QtQuick

// The chooser's words for "My health record" (kiosk/services/record).
Item {
    readonly property string title: qsTr("My health record")
    readonly property string detail: qsTr("Your readings of the last 12 months, how they changed, and your vaccinations.")
}
