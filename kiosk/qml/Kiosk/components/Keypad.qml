pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk

// A large numeric keypad with its own display of `length` boxes.
ColumnLayout {
    id: pad
    property string value: ""
    property int length: 6
    signal submitted(string value)
    spacing: Theme.gap

    function press(key) {
        Session.touch()
        if (key === "back")
            value = value.slice(0, -1)
        else if (key === "ok") {
            if (value.length === length)
                submitted(value)
        } else if (value.length < length)
            value += key
    }

    Row {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.gap / 2
        Repeater {
            model: pad.length
            Rectangle {
                id: box
                required property int index
                width: Theme.touch * 0.8
                height: Theme.touch
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: index === pad.value.length ? 4 : 2
                border.color: index === pad.value.length ? Theme.primary : Theme.line
                Text {
                    anchors.centerIn: parent
                    text: box.index < pad.value.length ? pad.value[box.index] : ""
                    font.pixelSize: Theme.title
                    font.bold: true
                    color: Theme.ink
                }
            }
        }
    }

    Grid {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        spacing: Theme.gap / 2
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]
            BigButton {
                required property string modelData
                objectName: "key" + (modelData === "back" ? "Back" : modelData === "ok" ? "Ok" : modelData)
                width: Theme.touch * 1.5
                height: Theme.touch
                implicitWidth: width
                kind: modelData === "ok" ? "primary" : "secondary"
                enabled: modelData !== "ok" || pad.value.length === pad.length
                text: modelData === "back" ? qsTr("Delete") : modelData === "ok" ? qsTr("OK") : modelData
                font.pixelSize: modelData.length === 1 ? Theme.title : Theme.text
                onClicked: pad.press(modelData)
            }
        }
    }
}
