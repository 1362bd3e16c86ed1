pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk

// One measurement on the results screen: the values, then a coloured band and
// advice for each interpreted metric.
Rectangle {
    id: card
    property var entry: ({})
    readonly property var findings: (entry.findings || []).filter(function (f) { return f.band !== "none" })
    implicitHeight: column.implicitHeight + 1.5 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line
    border.width: 2

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap * 0.75
        spacing: Theme.gap / 3

        Text {
            Layout.fillWidth: true
            text: Messages.kindTitle(card.entry.kind)
            font.pixelSize: Theme.textSmall
            font.bold: true
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: card.entry.status === "measured" ? Format.measurement(card.entry.kind, card.entry.values)
                  : card.entry.status === "failed" ? qsTr("Not measured: %1").arg(Messages.fault(card.entry.faultKey))
                  : qsTr("Skipped")
            font.pixelSize: card.entry.status === "measured" ? Theme.textLarge : Theme.textSmall
            font.bold: card.entry.status === "measured"
            color: card.entry.status === "measured" ? Theme.primary : Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        Repeater {
            // How sure the value is: a low-confidence value is marked, each reason worded.
            model: card.entry.qualityKeys || []
            Text {
                required property string modelData
                objectName: "qualityNote"
                Layout.fillWidth: true
                text: (card.entry.lowConfidence && modelData !== "third_reading" ? "\u26a0\ufe0e " : "")
                      + Messages.quality(modelData)
                font.pixelSize: Theme.textSmall
                font.bold: card.entry.lowConfidence && modelData !== "third_reading"
                color: card.entry.lowConfidence && modelData !== "third_reading" ? Theme.bandColor("warning") : Theme.inkSoft
                wrapMode: Text.WordWrap
            }
        }
        Repeater {
            model: card.findings
            ColumnLayout {
                id: finding
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.gap / 6
                Rectangle {
                    Layout.preferredWidth: Math.min(card.width - 1.5 * Theme.gap, bandText.implicitWidth + Theme.gap)
                    Layout.preferredHeight: bandText.implicitHeight + Theme.gap / 3
                    radius: height / 2
                    color: Theme.bandColor(finding.modelData.severity)
                    Text {
                        id: bandText
                        anchors.centerIn: parent
                        width: Math.min(implicitWidth, card.width - 2.5 * Theme.gap)
                        elide: Text.ElideRight
                        text: Advice.metricName(finding.modelData.metric) + ": " + Advice.band(finding.modelData.metric, finding.modelData.band)
                        font.pixelSize: Theme.textSmall
                        font.bold: true
                        color: "#FFFFFF"
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: Advice.advice(finding.modelData.metric, finding.modelData.band)
                    font.pixelSize: Theme.textSmall
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
