import QtQuick
import QtQuick.Layouts
import Kiosk

// One measurement on the results screen: the values, then a coloured band and
// advice for each interpreted metric.
Rectangle {
    id: card
    property var entry: ({})
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line
    border.width: 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        Text {
            Layout.fillWidth: true
            text: Messages.kindTitle(card.entry.kind)
            font.pixelSize: Theme.textLarge
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            visible: card.entry.status === "measured"
            text: Format.measurement(card.entry.kind, card.entry.values)
            font.pixelSize: Theme.textLarge
            color: Theme.primary
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            visible: card.entry.status !== "measured"
            text: card.entry.status === "failed" ? qsTr("Not measured: %1").arg(Messages.fault(card.entry.faultKey)) : qsTr("Skipped")
            font.pixelSize: Theme.text
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: (card.entry.findings || []).filter(function (f) { return f.band !== "none" })
            RowLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: bandText.implicitWidth + Theme.gap
                    Layout.preferredHeight: bandText.implicitHeight + Theme.gap / 2
                    radius: height / 2
                    color: Theme.bandColor(modelData.severity)
                    Text {
                        id: bandText
                        anchors.centerIn: parent
                        text: Advice.metricName(modelData.metric) + ": " + Advice.band(modelData.metric, modelData.band)
                        font.pixelSize: Theme.textSmall
                        font.bold: true
                        color: "#FFFFFF"
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: Advice.advice(modelData.metric, modelData.band)
                    font.pixelSize: Theme.textSmall
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
