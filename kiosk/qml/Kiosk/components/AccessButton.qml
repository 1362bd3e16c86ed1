import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One of the citizen's controls in the header: touch-sized, sharing the bar's width,
// its label shrunk to fit rather than cut (the bar never grows past the screen).
Button {
    id: control
    Layout.fillWidth: true
    Layout.preferredWidth: 1
    implicitHeight: Theme.touch * 0.85
    font.pixelSize: Theme.textSmall
    font.bold: true
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.checked ? Theme.primary : Theme.inverse
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: 12
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: control.checked ? Theme.inverse : (control.down ? Theme.primaryDark : "transparent")
        border.width: 2
        border.color: Theme.inverse
    }
}
