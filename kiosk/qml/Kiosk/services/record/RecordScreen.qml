pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// "My health record": today next to before, trend charts, vaccinations (Kiosk.Record).
// The history arrives page by page on a job thread; each page redraws what is shown.
Item {
    id: screen
    objectName: "recordScreen"
    SpokenPrompt { text: qsTr("Your health record. Choose what you would like to see.") }
    SpokenPrompt { kind: "error"; text: Record.errorKey ? qsTr("Your health record is not available right now.") : "" }

    function tabName(tab) {
        switch (tab) {
        case "today": return qsTr("Today")
        case "bp": return qsTr("Blood pressure")
        case "weight": return qsTr("Weight and BMI")
        case "spo2": return qsTr("Blood oxygen")
        case "pulse": return qsTr("Pulse")
        case "vaccines": return qsTr("Vaccinations")
        }
        return tab
    }

    function sourceText(source, station) {
        if (!source)
            return ""
        return station ? qsTr("station %1").arg(source) : qsTr("recorded by %1").arg(source)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap * 0.75

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("My health record")
            }
            Text {
                objectName: "recordLoading"
                visible: Record.loading
                Layout.maximumWidth: screen.width * 0.4
                text: qsTr("Reading your record… %n reading(s) so far", "", Record.readingCount)
                font.pixelSize: Theme.textSmall
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "recordBackButton"
                kind: "secondary"
                font.pixelSize: Theme.text
                text: qsTr("Other services")
                onClicked: Record.back()
            }
        }

        RowLayout {
            objectName: "recordTabs"
            visible: !Record.errorKey && !Record.empty
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Repeater {
                model: Record.tabs
                BigButton {
                    required property string modelData
                    objectName: "recordTab_" + modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    implicitWidth: 10
                    kind: Record.tab === modelData ? "primary" : "secondary"
                    // Six tabs share a 1280 px row even with large text: a little smaller, two lines if need be.
                    font.pixelSize: Theme.text * (Access.largeText ? 0.8 : 1)
                    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + Theme.gap * 0.75)
                    text: screen.tabName(modelData)
                    onClicked: Record.showTab(modelData)
                }
            }
        }

        Notice {
            objectName: "recordError"
            Layout.fillWidth: true
            severity: "caution"
            text: Record.errorKey ? qsTr("Your health record is not available right now: the health record system cannot be reached. Please try again at a later visit. Everything else at this station works as usual.") : ""
        }

        ColumnLayout {
            objectName: "recordEmpty"
            visible: Record.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Item { Layout.fillHeight: true }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Nothing in your record yet")
            }
            Body {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Readings from the last 12 months will appear here after you measure your health at a station. You can start now with “Measure my health”.")
            }
            Item { Layout.fillHeight: true }
        }

        Item { visible: !!Record.errorKey; Layout.fillHeight: true }

        StackLayout {
            visible: !Record.errorKey && !Record.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: Record.tab === "today" ? 0 : Record.tab === "vaccines" ? 2 : 1

            // -- today next to before ----------------------------------------------------
            Flickable {
                objectName: "recordToday"
                contentHeight: todayRows.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { width: Theme.gap; policy: ScrollBar.AsNeeded }
                ColumnLayout {
                    id: todayRows
                    width: parent.width - Theme.gap * 1.5
                    spacing: Theme.gap / 2
                    RowLayout {
                        Layout.fillWidth: true
                        visible: Record.today.length > 0
                        spacing: Theme.gap
                        Text { Layout.preferredWidth: 1; Layout.fillWidth: true; text: ""; font.pixelSize: Theme.textSmall }
                        Text { Layout.preferredWidth: 1; Layout.fillWidth: true; text: qsTr("Today"); font.pixelSize: Theme.textSmall; font.bold: true; color: Theme.inkSoft }
                        Text { Layout.preferredWidth: 1; Layout.fillWidth: true; text: qsTr("Before"); font.pixelSize: Theme.textSmall; font.bold: true; color: Theme.inkSoft }
                    }
                    Body {
                        visible: Record.today.length === 0 && !Record.loading
                        Layout.fillWidth: true
                        text: qsTr("Nothing measured yet. Your trends are under the other tabs.")
                    }
                    Repeater {
                        model: Record.today
                        Rectangle {
                            id: row
                            required property var modelData
                            objectName: "todayRow_" + modelData.metric
                            Layout.fillWidth: true
                            implicitHeight: cells.implicitHeight + Theme.gap
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.line
                            border.width: 2
                            RowLayout {
                                id: cells
                                anchors.fill: parent
                                anchors.margins: Theme.gap / 2
                                spacing: Theme.gap
                                Text {
                                    Layout.preferredWidth: 1
                                    Layout.fillWidth: true
                                    text: Advice.metricName(row.modelData.metric)
                                    font.pixelSize: Theme.text
                                    font.bold: true
                                    color: Theme.ink
                                    wrapMode: Text.WordWrap
                                }
                                ColumnLayout {
                                    Layout.preferredWidth: 1
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Text {
                                        Layout.fillWidth: true
                                        text: row.modelData.hasToday ? Format.metricValue(row.modelData.metric, row.modelData.value, row.modelData.diastolic)
                                                                      : qsTr("not measured today")
                                        font.pixelSize: row.modelData.hasToday ? Theme.textLarge : Theme.textSmall
                                        font.bold: row.modelData.hasToday
                                        color: row.modelData.hasToday ? Theme.ink : Theme.inkSoft
                                        wrapMode: Text.WordWrap
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        text: row.modelData.band ? Advice.band(row.modelData.metric, row.modelData.band) : ""
                                        font.pixelSize: Theme.textSmall
                                        font.bold: true
                                        color: Theme.bandColor(row.modelData.severity)
                                        wrapMode: Text.WordWrap
                                    }
                                }
                                ColumnLayout {
                                    Layout.preferredWidth: 1
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Text {
                                        Layout.fillWidth: true
                                        text: row.modelData.hasPrevious ? Format.metricValue(row.modelData.metric, row.modelData.prevValue, row.modelData.prevDiastolic)
                                                                         : qsTr("no earlier reading")
                                        font.pixelSize: row.modelData.hasPrevious ? Theme.text : Theme.textSmall
                                        color: row.modelData.hasPrevious ? Theme.ink : Theme.inkSoft
                                        wrapMode: Text.WordWrap
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        visible: row.modelData.hasPrevious
                                        text: Format.date(row.modelData.prevDate) + " · " + screen.sourceText(row.modelData.prevSource, row.modelData.prevStation)
                                        font.pixelSize: Theme.textSmall
                                        font.italic: !row.modelData.prevStation
                                        color: Theme.inkSoft
                                        wrapMode: Text.WordWrap
                                    }
                                }
                            }
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("These results are a health screening, not a diagnosis. Only a health worker can diagnose a condition.")
                        font.pixelSize: Theme.textSmall
                        color: Theme.inkSoft
                        wrapMode: Text.WordWrap
                    }
                }
            }

            // -- trends --------------------------------------------------------------------
            ColumnLayout {
                objectName: "recordCharts"
                spacing: Theme.gap / 2
                Repeater {
                    model: Record.charts
                    TrendChart {
                        required property var modelData
                        model: modelData
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                    }
                }
                Body {
                    visible: Record.charts.length > 0 && Record.charts[0].count === 0
                    Layout.fillWidth: true
                    text: Record.loading ? qsTr("Reading your record…") : qsTr("No readings of this kind in the last 12 months.")
                }
            }

            // -- vaccinations --------------------------------------------------------------
            ListView {
                objectName: "recordVaccines"
                clip: true
                spacing: Theme.gap / 2
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { width: Theme.gap; policy: ScrollBar.AsNeeded }
                model: Record.vaccinations
                header: Body {
                    visible: Record.vaccinations.length === 0
                    height: visible ? implicitHeight + Theme.gap : 0
                    width: ListView.view ? ListView.view.width : 0
                    text: Record.loading ? qsTr("Reading your record…") : qsTr("No vaccinations in your record.")
                }
                delegate: Rectangle {
                    id: vac
                    required property var modelData
                    width: ListView.view.width - Theme.gap * 1.5
                    implicitHeight: vacRow.implicitHeight + Theme.gap
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.line
                    border.width: 2
                    RowLayout {
                        id: vacRow
                        anchors.fill: parent
                        anchors.margins: Theme.gap / 2
                        spacing: Theme.gap
                        Text {
                            Layout.preferredWidth: 260 * Theme.s * Theme.textScale
                            text: Format.date(vac.modelData.date)
                            font.pixelSize: Theme.text
                            font.bold: true
                            color: Theme.ink
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: vac.modelData.dose ? qsTr("%1 (dose %2)").arg(vac.modelData.vaccine).arg(vac.modelData.dose) : vac.modelData.vaccine
                                font.pixelSize: Theme.text
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: vac.modelData.source.length > 0
                                text: qsTr("recorded by %1").arg(vac.modelData.source)
                                font.pixelSize: Theme.textSmall
                                color: Theme.inkSoft
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }
        }
    }
}
