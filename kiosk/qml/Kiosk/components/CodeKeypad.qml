pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk

// A large keypad for codes of letters and digits with a hyphen (e-prescription codes):
// digits on top, the alphabet in order below (easier to find than QWERTY for someone
// who has never typed), a hyphen key, Delete and OK. Letters show in capitals; the
// service accepts any case. `value` is what was typed; OK emits `submitted`.
ColumnLayout {
    id: pad
    property string value: ""
    property int maxLength: 18
    property string placeholder: ""
    property real key: Theme.touch
    signal submitted(string value)
    spacing: Theme.gap / 2

    readonly property var rows: [
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
        ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"],
        ["K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"],
        ["U", "V", "W", "X", "Y", "Z", "-"]
    ]

    function press(k) {
        Session.touch()
        if (k === "back")
            value = value.slice(0, -1)
        else if (k === "ok")
            submitted(value)
        else if (value.length < maxLength)
            value += k
    }

    Rectangle {
        objectName: "codeDisplay"
        Layout.fillWidth: true
        implicitHeight: pad.key
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: 4
        border.color: Theme.primary
        Text {
            objectName: "codeTyped"
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            text: pad.value.length ? pad.value.toUpperCase() : pad.placeholder
            color: pad.value.length ? Theme.ink : Theme.inkSoft
            font.pixelSize: Math.min(Theme.title, pad.key * 0.6)
            font.bold: pad.value.length > 0
            font.letterSpacing: pad.value.length ? Theme.gap / 6 : 0
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.textSmall
        }
    }

    Repeater {
        model: pad.rows
        Row {
            id: row
            required property var modelData
            required property int index
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap / 2
            Repeater {
                model: row.modelData
                BigButton {
                    required property string modelData
                    objectName: "codeKey" + (modelData === "-" ? "Hyphen" : modelData)
                    width: pad.key
                    height: pad.key
                    implicitWidth: width
                    kind: "secondary"
                    text: modelData
                    // As large as the key holds: with A+ the keys stay the size they are.
                    font.pixelSize: Math.min(Theme.title, pad.key * 0.55)
                    onClicked: pad.press(modelData)
                }
            }
            // The last row ends with Delete, as wide as the keys it replaces.
            BigButton {
                objectName: visible ? "codeKeyBack" : ""
                visible: row.index === pad.rows.length - 1
                width: pad.key * 3 + Theme.gap
                height: pad.key
                implicitWidth: width
                kind: "secondary"
                font.pixelSize: Theme.text
                text: qsTr("Delete")
                onClicked: pad.press("back")
            }
        }
    }

    BigButton {
        objectName: "codeKeyOk"
        Layout.fillWidth: true
        implicitHeight: pad.key
        enabled: pad.value.length > 0
        text: qsTr("OK, check this code")
        onClicked: pad.press("ok")
    }
}
