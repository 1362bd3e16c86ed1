import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A touch button at least 15 mm tall with large text. `kind`: primary, secondary, danger.
Button {
    id: control
    property string kind: "primary"
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2.6, contentItem.implicitWidth + 2 * Theme.gap)
    font.pixelSize: Theme.textLarge
    font.bold: true

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.kind === "secondary" ? Theme.primary : Theme.inverse
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.text
        opacity: control.enabled ? 1 : 0.5
    }
    background: Rectangle {
        radius: Theme.radius
        color: {
            if (control.kind === "secondary")
                return control.down ? "#DCE7F5" : Theme.surface
            if (control.kind === "danger")
                return control.down ? "#8C1D18" : Theme.danger
            return control.down ? Theme.primaryDark : Theme.primary
        }
        border.width: control.kind === "secondary" ? 3 : 0
        border.color: Theme.primary
        opacity: control.enabled ? 1 : 0.45
    }
}
