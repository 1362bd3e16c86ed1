pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk

// Screen 1: every health check with its colour, words for its status and reason
// (never colour alone), and the technician detail. Refreshed every few seconds.
Item {
    id: screen
    objectName: "maintenanceDashboardScreen"

    Component.onCompleted: Dashboard.setActive(true)
    Component.onDestruction: Dashboard.setActive(false)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "dashboardSummary"
                Layout.fillWidth: true
                font.pixelSize: Theme.text
                font.bold: true
                color: Dashboard.redCount > 0 ? Theme.danger : Theme.ink
                wrapMode: Text.WordWrap
                text: {
                    if (Dashboard.failed)
                        return qsTr("The checks could not be run (see the technician log).")
                    if (Dashboard.checks.length === 0)
                        return qsTr("Checking the station…")
                    if (Dashboard.redCount === 0 && Dashboard.amberCount === 0)
                        return qsTr("All %n check(s) are OK.", "", Dashboard.checks.length)
                    return qsTr("%n fault(s)", "", Dashboard.redCount) + " · " + qsTr("%n to check soon", "", Dashboard.amberCount)
                }
            }
            BigButton {
                objectName: "dashboardRefreshButton"
                kind: "secondary"
                enabled: !Dashboard.busy
                text: Dashboard.busy ? qsTr("Checking…") : qsTr("Check now")
                onClicked: Dashboard.refresh()
            }
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: grid.implicitHeight
            boundsBehavior: Flickable.StopAtBounds

            GridLayout {
                id: grid
                width: parent.width
                columns: screen.width > 1500 * Theme.s ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap / 2

                Repeater {
                    model: Dashboard.checks
                    Rectangle {
                        id: row
                        required property var modelData
                        objectName: "check_" + modelData.id
                        Layout.fillWidth: true
                        implicitHeight: content.implicitHeight + Theme.gap
                        radius: Theme.radius / 2
                        color: Theme.bandTint(HealthWords.severity(modelData.status))
                        border.width: 2
                        border.color: Theme.bandColor(HealthWords.severity(modelData.status))

                        RowLayout {
                            id: content
                            anchors.fill: parent
                            anchors.margins: Theme.gap / 2
                            spacing: Theme.gap / 2
                            Rectangle {
                                Layout.alignment: Qt.AlignTop
                                implicitWidth: Theme.touch * 1.6
                                implicitHeight: statusText.implicitHeight + Theme.gap / 2
                                radius: height / 2
                                color: Theme.bandColor(HealthWords.severity(row.modelData.status))
                                Text {
                                    id: statusText
                                    anchors.centerIn: parent
                                    width: parent.width - Theme.gap / 2
                                    horizontalAlignment: Text.AlignHCenter
                                    text: HealthWords.status(row.modelData.status)
                                    color: Theme.inverse
                                    font.pixelSize: Theme.textSmall
                                    font.bold: true
                                    fontSizeMode: Text.HorizontalFit
                                    minimumPixelSize: 12
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Text {
                                    Layout.fillWidth: true
                                    text: HealthWords.component(row.modelData.component) + ": " + HealthWords.reason(row.modelData.reason)
                                    font.pixelSize: Theme.textSmall
                                    font.bold: true
                                    color: Theme.ink
                                    wrapMode: Text.WordWrap
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: row.modelData.detail
                                    visible: text.length > 0
                                    font.pixelSize: Theme.textSmall * 0.8
                                    color: Theme.inkSoft
                                    wrapMode: Text.WrapAnywhere
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
