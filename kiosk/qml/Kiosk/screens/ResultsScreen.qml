import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: screen
    objectName: "resultsScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            StepBar { current: 3 }
            Item { Layout.fillWidth: true }
        }
        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Your results")
        }
        Rectangle {
            objectName: "urgentBanner"
            visible: Session.hasUrgent
            Layout.fillWidth: true
            Layout.preferredHeight: urgentRow.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.bandColor("critical")
            RowLayout {
                id: urgentRow
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap
                Text {
                    text: "115"
                    font.pixelSize: Theme.huge
                    font.bold: true
                    color: "#FFFFFF"
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.textLarge
                    font.bold: true
                    color: "#FFFFFF"
                    text: qsTr("A result needs urgent attention. If you feel unwell, call 115 now or ask a staff member to help you.")
                }
            }
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: cards.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: Theme.gap; policy: ScrollBar.AsNeeded }

            GridLayout {
                id: cards
                width: parent.width - Theme.gap * 1.5
                columns: screen.width > 1500 * Theme.s ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: Session.results
                    ResultCard {
                        required property var modelData
                        entry: modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                    }
                }
            }
        }

        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.textSmall
            color: Theme.inkSoft
            text: qsTr("These results are a health screening, not a diagnosis. Only a health worker can diagnose a condition.")
        }
        BigButton {
            objectName: "finishButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.touch * 5
            text: Session.guest ? qsTr("Finish") : qsTr("Save to my health record")
            onClicked: Session.finish()
        }
    }
}
