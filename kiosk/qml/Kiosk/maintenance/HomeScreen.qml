pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk

// The maintenance menu: one big tile per entry of MaintenancePages.
Item {
    objectName: "maintenanceHomeScreen"

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        columns: parent.width > 1500 * Theme.s ? 3 : 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        Repeater {
            model: MaintenancePages.pages
            Rectangle {
                id: tile
                required property var modelData
                objectName: "tile_" + modelData.id
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch * 2
                Layout.alignment: Qt.AlignTop
                radius: Theme.radius
                color: tap.pressed ? "#DCE7F5" : Theme.surface
                border.width: 3
                border.color: Theme.primary

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap / 3
                    Text {
                        Layout.fillWidth: true
                        text: tile.modelData.title
                        font.pixelSize: Theme.textLarge
                        font.bold: true
                        color: Theme.primary
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: tile.modelData.summary
                        font.pixelSize: Theme.textSmall
                        color: Theme.inkSoft
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                }
                TapHandler {
                    id: tap
                    onTapped: Maintenance.show(tile.modelData.id)
                }
            }
        }
        Item { Layout.fillHeight: true; Layout.columnSpan: 3 }
    }
}
