import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Results on the left, what to do next on the right, so that the whole visit
// fits on one screen without scrolling at 1920x1080 and 1280x800.
Item {
    id: screen
    objectName: "resultsScreen"
    SpokenPrompt { cache: false; text: qsTr("Your results.") + " " + screen.spokenResults() }

    // Each finding with its number and band in words, e.g. "Blood pressure 126 over 81, normal";
    // never the name or the ID number (the speaker is public).
    function spokenResults() {
        var parts = []
        for (var i = 0; i < Session.results.length; ++i) {
            var r = Session.results[i]
            for (var j = 0; j < r.findings.length; ++j) {
                var f = r.findings[j]
                var value = f.metric === "blood_pressure" && r.values.diastolic !== undefined
                    ? qsTr("%1 over %2").arg(Access.spokenNumber(r.values.systolic, 0)).arg(Access.spokenNumber(r.values.diastolic, 0))
                    : Access.spokenNumber(f.value, (Session.vitals[f.metric] || {decimals: 0}).decimals)
                parts.push(qsTr("%1 %2, %3.").arg(Advice.metricName(f.metric)).arg(value).arg(Advice.band(f.metric, f.band)))
            }
        }
        return parts.join(" ")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Your results")
            }
            StepBar { current: 3 }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap * 1.5

            Flickable {
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: cards.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { width: Theme.gap; policy: ScrollBar.AsNeeded }

                GridLayout {
                    id: cards
                    width: parent.width - Theme.gap
                    columns: 2
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Repeater {
                        model: Session.results
                        ResultCard {
                            required property var modelData
                            entry: modelData
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 470 * Theme.s
                Layout.maximumWidth: 470 * Theme.s
                Layout.fillHeight: true
                spacing: Theme.gap

                // The banner and the disclaimer scroll when large text makes them too tall;
                // the button below them never leaves the screen.
                Flickable {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentHeight: side.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { width: Theme.gap / 2; policy: ScrollBar.AsNeeded }
                ColumnLayout {
                    id: side
                    width: parent.width - Theme.gap / 2
                    spacing: Theme.gap
                Rectangle {
                    objectName: "urgentBanner"
                    visible: Session.hasUrgent
                    Layout.fillWidth: true
                    Layout.preferredHeight: urgent.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Theme.bandColor("critical")
                    ColumnLayout {
                        id: urgent
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        spacing: Theme.gap / 3
                        Text {
                            text: "115"
                            font.pixelSize: Theme.huge
                            font.bold: true
                            color: "#FFFFFF"
                        }
                        Text {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.text
                            font.bold: true
                            color: "#FFFFFF"
                            text: qsTr("A result needs urgent attention. If you feel unwell, call 115 now or ask a staff member to help you.")
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
                }
                }
                BigButton {
                    objectName: "finishButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touch * 1.2, contentItem.implicitHeight + Theme.gap)
                    font.pixelSize: Theme.text
                    text: Session.guest ? qsTr("Finish") : qsTr("Save to my health record")
                    onClicked: Session.finish()
                }
            }
        }
    }
}
