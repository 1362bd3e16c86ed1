import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One of the citizen's controls in the header: touch-sized, its label always at the
// visit's text size (never shrunk to fit: A+ must make it larger). When the bar has no
// room for every label, the header moves the less used ones into its "More" panel.
Button {
    id: control
    Layout.fillWidth: true
    Layout.preferredWidth: implicitWidth
    Layout.minimumWidth: implicitWidth
    implicitWidth: label.implicitWidth + Theme.gap
    implicitHeight: Math.max(Theme.touch * 0.85, label.implicitHeight + Theme.gap / 2)
    font.pixelSize: Theme.textSmall
    font.bold: true
    contentItem: Text {
        id: label
        text: control.text
        font: control.font
        color: control.checked ? Theme.primary : Theme.inverse
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: control.checked ? Theme.inverse : (control.down ? Theme.primaryDark : Theme.primary)
        border.width: 2
        border.color: Theme.inverse
    }
}
