import QtQuick
import QtQuick.Layouts
import Kiosk

// Where the person is in the visit: 1 identify, 2 measure, 3 results.
RowLayout {
    id: bar
    property int current: 0
    spacing: Theme.gap
    Repeater {
        model: [qsTr("Identify"), qsTr("Measure"), qsTr("Results")]
        RowLayout {
            required property string modelData
            required property int index
            spacing: Theme.gap / 2
            Rectangle {
                width: Theme.textLarge * 1.4
                height: width
                radius: width / 2
                color: index + 1 <= bar.current ? Theme.primary : Theme.surface
                border.color: Theme.primary
                border.width: 3
                Text {
                    anchors.centerIn: parent
                    text: index + 1
                    font.pixelSize: Theme.text
                    font.bold: true
                    color: index + 1 <= bar.current ? Theme.inverse : Theme.primary
                }
            }
            Text {
                text: modelData
                font.pixelSize: Theme.text
                font.bold: index + 1 === bar.current
                color: Theme.ink
            }
        }
    }
}
