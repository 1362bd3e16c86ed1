pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk

// A large numeric keypad with its own display of `length` boxes, or with
// `masked` (a PIN) one field of dots that accepts `minLength` to `length` digits.
ColumnLayout {
    id: pad
    property string value: ""
    property int length: 6
    property int minLength: length
    property bool masked: false
    signal submitted(string value)
    spacing: Theme.gap

    function press(key) {
        Session.touch()
        if (key === "back")
            value = value.slice(0, -1)
        else if (key === "ok") {
            if (value.length >= minLength)
                submitted(value)
        } else if (value.length < length)
            value += key
    }

    Row {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.gap / 2
        Repeater {
            model: pad.masked ? 0 : pad.length
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

    Rectangle {
        objectName: "keypadDots"
        visible: pad.masked
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: Theme.touch * 4.5 + Theme.gap
        implicitHeight: Theme.touch
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: 3
        border.color: Theme.primary
        Text {
            anchors.centerIn: parent
            text: "\u25CF".repeat(pad.value.length)
            font.pixelSize: Theme.textLarge
            font.letterSpacing: Theme.gap / 3
            color: Theme.ink
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
                width: Theme.touch * 1.6
                // Large text: the key grows with its digit (a line of the title font, plus padding).
                height: Math.max(Theme.touch, Theme.title * 1.45 + topPadding + bottomPadding)
                implicitWidth: width
                kind: modelData === "ok" ? "primary" : "secondary"
                enabled: modelData !== "ok" || pad.value.length >= pad.minLength
                text: modelData === "back" ? qsTr("Delete") : modelData === "ok" ? qsTr("OK") : modelData
                font.pixelSize: modelData.length === 1 ? Theme.title : Theme.text
                onClicked: pad.press(modelData)
            }
        }
    }
}
