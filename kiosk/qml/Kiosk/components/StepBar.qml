pragma ComponentBehavior: Bound

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
            id: step
            required property string modelData
            required property int index
            spacing: Theme.gap / 2
            Rectangle {
                Layout.preferredWidth: Theme.textLarge * 1.4
                Layout.preferredHeight: Layout.preferredWidth
                radius: width / 2
                color: step.index + 1 <= bar.current ? Theme.primary : Theme.surface
                border.color: Theme.primary
                border.width: 3
                Text {
                    anchors.centerIn: parent
                    text: step.index + 1
                    font.pixelSize: Theme.text
                    font.bold: true
                    color: step.index + 1 <= bar.current ? Theme.inverse : Theme.primary
                }
            }
            Text {
                text: step.modelData
                font.pixelSize: Theme.text
                font.bold: step.index + 1 === bar.current
                color: Theme.ink
            }
        }
    }
}
