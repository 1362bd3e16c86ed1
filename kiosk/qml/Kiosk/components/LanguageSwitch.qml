import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// Each language is named in itself, so a person can find theirs without reading the other.
Row {
    spacing: Theme.gap / 2
    Repeater {
        model: [{ code: "vi", name: "Tiếng Việt" }, { code: "en", name: "English" }]
        Button {
            id: choice
            required property var modelData
            readonly property bool current: Session.language === modelData.code
            objectName: "language_" + modelData.code
            implicitHeight: Theme.touch
            implicitWidth: Math.max(Theme.touch * 2.3, contentItem.implicitWidth + Theme.gap)
            font.pixelSize: Theme.text
            font.bold: true
            text: modelData.name
            onClicked: Session.setLanguage(modelData.code)
            background: Rectangle {
                radius: Theme.radius
                color: choice.current ? Theme.surface : Theme.primaryDark
                border.width: 3
                border.color: Theme.surface
            }
            contentItem: Text {
                text: choice.text
                font: choice.font
                color: choice.current ? Theme.primary : Theme.inverse
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
