import QtQuick
import Kiosk

// A coloured message box for errors and warnings; hidden when `text` is empty.
Rectangle {
    id: box
    property alias text: label.text
    property string severity: "critical"
    visible: text.length > 0
    implicitHeight: label.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.bandTint(severity)
    border.color: Theme.bandColor(severity)
    border.width: 3

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.gap
        font.pixelSize: Theme.text
        font.bold: true
        color: Theme.bandColor(box.severity)
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
    }
}
