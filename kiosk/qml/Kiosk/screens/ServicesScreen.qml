pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The chooser after identification: one big tile per offered service
// (kiosk/services/registry.py); each tile's words come from its own file.
Item {
    id: screen
    objectName: "servicesScreen"
    SpokenPrompt { text: qsTr("What would you like to do? Choose a service.") }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap

        Heading {
            Layout.fillWidth: true
            text: Session.givenName ? qsTr("Hello %1, what would you like to do?").arg(Session.givenName)
                                    : qsTr("What would you like to do?")
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: Session.services.length > 2 && screen.width > 1500 * Theme.s ? 3 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Repeater {
                model: Session.services
                Rectangle {
                    id: tile
                    required property var modelData
                    objectName: "service_" + modelData.key
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.maximumHeight: 420 * Theme.s * Theme.textScale
                    Layout.minimumHeight: Theme.touch * 1.5
                    radius: Theme.radius
                    color: tap.pressed ? "#DCE7F5" : Theme.surface
                    border.color: Theme.primary
                    border.width: 3
                    Loader { id: words; source: tile.modelData.tile; visible: false }
                    readonly property var tileWords: words.item  // any tile file with title and detail
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        spacing: Theme.gap / 2
                        Text {
                            Layout.fillWidth: true
                            text: tile.tileWords ? tile.tileWords.title : ""
                            font.pixelSize: Theme.textLarge
                            font.bold: true
                            color: Theme.primary
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: tile.tileWords ? tile.tileWords.detail : ""
                            font.pixelSize: Theme.text
                            color: Theme.inkSoft
                            wrapMode: Text.WordWrap
                            elide: Text.ElideRight
                        }
                    }
                    TapHandler { id: tap; onTapped: Session.chooseService(tile.modelData.key) }
                }
            }
        }
    }
}
